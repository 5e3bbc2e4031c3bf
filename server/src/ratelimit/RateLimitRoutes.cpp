// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/RateLimitRoutes.h"

namespace aih::ratelimit {

void addRateLimitRoutes(http::Router& router, RequestLimits& limits)
{
    router.add(
        {"GET", "/api/rate-limit/status", http::Access::Member, Role::User,
         [&limits](http::RequestContext& ctx) { return http::Response::json(200, limits.status(ctx)); },
         "Limits, remaining calls and reset time for the caller's key and tenant"});
}

} // namespace aih::ratelimit
