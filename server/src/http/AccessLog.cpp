// SPDX-License-Identifier: Apache-2.0
#include "http/AccessLog.h"

#include "http/Response.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>
#include <Poco/UTF8String.h>
#include <cstdio>
#include <iostream>

namespace aih::http {
namespace {

std::string now()
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%S.%iZ");
}

} // namespace

AccessLog::AccessLog(std::FILE* sink) : sink_(sink)
{
    writer_ = std::thread([this] {
        std::unique_lock lock(mutex_);
        while (!stopping_) {
            wake_.wait_for(lock, std::chrono::milliseconds(100));
            flush(lock);
        }
        flush(lock);
    });
}

AccessLog::~AccessLog()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    writer_.join();
}

void AccessLog::flush(std::unique_lock<std::mutex>& lock)
{
    if (buffer_.empty()) {
        return;
    }
    std::string out;
    out.swap(buffer_);
    lock.unlock();
    std::fwrite(out.data(), 1, out.size(), sink_);
    std::fflush(sink_);
    lock.lock();
}

void AccessLog::write(const AccessRecord& record)
{
    const auto quoted = [](const std::string& text) { return "\"" + Poco::UTF8::escape(text, true) + "\""; };
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.3f", static_cast<double>(record.duration.count()) / 1000.0);
    std::string line;
    line.reserve(320);
    line += "{\"ts\":" + quoted(now()) + ",\"kind\":\"access\",\"request_id\":" + quoted(record.requestId) +
            ",\"method\":" + quoted(record.method) + ",\"route\":" + quoted(record.route) +
            ",\"path\":" + quoted(record.path) + ",\"status\":" + std::to_string(record.status) +
            ",\"duration_ms\":" + duration + ",\"tenant\":" + quoted(record.tenantId) +
            ",\"actor\":" + quoted(record.actor) + ",\"ip\":" + quoted(record.clientIp) + "}\n";
    std::unique_lock lock(mutex_);
    buffer_ += line;
    if (buffer_.size() > 256 * 1024) {
        wake_.notify_one();
    }
}

void logInternalError(const std::string& requestId, const std::string& what)
{
    Poco::JSON::Object::Ptr line = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    line->set("ts", now());
    line->set("kind", "error");
    line->set("request_id", requestId);
    line->set("message", what);
    std::cerr << toJsonText(line) + "\n" << std::flush;
}

} // namespace aih::http
