// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace aih::ratelimit {

/// How a tenant's session traffic is shared out: each signed-in member may use `userShare` of the
/// tenant's hourly limit, so one member can never take it all; and each tenant admin has a bucket
/// of `adminRecoveryLimit` calls an hour of its own for the user-management routes.
struct SessionLimitSettings
{
    double userShare = 0.5;
    std::int64_t adminRecoveryLimit = 600;
    /// Each operator account's hourly calls, the bootstrap token's together, and an operator's
    /// support views (which never spend the tenant's own limits).
    std::int64_t operatorLimit = 6000;
};

/// A member's limit is never below this, so a tiny tenant limit still leaves each member usable.
constexpr std::int64_t minimumUserRateLimit = 10;

/// One member's hourly limit: `share` of the tenant's, rounded down, at least
/// minimumUserRateLimit and at most the tenant's own (a member cannot outgrow the tenant).
std::int64_t userRateLimit(std::int64_t tenantLimit, double share);

} // namespace aih::ratelimit
