// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/LeaseBook.h"

#include <algorithm>

namespace aih::ratelimit {

std::int64_t LeaseSizing::sliceFor(std::int64_t allowance) const
{
    return std::clamp<std::int64_t>(allowance / divisor, 1, maxSlice);
}

LeaseBook::Attempt LeaseBook::take(const std::vector<Subject>& subjects, const Window& window, double now)
{
    const auto index = window.indexAt(now);
    Attempt attempt;
    attempt.wants.assign(subjects.size(), 0);
    std::lock_guard lock(mutex_);
    std::vector<Entry*> held(subjects.size(), nullptr);
    bool complete = true;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        const auto found = entries_.find(subjects[i].bucket);
        const bool current = found != entries_.end() && found->second.index == index;
        if (current && found->second.limit != subjects[i].limit) {
            // Leased under another limit: sizing and allowance were for that one.
            if (found->second.tokens > 0) {
                attempt.voided.push_back({found->first, index, found->second.tokens});
            }
            entries_.erase(found);
            complete = false;
            attempt.wants[i] = sizing_.sliceFor(subjects[i].limit);
            continue;
        }
        if (current && found->second.tokens > 0) {
            held[i] = &found->second;
            continue;
        }
        complete = false;
        // Sized by what Redis last said was left in this window, else by the whole limit.
        const bool known = current;
        attempt.wants[i] = sizing_.sliceFor(known ? found->second.allowance : subjects[i].limit);
    }
    if (!complete) {
        return attempt;
    }
    attempt.admitted = true;
    attempt.wants.clear();
    const auto resetAt = (index + 1) * window.seconds;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        --held[i]->tokens;
        attempt.decisions.push_back(
            {true, subjects[i].limit, held[i]->allowance + held[i]->tokens, resetAt, 0});
    }
    return attempt;
}

std::vector<LeaseBook::Unused> LeaseBook::credit(const std::string& bucket, std::int64_t index,
                                                 std::int64_t limit, std::int64_t granted,
                                                 std::int64_t allowance)
{
    std::vector<Unused> stale;
    std::lock_guard lock(mutex_);
    auto& entry = entries_[bucket];
    if (entry.index > index) {
        // The window rolled over while this lease was on its way: its tokens are void.
        stale.push_back({bucket, index, granted});
        return stale;
    }
    if (entry.index < index || entry.limit != limit) {
        if (entry.tokens > 0) {
            stale.push_back({bucket, entry.index, entry.tokens});
        }
        entry = Entry{index, limit, 0, allowance};
    }
    entry.tokens += granted;
    entry.allowance = allowance;
    return stale;
}

std::vector<LeaseBook::Unused> LeaseBook::expire(std::int64_t index)
{
    std::vector<Unused> stale;
    std::lock_guard lock(mutex_);
    if (index <= expiredBefore_) {
        return stale;
    }
    expiredBefore_ = index;
    std::erase_if(entries_, [&](const auto& item) {
        if (item.second.index >= index) {
            return false;
        }
        if (item.second.tokens > 0) {
            stale.push_back({item.first, item.second.index, item.second.tokens});
        }
        return true;
    });
    return stale;
}

std::vector<LeaseBook::Unused> LeaseBook::drain()
{
    std::vector<Unused> all;
    std::lock_guard lock(mutex_);
    for (const auto& [bucket, entry] : entries_) {
        if (entry.tokens > 0) {
            all.push_back({bucket, entry.index, entry.tokens});
        }
    }
    entries_.clear();
    return all;
}

std::vector<Standing> LeaseBook::standings(std::int64_t index) const
{
    std::vector<Standing> all;
    std::lock_guard lock(mutex_);
    for (const auto& [bucket, entry] : entries_) {
        if (entry.index == index) {
            all.push_back({bucket, entry.limit, entry.allowance + entry.tokens});
        }
    }
    return all;
}

std::int64_t LeaseBook::unused(const std::string& bucket, std::int64_t index) const
{
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(bucket);
    return found != entries_.end() && found->second.index == index ? found->second.tokens : 0;
}

} // namespace aih::ratelimit
