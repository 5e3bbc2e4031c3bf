// SPDX-License-Identifier: Apache-2.0
#include "accounts/PasswordRoutes.h"

#include "accounts/AccountMail.h"
#include "errors/ApiError.h"
#include "http/RequestBody.h"

namespace aih::accounts {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// A link is 43 characters of base64url; anything much longer is not one of ours.
constexpr std::size_t maxTokenLength = 128;

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
                    auto body = http::jsonBodyOf(ctx);
                    ResetRequest request;
                    request.tenantKey = body.optionalString("tenant", 100).value_or(ctx.tenantId);
                    request.email = body.requiredString("email", 254);
                    body.finish();
                    if (request.tenantKey.empty()) {
                        throw errors::ApiError::validation("tenant", "is required (tenant id or slug)");
                    }
                    request.language = mailLanguage(ctx.header("Accept-Language"));
                    request.origin = ctx.caller.origin;
                    service.requestReset(request);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("status", "accepted");
                    return Response::json(202, out);
                },
                "Ask for a password-reset mail; the answer is the same whether or not the account exists"});

    router.add({"POST", "/api/auth/password-reset/confirm", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto token = body.requiredString("token", maxTokenLength);
                    const auto next = body.requiredString("new_password", 1024);
                    body.finish();
                    service.confirmReset(token, next, ctx.tenantId, ctx.caller.origin);
                    return Response::noContent();
                },
                "Set a new password with the token from a reset mail; every session of the account ends"});

    router.add({"POST", "/api/enterprise/admin/users/{id}/password-reset", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    service.adminReset(ctx.caller, id, mailLanguage(ctx.header("Accept-Language")));
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("status", "sent");
                    return Response::json(202, out);
                },
                "Send a user the password-reset mail (the admin never sees or sets the password)", "",
                http::LimitBucket::AdminRecovery});
}

} // namespace aih::accounts
