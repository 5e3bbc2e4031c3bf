// SPDX-License-Identifier: Apache-2.0
#include "metering/QuotaAlertRoutes.h"

#include "errors/ApiError.h"
#include "http/RequestBody.h"
#include "metering/MonthlyQuota.h"

namespace aih::metering {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Response answer(const QuotaAlerts& alerts)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("thresholds", percentagesJson(alerts.thresholds));
    out->set("mail", alerts.mail);
    return Response::json(200, out);
}

} // namespace

void addQuotaAlertRoutes(http::Router& router, QuotaAlertService& service)
{
    router.add({"GET", "/api/enterprise/quota-alerts", Access::Member, Role::User,
                [&service](RequestContext& ctx) { return answer(service.get(ctx.caller)); },
                "Which shares of the monthly quota the tenant is told about, and whether by mail"});

    router.add({"PUT", "/api/enterprise/quota-alerts", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto thresholds =
                        body.optionalIntegerArray("thresholds", QuotaAlerts::maxThresholds, 1, 100);
                    const auto mail = body.optionalBool("mail");
                    body.finish();
                    if (!thresholds) {
                        throw errors::ApiError::validation("thresholds", "is required");
                    }
                    if (!mail) {
                        throw errors::ApiError::validation("mail", "is required");
                    }
                    return answer(service.set(ctx.caller, {*thresholds, *mail}));
                },
                "Choose the shares of the monthly quota announced (webhook, audit, and mail if chosen)"});
}

} // namespace aih::metering
