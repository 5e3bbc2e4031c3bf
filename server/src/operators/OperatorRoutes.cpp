// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorRoutes.h"

#include "accounts/InvitationJson.h"
#include "errors/ApiError.h"
#include "gdpr/ErasureJson.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"
#include "users/UserJson.h"

namespace aih::operators {
namespace {

using errors::ApiError;
using http::Access;
using http::RequestContext;
using http::Response;

std::optional<OperatorRole> optionalOperatorRole(http::JsonBody& body)
{
    const auto name = body.optionalString("operator_role", 32);
    if (!name) {
        return std::nullopt;
    }
    const auto role = operatorRoleFromName(*name);
    if (!role) {
        throw ApiError::validation("operator_role", "must be platform-admin or platform-support");
    }
    return role;
}

} // namespace

void addOperatorRoutes(http::Router& router, OperatorService& service)
{
    router.add({"GET", "/api/enterprise/platform/operators", Access::Operator, Role::User,
                [&service](RequestContext& ctx) {
                    return Response::json(200, users::toJson(service.list(ctx.caller, http::pageLimitOf(ctx),
                                                                          ctx.queryValue("cursor"))));
                },
                "List the operator accounts (the platform tenant's members)"});

    router.add({"POST", "/api/enterprise/platform/operators", Access::Operator, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewOperator request;
                    request.email = body.requiredString("email", 254);
                    request.role = optionalOperatorRole(body).value_or(OperatorRole::Support);
                    body.finish();
                    request.language = mail::mailLanguage(ctx.header("Accept-Language"));
                    return Response::json(201, accounts::toJson(service.invite(ctx.caller, request)));
                },
                "Invite an operator by email (platform-admin or platform-support): they choose a password "
                "through the mailed link and enrol a second factor before acting"});

    router.add({"PATCH", "/api/enterprise/platform/operators/{id}", Access::Operator, Role::User,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    OperatorChange change;
                    change.role = optionalOperatorRole(body);
                    change.active = body.optionalBool("active");
                    body.finish();
                    return Response::json(200, users::toJson(service.change(ctx.caller, id, change)));
                },
                "Change an operator's role, or deactivate them (their sessions end at once)"});

    router.add({"POST", "/api/enterprise/platform/operators/{id}/erase", Access::Operator, Role::User,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    http::optionalJsonBodyOf(ctx).finish();
                    return Response::json(200, gdpr::toJson(service.erase(ctx.caller, id)));
                },
                "Erase a former operator's personal data (platform-admins; deactivated first); what they did "
                "stays in the platform's audit chain under their id"});
}

} // namespace aih::operators
