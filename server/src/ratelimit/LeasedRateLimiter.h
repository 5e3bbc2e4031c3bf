// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/LeaseBook.h"
#include "ratelimit/RedisRateLimiter.h"

namespace aih::ratelimit {

/// Shared limits at in-process speed: each instance leases a slice of a subject's remaining
/// allowance from Redis (counted there at once, in one atomic script for all of a request's
/// subjects) and admits locally until the slice is spent. Leased tokens are counted, so the
/// instances together never admit more than the limit; slices shrink to one request near it.
/// Unused tokens are given back when their window ends and when the instance stops.
/// Throws on any Redis failure, like RedisRateLimiter.
class LeasedRateLimiter : public SharedRateLimiter
{
public:
    LeasedRateLimiter(std::shared_ptr<redis::Client> client, Window window, LeaseSizing sizing = {});
    ~LeasedRateLimiter() override;
    LeasedRateLimiter(const LeasedRateLimiter&) = delete;
    LeasedRateLimiter& operator=(const LeasedRateLimiter&) = delete;

    Outcome admit(const std::vector<Subject>& subjects, double now) override;
    /// Redis's counts, with the tokens this instance holds counted as still remaining.
    Outcome peek(const std::vector<Subject>& subjects, double now) override;
    void ping() override;
    std::vector<Standing> standings(double now) const override;

private:
    struct Lease
    {
        int refusedBy = -1;
        std::vector<std::int64_t> granted;
        std::vector<WindowCounts> counts;
    };
    Lease lease(const std::vector<Subject>& subjects, const std::vector<std::int64_t>& wants, double now);
    Outcome refusal(const std::vector<Subject>& subjects, const Lease& lease, double now);
    /// Books what Redis said was left after a lease (granted may be 0: a refusal).
    void record(const Subject& subject, const WindowCounts& counts, std::int64_t granted, double now);
    void giveBack(const std::vector<LeaseBook::Unused>& unused);
    void addHeldTokens(const std::vector<Subject>& subjects, Outcome& outcome, double now) const;

    std::shared_ptr<redis::Client> client_;
    Window window_;
    RedisRateLimiter exact_;
    LeaseBook book_;
};

} // namespace aih::ratelimit
