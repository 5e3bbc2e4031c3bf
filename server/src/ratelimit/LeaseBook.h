// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"

#include <mutex>
#include <optional>
#include <unordered_map>

namespace aih::ratelimit {

/// How many tokens one lease asks for: a slice of what the subject has left, shrinking with it
/// down to a single request near the limit, so tokens stranded on one instance while another is
/// refused stay few, and a subject far from its limit costs one Redis call per many requests.
struct LeaseSizing
{
    /// Roughly 4 x the instances expected to share a subject: each may hold a quarter of its share.
    std::int64_t divisor = 16;
    std::int64_t maxSlice = 1024;

    std::int64_t sliceFor(std::int64_t allowance) const;
};

/// Tokens leased from Redis for the current window, per bucket, spent locally one per request.
/// Leased tokens are already counted in Redis, so admitting from them never exceeds the limit.
class LeaseBook
{
public:
    explicit LeaseBook(LeaseSizing sizing = {}) : sizing_(sizing) {}

    /// Tokens leased in window `index` and not used (or not usable: leased for a window gone by).
    struct Unused
    {
        std::string bucket;
        std::int64_t index = 0;
        std::int64_t tokens = 0;
    };

    struct Attempt
    {
        /// Every subject had a token and one was taken from each; `decisions` are filled.
        bool admitted = false;
        std::vector<Decision> decisions;
        /// Otherwise nothing was taken; tokens to lease per subject (0 for those that have some).
        std::vector<std::int64_t> wants;
        /// Tokens leased under a limit the subject no longer has (an operator changed it): no
        /// longer this instance's to spend, to be given back before leasing under the new one.
        std::vector<Unused> voided;
    };
    Attempt take(const std::vector<Subject>& subjects, const Window& window, double now);

    /// Records `granted` tokens leased for window `index` under `limit`, after which Redis had
    /// `allowance` left; returns tokens that can no longer be spent (their window has passed, or
    /// they were leased under another limit) to be given back.
    std::vector<Unused> credit(const std::string& bucket, std::int64_t index, std::int64_t limit,
                               std::int64_t granted, std::int64_t allowance);
    /// Removes and returns the tokens of windows before `index`.
    std::vector<Unused> expire(std::int64_t index);
    /// Removes and returns every unused token (the instance is stopping).
    std::vector<Unused> drain();
    /// Tokens held for `bucket` in window `index`: still the client's to use, though Redis counts them.
    std::int64_t unused(const std::string& bucket, std::int64_t index) const;
    /// Every bucket leased (or refused) in window `index`: what Redis had left plus the tokens held.
    std::vector<Standing> standings(std::int64_t index) const;

private:
    struct Entry
    {
        std::int64_t index = 0;
        /// The limit the tokens were leased under: a lowered limit must not be outrun by them.
        std::int64_t limit = 0;
        std::int64_t tokens = 0;
        /// What Redis had left after the last lease; the client sees this plus the tokens held.
        std::int64_t allowance = 0;
    };

    LeaseSizing sizing_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    std::int64_t expiredBefore_ = 0;
};

} // namespace aih::ratelimit
