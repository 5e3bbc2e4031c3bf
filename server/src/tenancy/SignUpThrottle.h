// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"
#include "time/Clock.h"

#include <string>

namespace aih::tenancy {

/// Self sign-ups per client address and in all, per hour, on the server's shared rate limiter
/// (in Redis when configured). Each sign-up is counted in the same atomic step that admits it,
/// before anything costly (a password hash, a transaction) is spent on it.
class SignUpThrottle
{
public:
    SignUpThrottle(ratelimit::RateLimiter& limiter, int perAddress, int perHour,
                   const time::Clock& clock = time::systemClock());

    /// Counts a sign-up from `address`; throws ApiError 429 with Retry-After once either limit
    /// is reached (then nothing is counted).
    void admit(const std::string& address);

private:
    ratelimit::RateLimiter& limiter_;
    int perAddress_;
    int perHour_;
    const time::Clock& clock_;
};

} // namespace aih::tenancy
