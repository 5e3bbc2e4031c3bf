// SPDX-License-Identifier: Apache-2.0
#include "accounts/PasswordRoutes.h"

#include "accounts/AccountTokens.h"
#include "accounts/LinkRequestBody.h"
#include "errors/ApiError.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"

namespace aih::accounts {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addPasswordRoutes(http::Router& router, PasswordService& service)
{
    router.add({"POST", "/api/auth/password", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto current = body.requiredString("current_password", 256);
                    const auto next = body.requiredString("new_password", 1024);
                    body.finish();
                    service.change(ctx.caller, current, next);
                    return Response::noContent();
                },
                "Change one's own password; the current one is required and other sessions end"});

    router.add({"POST", "/api/auth/password-reset", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    service.requestReset(linkRequestOf(ctx));
                    return linkRequestAccepted();
                },
                "Ask for a password-reset mail; the answer is the same whether or not the account exists"});

    router.add({"POST", "/api/auth/password-reset/confirm", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto token = body.requiredString("token", AccountTokens::maxLength);
                    const auto next = body.requiredString("new_password", 1024);
                    body.finish();
                    service.confirmReset(token, next, ctx.tenantId, ctx.caller.origin);
                    return Response::noContent();
                },
                "Set a new password with the token from a reset mail; every session of the account ends"});

    router.add({"POST", "/api/enterprise/admin/users/{id}/password-reset", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    service.adminReset(ctx.caller, id, mail::mailLanguage(ctx.header("Accept-Language")));
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("status", "sent");
                    return Response::json(202, out);
                },
                "Send a user the password-reset mail (the admin never sees or sets the password)", "",
                http::LimitBucket::AdminRecovery});
}

} // namespace aih::accounts
