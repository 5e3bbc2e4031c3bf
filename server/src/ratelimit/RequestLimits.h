// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"
#include "metering/QuotaGuard.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "ratelimit/BurstLimiter.h"
#include "ratelimit/FailoverRateLimiter.h"
#include "ratelimit/LimitHeaders.h"
#include "ratelimit/UserShare.h"
#include "tenancy/TenantPlans.h"
#include "time/Clock.h"

#include <array>
#include <string>
#include <vector>

namespace aih::ratelimit {

/// The pipeline's limit step: which limits a request counts against, the decision, and the
/// headers every counted response carries. An API key counts against its own limit and its
/// tenant's plan limit; a signed-in member against a share of the tenant's limit (`user`) and
/// the tenant's; a tenant admin on a route marked AdminRecovery against its own `admin` bucket
/// alone; an operator (account, token, or support view) against its own `operator` bucket alone.
/// Every API-key request also meets its key's burst limit per second, if it has one, and
/// the tenant's monthly quota.
/// Counts each decision by the limit it concerns.
class RequestLimits final : public observability::MetricsSource
{
public:
    RequestLimits(RateLimiter& limiter, tenancy::TenantPlans& plans, metering::QuotaGuard& quota,
                  SessionLimitSettings sessions = {}, const time::Clock& clock = time::systemClock());

    /// Counts the request; returns the headers for the response, throws 429 when over a limit.
    HeaderList admit(const http::RequestContext& ctx);
    /// The caller's limits without counting (GET /api/rate-limit/status).
    Poco::JSON::Object::Ptr status(const http::RequestContext& ctx);

    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    /// Admitted and refused decisions of one limit (key, user, tenant, admin, monthly or burst).
    struct Decisions
    {
        const char* scope;
        observability::Counter admitted;
        observability::Counter refused;
    };

    /// `plan`: set to the tenant's plan when the request counts against the tenant.
    std::vector<Subject> subjectsOf(const http::RequestContext& ctx, tenancy::TenantPlan* plan = nullptr);
    Poco::JSON::Object::Ptr monthlyStatus(const std::string& tenantId, int quota);
    Decisions& decisionsOf(const std::string& scope);

    RateLimiter& limiter_;
    tenancy::TenantPlans& plans_;
    metering::QuotaGuard& quota_;
    BurstLimiter bursts_;
    SessionLimitSettings sessions_;
    const time::Clock& clock_;
    std::array<Decisions, 7> decisions_{{{"key", {}, {}},
                                         {"user", {}, {}},
                                         {"tenant", {}, {}},
                                         {"admin", {}, {}},
                                         {"monthly", {}, {}},
                                         {"burst", {}, {}},
                                         {"operator", {}, {}}}};
};

} // namespace aih::ratelimit
