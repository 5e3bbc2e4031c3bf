// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"
#include "ratelimit/FailoverRateLimiter.h"
#include "tenancy/TenantPlans.h"

#include <string>
#include <utility>
#include <vector>

namespace aih::ratelimit {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// The pipeline's limit step: which limits a request counts against (its key's and its
/// tenant's plan limit, or the tenant's alone for a signed-in session), the decision, and
/// the headers every counted response carries.
class RequestLimits
{
public:
    RequestLimits(RateLimiter& limiter, tenancy::TenantPlans& plans);

    /// Counts the request; returns the headers for the response, throws 429 when over a limit.
    HeaderList admit(const http::RequestContext& ctx);
    /// The caller's limits without counting (GET /api/rate-limit/status).
    Poco::JSON::Object::Ptr status(const http::RequestContext& ctx);

private:
    std::vector<Subject> subjectsOf(const http::RequestContext& ctx);

    RateLimiter& limiter_;
    tenancy::TenantPlans& plans_;
};

double unixNow();

} // namespace aih::ratelimit
