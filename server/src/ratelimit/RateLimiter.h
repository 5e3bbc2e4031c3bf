// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/SlidingWindow.h"

#include <string>
#include <vector>

namespace aih::ratelimit {

/// One limit a request counts against, e.g. a key's or its tenant's.
struct Subject
{
    std::string name; ///< "key" or "tenant", reported to the client
    std::string bucket;
    std::int64_t limit = 0;
};

/// What is left of a subject's allowance in the current window, as Redis last said.
struct Standing
{
    std::string bucket;
    std::int64_t limit = 0;
    std::int64_t remaining = 0;
};

struct Outcome
{
    /// One decision per subject, in order. The request was admitted only if all allowed it;
    /// then it was counted against every subject, otherwise against none.
    std::vector<Decision> decisions;
    /// Index of the first subject that refused, or -1.
    int refusedBy = -1;
};

/// Decides atomically across all subjects of a request.
class RateLimiter
{
public:
    virtual ~RateLimiter() = default;
    virtual Outcome admit(const std::vector<Subject>& subjects, double now) = 0;
    /// The same decision without counting anything, for the status endpoint.
    virtual Outcome peek(const std::vector<Subject>& subjects, double now) = 0;
};

/// A limiter whose counts live in Redis, shared by every instance.
class SharedRateLimiter : public RateLimiter
{
public:
    /// Asks Redis whether it is there; throws when it is not.
    virtual void ping() = 0;
    /// What this instance last heard from Redis of the subjects it served in the window at `now`
    /// (tokens it holds counted as left): where local limits start when Redis goes away, so a
    /// subject at its limit stays there. Empty for a limiter that remembers nothing.
    virtual std::vector<Standing> standings(double /*now*/) const { return {}; }
};

} // namespace aih::ratelimit
