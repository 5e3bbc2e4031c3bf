// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <mutex>
#include <string>
#include <unordered_map>

namespace aih::ratelimit {

/// Per-second burst limits in this process: a token bucket per subject that holds at most one
/// second's calls and refills at that rate, so a subject sending evenly is never refused and one
/// sending a burst gets its second's worth at once. Buckets live in shards, so concurrent
/// requests of different subjects rarely wait for each other; a bucket idle for a while is
/// dropped (it would be full again anyway).
class BurstLimiter
{
public:
    /// Takes one call from `subject`'s bucket of `perSecond`; returns 0 when it may go ahead,
    /// else the seconds until it could.
    double take(const std::string& subject, int perSecond, double now);

private:
    struct Bucket
    {
        double tokens = 0;
        double updated = 0;
    };
    struct Shard
    {
        std::mutex mutex;
        std::unordered_map<std::string, Bucket> buckets;
        double lastSweep = 0;
    };
    static constexpr std::size_t shardCount = 16;

    std::array<Shard, shardCount> shards_;
};

} // namespace aih::ratelimit
