// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/BurstLimiter.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace aih::ratelimit {
namespace {

// A bucket untouched this long is full again: dropping it changes nothing.
constexpr double idleSeconds = 2.0;
constexpr double sweepEverySeconds = 10.0;

} // namespace

double BurstLimiter::take(const std::string& subject, int perSecond, double now)
{
    auto& shard = shards_[std::hash<std::string>{}(subject) % shardCount];
    const std::lock_guard lock(shard.mutex);
    if (now - shard.lastSweep > sweepEverySeconds) {
        std::erase_if(shard.buckets,
                      [now](const auto& entry) { return now - entry.second.updated > idleSeconds; });
        shard.lastSweep = now;
    }
    const double capacity = perSecond;
    auto [found, inserted] = shard.buckets.try_emplace(subject, Bucket{capacity, now});
    auto& bucket = found->second;
    if (!inserted) {
        bucket.tokens = std::min(capacity, bucket.tokens + std::max(0.0, now - bucket.updated) * capacity);
        bucket.updated = now;
    }
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return (1.0 - bucket.tokens) / capacity;
}

} // namespace aih::ratelimit
