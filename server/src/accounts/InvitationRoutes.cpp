// SPDX-License-Identifier: Apache-2.0
#include "accounts/InvitationRoutes.h"

#include "accounts/AccountTokens.h"
#include "accounts/InvitationJson.h"
#include "auth/SignedInJson.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"
#include "users/RoleField.h"

#include <Poco/JSON/Array.h>

namespace aih::accounts {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addInvitationRoutes(http::Router& router, InvitationService& service)
{
    router.add({"POST", "/api/enterprise/admin/invitations", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewInvitation request;
                    request.email = body.requiredString("email", 254);
                    request.role = users::optionalRole(body).value_or(Role::User);
                    body.finish();
                    request.language = mail::mailLanguage(ctx.header("Accept-Language"));
                    return Response::json(201, toJson(service.invite(ctx.caller, request)));
                },
                "Invite someone by email with a role (managers: role user only); a pending invitation "
                "holds a seat of the plan's user limit"});

    router.add({"GET", "/api/enterprise/admin/invitations", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    const auto page =
                        service.list(ctx.caller, http::pageLimitOf(ctx), ctx.queryValue("cursor"));
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& invitation : page.invitations) {
                        data->add(toJson(invitation));
                    }
                    return Response::json(200, http::listPage(data, page.nextCursor));
                },
                "List the invitations neither accepted nor revoked (expired ones included)"});

    router.add({"DELETE", "/api/enterprise/admin/invitations/{id}", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    service.revoke(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "Revoke a pending invitation: its link stops working and its seat is free"});

    router.add({"POST", "/api/enterprise/admin/invitations/{id}/resend", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    return Response::json(
                        200, toJson(service.resend(ctx.caller, id,
                                                   mail::mailLanguage(ctx.header("Accept-Language")))));
                },
                "Send the invitation again with a new link and expiry; the earlier link stops working"});

    router.add({"POST", "/api/auth/invitations/accept", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    Acceptance acceptance;
                    acceptance.token = body.requiredString("token", AccountTokens::maxLength);
                    acceptance.password = body.optionalString("password", 1024);
                    acceptance.name = body.optionalString("name", 255).value_or("");
                    body.finish();
                    acceptance.askedInTenant = ctx.tenantId;
                    acceptance.origin = ctx.caller.origin;
                    return Response::json(200, auth::toJson(service.accept(acceptance)));
                },
                "Accept an invitation: the account is created with the invited role and signed in"});
}

} // namespace aih::accounts
