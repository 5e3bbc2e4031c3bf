// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "ratelimit/FailoverRateLimiter.h"
#include "ratelimit/LimitHeaders.h"
#include "tenancy/TenantPlans.h"
#include "time/Clock.h"

#include <string>
#include <vector>

namespace aih::ratelimit {

/// The pipeline's limit step: which limits a request counts against (its key's and its
/// tenant's plan limit, or the tenant's alone for a signed-in session), the decision, and
/// the headers every counted response carries. Counts each decision by the limit it concerns.
class RequestLimits final : public observability::MetricsSource
{
public:
    RequestLimits(RateLimiter& limiter, tenancy::TenantPlans& plans,
                  const time::Clock& clock = time::systemClock());

    /// Counts the request; returns the headers for the response, throws 429 when over a limit.
    HeaderList admit(const http::RequestContext& ctx);
    /// The caller's limits without counting (GET /api/rate-limit/status).
    Poco::JSON::Object::Ptr status(const http::RequestContext& ctx);

    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    struct Decisions
    {
        observability::Counter keyAdmitted;
        observability::Counter keyRefused;
        observability::Counter tenantAdmitted;
        observability::Counter tenantRefused;
    };

    std::vector<Subject> subjectsOf(const http::RequestContext& ctx);

    RateLimiter& limiter_;
    tenancy::TenantPlans& plans_;
    const time::Clock& clock_;
    Decisions decisions_;
};

} // namespace aih::ratelimit
