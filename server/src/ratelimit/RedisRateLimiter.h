// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"

#include <Poco/Redis/Client.h>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace aih::ratelimit {

/// Counters in Redis, shared by every instance: one Lua script per decision reads all of a
/// request's counters and increments them only if every limit allows, atomically, so N
/// instances together admit no more than the limit. Throws on any Redis failure; the caller
/// decides what to do then (FailoverRateLimiter).
class RedisRateLimiter : public RateLimiter
{
public:
    RedisRateLimiter(std::string host, int port, Window window);

    Outcome admit(const std::vector<Subject>& subjects, double now) override;
    Outcome peek(const std::vector<Subject>& subjects, double now) override;
    /// Takes back one admission counted in the current window (never below zero): for attempts
    /// counted before their outcome was known, such as sign-ins that turned out right.
    void giveBack(const std::vector<Subject>& subjects, double now);
    /// Asks Redis whether it is there (PING); throws when it is not.
    void ping();

private:
    using ClientPtr = std::unique_ptr<Poco::Redis::Client>;

    Outcome run(const std::vector<Subject>& subjects, double now, bool consume);
    ClientPtr acquire();
    template <typename Reply> Reply execute(const Poco::Redis::Array& command);
    void release(ClientPtr client);

    std::string host_;
    int port_;
    Window window_;
    std::mutex mutex_;
    std::vector<ClientPtr> idle_;
    std::string scriptSha_;
};

/// Parses `redis://host:port[/db]` (db ignored); throws std::invalid_argument.
std::pair<std::string, int> parseRedisUrl(const std::string& url);

} // namespace aih::ratelimit
