// SPDX-License-Identifier: Apache-2.0
#include "http/AccessLog.h"

#include "http/Response.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>
#include <Poco/UTF8String.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

namespace aih::http {
namespace {

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
    // A failed write of the log itself has nowhere to be reported: those lines are lost, and
    // the next flush writes the ones after them.
    static_cast<void>(std::fwrite(out.data(), 1, out.size(), sink_));
    static_cast<void>(std::fflush(sink_));
    lock.lock();
}

namespace {

/// RFC 3339 UTC with milliseconds. The date and time part changes once a second, so each thread
/// keeps it and only writes the milliseconds anew: formatting a date per request was a measurable
/// part of the hot path.
void appendTimestamp(std::string& out)
{
    thread_local std::time_t cachedSecond = -1;
    thread_local char cachedPrefix[32] = {};
    const auto now = std::chrono::system_clock::now();
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const auto second = static_cast<std::time_t>(millis / 1000);
    if (second != cachedSecond) {
        std::tm utc{};
        gmtime_r(&second, &utc);
        // At most 26 characters (an int year, as gmtime_r gives): it always fits.
        static_cast<void>(std::strftime(cachedPrefix, sizeof cachedPrefix, "%Y-%m-%dT%H:%M:%S", &utc));
        cachedSecond = second;
    }
    const auto fraction = static_cast<int>(millis % 1000);
    out += cachedPrefix;
    out += '.';
    out += static_cast<char>('0' + fraction / 100);
    out += static_cast<char>('0' + fraction / 10 % 10);
    out += static_cast<char>('0' + fraction % 10);
    out += 'Z';
}

/// A JSON string; plain printable ASCII (nearly every field) is copied without the escaper.
void appendQuoted(std::string& out, const std::string& text)
{
    out += '"';
    const bool plain = std::all_of(text.begin(), text.end(),
                                   [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
    out += plain ? text : Poco::UTF8::escape(text, true);
    out += '"';
}

} // namespace

void AccessLog::write(const AccessRecord& record)
{
    const auto micros = record.duration.count();
    const auto fraction = std::to_string(1000 + micros % 1000); // "1ddd": three digits after the 1
    const auto duration = std::to_string(micros / 1000) + "." + fraction.substr(1);
    std::string line;
    line.reserve(512);
    const auto field = [&line](const char* name, const std::string& value) {
        line += ",\"";
        line += name;
        line += "\":";
        appendQuoted(line, value);
    };
    line += R"({"ts":")";
    appendTimestamp(line);
    line += R"(","kind":"access")";
    field("request_id", record.requestId);
    field("method", record.method);
    field("route", record.route);
    field("path", record.path);
    line += ",\"status\":" + std::to_string(record.status) + ",\"duration_ms\":" + duration;
    field("tenant", record.tenantId);
    field("actor", record.actor);
    field("ip", record.clientIp);
    line += "}\n";
    std::unique_lock lock(mutex_);
    buffer_ += line;
    if (buffer_.size() > std::size_t{256} * 1024) {
        wake_.notify_one();
    }
}

} // namespace aih::http
