// SPDX-License-Identifier: Apache-2.0
#include "support/SupportAccessRoutes.h"

#include "errors/ApiError.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "time/Rfc3339.h"

namespace aih::support {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

/// An instant as RFC 3339, or null when it has not happened.
Poco::Dynamic::Var instant(std::int64_t seconds)
{
    return seconds == 0 ? Poco::Dynamic::Var() : Poco::Dynamic::Var(time::formatSeconds(seconds));
}

Poco::JSON::Object::Ptr toJson(const SupportGrant& grant)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", grant.id);
    out->set("status", grant.active ? "active" : grant.revokedAt != 0 ? "revoked" : "expired");
    out->set("reason", grant.reason);
    out->set("granted_by",
             grant.grantedBy.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(grant.grantedBy));
    out->set("created_at", instant(grant.createdAt));
    out->set("expires_at", instant(grant.expiresAt));
    out->set("revoked_at", instant(grant.revokedAt));
    out->set("opened_count", grant.openedCount);
    out->set("last_opened_at", instant(grant.lastOpenedAt));
    out->set("last_opened_by",
             grant.lastOpenedBy.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(grant.lastOpenedBy));
    return out;
}

} // namespace

void addSupportAccessRoutes(http::Router& router, SupportAccessService& service)
{
    router.add({"GET", "/api/enterprise/support-access", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& grant : service.list(ctx.caller)) {
                        data->add(toJson(grant));
                    }
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("data", data);
                    return Response::json(200, out);
                },
                "List the tenant's support access grants, the newest first"});

    router.add({"POST", "/api/enterprise/support-access", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    auto body = http::optionalJsonBodyOf(ctx);
                    const auto minutes = body.optionalInteger("minutes");
                    const auto reason = body.optionalString("reason", SupportAccessService::maxReasonLength);
                    body.finish();
                    if (minutes && (*minutes < SupportAccessService::minMinutes ||
                                    *minutes > SupportAccessService::maxMinutes)) {
                        throw errors::ApiError::validation("minutes", "must be 15 to 10080 (7 days)");
                    }
                    return Response::json(201,
                                          toJson(service.grant(ctx.caller,
                                                               minutes ? static_cast<int>(*minutes)
                                                                       : SupportAccessService::defaultMinutes,
                                                               reason.value_or(""))));
                },
                "Grant the platform's support read-only access to the tenant for a while"});

    router.add({"DELETE", "/api/enterprise/support-access/{id}", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(200,
                                          toJson(service.revoke(ctx.caller, http::uuidParam(ctx, "id"))));
                },
                "End a support access grant now, and every view opened under it"});

    router.add({"POST", "/api/enterprise/platform/tenants/{id}/support-access", Access::Operator, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::optionalJsonBodyOf(ctx);
                    body.finish();
                    const auto view = service.open(ctx.caller, http::uuidParam(ctx, "id"));
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("access_token", view.accessToken);
                    out->set("token_type", "Bearer");
                    out->set("expires_at", time::formatSeconds(view.expiresAt));
                    out->set("tenant_id", view.tenantId);
                    out->set("grant", toJson(view.grant));
                    return Response::json(201, out);
                },
                "Open a tenant read-only under its admin's support grant (operator accounts)", "",
                http::LimitBucket::Shared, false, true});
}

} // namespace aih::support
