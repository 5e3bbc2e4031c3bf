// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsRoutes.h"

#include "http/RequestContext.h"
#include "time/Clock.h"

#include <ctime>

namespace aih::analytics {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addAnalyticsRoutes(http::Router& router, AnalyticsService& service)
{
    router.add({"GET", "/api/enterprise/admin/analytics", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    const auto now = time::systemClock().nowSeconds();
                    return Response::json(200,
                                          service.tenantReport(ctx.caller, rangeOf(ctx, now), now).toJson());
                },
                "Usage analytics from the rollups: period=24h|7d|30d|90d, or from, to and "
                "bucket=minute|hour|day (plan feature analytics)",
                "analytics"});

    router.add({"GET", "/api/enterprise/platform/analytics", Access::Operator, Role::User,
                [&service](RequestContext&) {
                    return Response::json(200,
                                          service.platformReport(time::systemClock().nowSeconds()).toJson());
                },
                "All tenants by tier and status, MRR, past-due and churned tenants, calls of the last "
                "24 hours"});
}

} // namespace aih::analytics
