// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

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

/// Structured access log: one JSON object per line. Requests append to a buffer that a
/// background thread writes out every 100 ms (or at once past 256 KiB), so a request never
/// waits for a write system call; lines stay whole and in order, and nothing is lost at exit.
class AccessLog
{
public:
    explicit AccessLog(std::FILE* sink);
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    void write(const AccessRecord& record);

private:
    void flush(std::unique_lock<std::mutex>& lock);

    std::FILE* sink_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::string buffer_;
    bool stopping_ = false;
    std::thread writer_;
};

} // namespace aih::http
