// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/LocalRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace aih::ratelimit {

WindowCounts& LocalRateLimiter::roll(Counter& counter, std::int64_t index)
{
    if (counter.windowIndex != index) {
        counter.counts.previous = counter.windowIndex == index - 1 ? counter.counts.current : 0;
        counter.counts.current = 0;
        counter.windowIndex = index;
    }
    return counter.counts;
}

void LocalRateLimiter::prune(std::int64_t index)
{
    // Counters idle for two windows hold nothing that matters; drop them so memory stays bounded.
    if (index == lastPruned_) {
        return;
    }
    lastPruned_ = index;
    std::erase_if(counters_, [index](const auto& entry) { return entry.second.windowIndex < index - 1; });
}

Outcome LocalRateLimiter::decide(const std::vector<Subject>& subjects, double now, bool consume)
{
    const auto index = window_.indexAt(now);
    Outcome outcome;
    // Every request of a tenant passes this lock: allocate and describe outside it, so it is held
    // only for the lookups and the increments.
    std::vector<WindowCounts*> counts(subjects.size());
    std::vector<WindowCounts> seen(subjects.size());
    outcome.decisions.reserve(subjects.size());
    bool allowed = true;
    {
        std::lock_guard lock(mutex_);
        prune(index);
        for (std::size_t i = 0; i < subjects.size(); ++i) {
            counts[i] = &roll(counters_[subjects[i].bucket], index);
            if (allowed && !fits(*counts[i], subjects[i].limit, window_, now)) {
                outcome.refusedBy = static_cast<int>(i);
                allowed = false;
            }
        }
        for (std::size_t i = 0; i < subjects.size(); ++i) {
            if (allowed && consume) {
                ++counts[i]->current;
            }
            seen[i] = *counts[i];
        }
    }
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        outcome.decisions.push_back(describe(seen[i], subjects[i].limit, window_, now,
                                             allowed || static_cast<int>(i) != outcome.refusedBy));
    }
    return outcome;
}

void LocalRateLimiter::startFrom(const std::vector<Standing>& standings, double now)
{
    const auto index = window_.indexAt(now);
    const double weight = window_.previousWeight(now);
    std::lock_guard lock(mutex_);
    for (const auto& standing : standings) {
        auto& counts = roll(counters_[standing.bucket], index);
        const auto used =
            static_cast<std::int64_t>(std::ceil(static_cast<double>(standing.limit - standing.remaining) -
                                                static_cast<double>(counts.previous) * weight));
        counts.current = std::max(counts.current, used);
    }
}

Outcome LocalRateLimiter::admit(const std::vector<Subject>& subjects, double now)
{
    return decide(subjects, now, true);
}

Outcome LocalRateLimiter::peek(const std::vector<Subject>& subjects, double now)
{
    return decide(subjects, now, false);
}

} // namespace aih::ratelimit
