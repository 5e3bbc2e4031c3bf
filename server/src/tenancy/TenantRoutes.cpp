// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantRoutes.h"

#include "aih/Validation.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"
#include "tenancy/TenantJson.h"
#include "users/UserJson.h"

#include <Poco/JSON/Array.h>

namespace aih::tenancy {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addTenantRoutes(http::Router& router, TenantService& service)
{
    router.add({"POST", "/api/enterprise/tenants", Access::PublicOrOperator, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewTenant request;
                    request.name = body.requiredString("name", 255);
                    request.slug = body.requiredString("slug", 63);
                    request.tier = body.optionalString("subscription_tier", 32);
                    request.adminEmail = body.optionalString("admin_email", 254);
                    request.adminPassword = body.optionalString("admin_password", 256);
                    body.finish();
                    request.language = mail::mailLanguage(ctx.header("Accept-Language"));
                    const auto created = service.create(ctx.caller, request);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("tenant", toJson(created.tenant));
                    out->set("owner", created.owner ? Poco::Dynamic::Var(users::toJson(*created.owner))
                                                    : Poco::Dynamic::Var());
                    return Response::json(201, out);
                },
                "Create a tenant (self sign-up: free tier with its first admin; operator: any tier)"});

    router.add({"GET", "/api/enterprise/tenants/{id}", Access::MemberOrOperator, Role::User,
                [&service](RequestContext& ctx) {
                    return Response::json(200, toJson(service.get(ctx.caller, http::uuidParam(ctx, "id"))));
                },
                "Tenant details with limits and usage"});

    router.add({"PATCH", "/api/enterprise/tenants/{id}", Access::MemberOrOperator, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    TenantChange change;
                    change.name = body.optionalString("name", 255);
                    change.settings = body.optionalObject("settings");
                    change.mfaRequired = body.optionalString("mfa_required", 16);
                    change.limits.userLimit = body.optionalNullableInteger("user_limit");
                    change.limits.apiRateLimit = body.optionalNullableInteger("api_rate_limit");
                    change.limits.monthlyQuota = body.optionalNullableInteger("monthly_quota");
                    change.status = body.optionalString("status", 16);
                    body.finish();
                    return Response::json(200, toJson(service.update(ctx.caller, id, change)));
                },
                "Rename a tenant, change its settings, or (operator) override its limits or suspend it"});
    router.add(
        {"GET", "/api/enterprise/platform/tenants", Access::Operator, Role::User,
         [&service](RequestContext& ctx) {
             TenantFilter filter;
             filter.search = ctx.queryValue("q");
             if (filter.search &&
                 (filter.search->empty() || filter.search->size() > 100 || !isValidUtf8(*filter.search) ||
                  filter.search->find('\0') != std::string::npos)) {
                 http::refuseQueryParam("q", "must be 1 to 100 characters of text");
             }
             filter.tier = http::choiceParam(ctx, "tier", {"free", "basic", "pro", "enterprise"});
             filter.state = http::choiceParam(ctx, "status", {"active", "suspended", "past_due", "closed"});
             filter.createdFromMicros = http::timestampParam(ctx, "created_from");
             filter.createdToMicros = http::timestampParam(ctx, "created_to");
             const auto page =
                 service.search(ctx.caller, filter, http::pageLimitOf(ctx), ctx.queryValue("cursor"));
             Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
             for (const auto& tenant : page.tenants) {
                 data->add(toJson(tenant));
             }
             return Response::json(200, http::listPage(data, page.nextCursor));
         },
         "Search and page every tenant (operator)"});
}

} // namespace aih::tenancy
