// SPDX-License-Identifier: Apache-2.0
#include "http/AccessLog.h"

#include "http/Response.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>

#include <iostream>

namespace aih::http {
namespace {

std::string now()
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%S.%iZ");
}

} // namespace

void AccessLog::write(const AccessRecord& record)
{
    Poco::JSON::Object::Ptr line = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    line->set("ts", now());
    line->set("kind", "access");
    line->set("request_id", record.requestId);
    line->set("method", record.method);
    line->set("route", record.route);
    line->set("path", record.path);
    line->set("status", record.status);
    line->set("duration_ms", static_cast<double>(record.duration.count()) / 1000.0);
    line->set("tenant", record.tenantId);
    line->set("actor", record.actor);
    line->set("ip", record.clientIp);
    const auto text = toJsonText(line) + "\n";
    std::lock_guard lock(mutex_);
    std::fwrite(text.data(), 1, text.size(), sink_);
    std::fflush(sink_);
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
