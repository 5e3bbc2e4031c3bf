// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"

#include <mutex>
#include <unordered_map>

namespace aih::ratelimit {

/// Counters in this process: exact for one instance, and the fallback when Redis is away.
class LocalRateLimiter : public RateLimiter
{
public:
    explicit LocalRateLimiter(Window window) : window_(window) {}

    Outcome admit(const std::vector<Subject>& subjects, double now) override;
    Outcome peek(const std::vector<Subject>& subjects, double now) override;
    /// Counts each bucket as used at least as far as `standings` say, so that a subject leaves
    /// at most what they had left (the hand-over from shared counting when Redis goes away).
    void startFrom(const std::vector<Standing>& standings, double now);

private:
    struct Counter
    {
        std::int64_t windowIndex = 0;
        WindowCounts counts;
    };

    Outcome decide(const std::vector<Subject>& subjects, double now, bool consume);
    static WindowCounts& roll(Counter& counter, std::int64_t index);
    void prune(std::int64_t index);

    Window window_;
    std::mutex mutex_;
    std::unordered_map<std::string, Counter> counters_;
    std::int64_t lastPruned_ = 0;
};

} // namespace aih::ratelimit
