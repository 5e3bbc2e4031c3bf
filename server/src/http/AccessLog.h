// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace aih::http {

struct AccessRecord
{
    std::string requestId;
    std::string method;
    std::string route;
    std::string path;
    int status = 0;
    std::chrono::microseconds duration{0};
    std::string tenantId;
    std::string actor;
    std::string clientIp;
};

/// Structured access log: one JSON object per line, written whole so lines from concurrent
/// requests never interleave.
class AccessLog
{
public:
    explicit AccessLog(std::FILE* sink) : sink_(sink) {}
    void write(const AccessRecord& record);

private:
    std::FILE* sink_;
    std::mutex mutex_;
};

/// Logs an internal error with the request id, keeping details out of client responses.
void logInternalError(const std::string& requestId, const std::string& what);

} // namespace aih::http
