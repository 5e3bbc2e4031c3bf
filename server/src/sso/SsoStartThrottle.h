// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"
#include "time/Clock.h"

#include <string>

namespace aih::sso {

/// Bounds anonymous sign-in starts, each of which stores a row and may make a request to the
/// tenant's provider: per client address, and per tenant so one tenant's flood cannot fill the
/// table for all. Shared across instances when the limiter is (Redis).
class SsoStartThrottle
{
public:
    static constexpr std::int64_t perAddressPerHour = 120;
    static constexpr std::int64_t perTenantPerHour = 20'000;

    SsoStartThrottle(ratelimit::RateLimiter& limiter, const time::Clock& clock = time::systemClock());

    /// Counts a start; throws ApiError 429 with Retry-After and `limit: sso` past either bound.
    void admit(const std::string& address, const std::string& tenantId);

private:
    ratelimit::RateLimiter& limiter_;
    const time::Clock& clock_;
};

} // namespace aih::sso
