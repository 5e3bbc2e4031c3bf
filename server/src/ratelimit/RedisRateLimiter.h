// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"
#include "redis/Client.h"

#include <memory>
#include <string>
#include <vector>

namespace aih::ratelimit {

/// Counters in Redis, shared by every instance: one Lua script per decision reads all of a
/// request's counters and increments them only if every limit allows, atomically, so N
/// instances together admit no more than the limit. Throws on any Redis failure; the caller
/// decides what to do then (FailoverRateLimiter, or failing closed for sign-in).
class RedisRateLimiter : public SharedRateLimiter
{
public:
    RedisRateLimiter(std::shared_ptr<redis::Client> client, Window window);

    Outcome admit(const std::vector<Subject>& subjects, double now) override;
    Outcome peek(const std::vector<Subject>& subjects, double now) override;
    /// Takes back one admission counted in the current window (never below zero): for attempts
    /// counted before their outcome was known, such as sign-ins that turned out right.
    void giveBack(const std::vector<Subject>& subjects, double now);
    void ping() override;

private:
    Outcome run(const std::vector<Subject>& subjects, double now, bool consume);

    std::shared_ptr<redis::Client> client_;
    Window window_;
};

/// The Redis key of `bucket`'s counter for window `index`.
std::string counterKey(const std::string& bucket, std::int64_t index);
/// `counts` of the given buckets' windows, as Redis decrements never below zero: the one script
/// that gives back tokens, for single sign-in attempts and for unused leases alike.
void giveBackCounts(redis::Client& client, const std::vector<std::string>& keys,
                    const std::vector<std::int64_t>& counts);
/// The previous window's weight as Lua reads it back exactly.
std::string weightArgument(const Window& window, double now);

} // namespace aih::ratelimit
