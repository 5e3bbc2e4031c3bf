// SPDX-License-Identifier: Apache-2.0
#include "users/UserRoutes.h"

#include "accounts/InvitationJson.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"
#include "users/RoleField.h"
#include "users/UserJson.h"

namespace aih::users {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addUserRoutes(http::Router& router, UserService& service, accounts::InvitationService& invitations)
{
    // Listing, changing and deactivating users is how an admin stops a member who used up the
    // tenant's limit, so admins reach them through their own bucket (LimitBucket::AdminRecovery).
    router.add({"GET", "/api/enterprise/admin/users", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    return Response::json(200, toJson(service.list(ctx.caller, http::pageLimitOf(ctx),
                                                                   ctx.queryValue("cursor"))));
                },
                "List the tenant's users", "", http::LimitBucket::AdminRecovery});

    // No account may exist that can never sign in: without a password, the address is invited
    // to choose one, and the answer is the invitation.
    router.add({"POST", "/api/enterprise/admin/users", Access::Member, Role::Manager,
                [&service, &invitations](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewUser request;
                    request.email = body.requiredString("email", 254);
                    request.name = body.optionalString("name", 255).value_or("");
                    request.role = optionalRole(body).value_or(Role::User);
                    const auto password = body.optionalString("password", 256);
                    body.finish();
                    if (!password) {
                        const auto invitation = invitations.invite(
                            ctx.caller,
                            {request.email, request.role, mail::mailLanguage(ctx.header("Accept-Language"))});
                        return Response::json(201, accounts::toJson(invitation));
                    }
                    request.password = *password;
                    return Response::json(201, toJson(service.create(ctx.caller, request)));
                },
                "Create a user with a password (managers: role user only), or invite the address when no "
                "password is given; plan user_limit applies"});

    router.add({"PATCH", "/api/enterprise/admin/users/{id}", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    UserChange change;
                    change.role = optionalRole(body);
                    change.active = body.optionalBool("active");
                    body.finish();
                    return Response::json(200, toJson(service.change(ctx.caller, id, change)));
                },
                "Change a user's role or active flag", "", http::LimitBucket::AdminRecovery});

    router.add({"DELETE", "/api/enterprise/admin/users/{id}", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.change(ctx.caller, http::uuidParam(ctx, "id"), {std::nullopt, false});
                    return Response::noContent();
                },
                "Deactivate a user: sessions end at once", "", http::LimitBucket::AdminRecovery});
}

} // namespace aih::users
