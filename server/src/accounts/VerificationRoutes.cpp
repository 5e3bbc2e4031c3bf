// SPDX-License-Identifier: Apache-2.0
#include "accounts/VerificationRoutes.h"

#include "accounts/AccountTokens.h"
#include "accounts/LinkRequestBody.h"
#include "http/RequestBody.h"

namespace aih::accounts {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addVerificationRoutes(http::Router& router, EmailVerification& verification)
{
    router.add({"POST", "/api/auth/verify-email", Access::Public, Role::User,
                [&verification](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto token = body.requiredString("token", AccountTokens::maxLength);
                    body.finish();
                    verification.confirm(token, ctx.tenantId, ctx.caller.origin);
                    return Response::noContent();
                },
                "Confirm an email address with the token from the mail; a self-signed-up tenant is usable "
                "after it"});

    router.add({"POST", "/api/auth/verify-email/resend", Access::Public, Role::User,
                [&verification](RequestContext& ctx) {
                    verification.resend(linkRequestOf(ctx));
                    return linkRequestAccepted();
                },
                "Ask for a new confirmation mail; the answer is the same whether or not the account exists"});
}

} // namespace aih::accounts
