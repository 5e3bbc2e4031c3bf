// SPDX-License-Identifier: Apache-2.0
#include "auth/AuthRoutes.h"

#include "auth/SignedInJson.h"
#include "errors/ApiError.h"
#include "http/RequestBody.h"
#include "users/UserJson.h"
#include "users/UserStore.h"

namespace aih::auth {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addAuthRoutes(http::Router& router, AuthService& service)
{
    router.add({"POST", "/api/auth/login", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    LoginAttempt attempt;
                    attempt.tenantKey = body.optionalString("tenant", 100).value_or(ctx.tenantId);
                    attempt.email = body.requiredString("email", 254);
                    attempt.password = body.requiredString("password", 256);
                    body.finish();
                    if (attempt.tenantKey.empty()) {
                        throw errors::ApiError::validation("tenant", "is required (tenant id or slug)");
                    }
                    attempt.origin = ctx.caller.origin;
                    return Response::json(200, toJson(service.login(attempt)));
                },
                "Sign in with tenant, email and password"});

    router.add({"POST", "/api/auth/refresh", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto token = body.requiredString("refresh_token", 128);
                    body.finish();
                    return Response::json(200, toJson(service.refresh(token, ctx.caller.origin)));
                },
                "Exchange a refresh token for new tokens (rotation)"});

    router.add({"POST", "/api/auth/logout", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    service.logout(ctx.caller);
                    return Response::noContent();
                },
                "End the current session"});

    router.add({"GET", "/api/auth/me", Access::Session, Role::User,
                [](RequestContext& ctx) {
                    const auto user = ctx.inTenant([&](db::Transaction& tx) {
                        return users::UserStore::findById(tx, ctx.principal.userId);
                    });
                    if (!user) {
                        throw errors::ApiError(errors::ErrorCode::Unauthenticated, "The session has ended.");
                    }
                    return Response::json(200, users::toJson(*user));
                },
                "The signed-in user"});
}

} // namespace aih::auth
