// SPDX-License-Identifier: Apache-2.0
#include "auth/Authenticator.h"

#include "auth/Secrets.h"
#include "auth/SessionStore.h"
#include "http/ApiError.h"

namespace aih::auth {
namespace {

using http::ApiError;
using http::ErrorCode;

} // namespace

Authenticator::Authenticator(const TokenSigner& signer, std::string operatorToken)
    : signer_(signer), operatorToken_(std::move(operatorToken))
{
}

http::Principal Authenticator::authenticate(const http::RequestContext& ctx) const
{
    const auto authorization = ctx.header("Authorization");
    if (authorization.empty()) {
        if (!ctx.header("X-API-Key").empty()) {
            throw ApiError(ErrorCode::Unauthenticated, "The API key is not valid.");
        }
        return {};
    }
    constexpr std::string_view scheme = "Bearer ";
    if (authorization.size() <= scheme.size() || authorization.compare(0, scheme.size(), scheme) != 0) {
        throw ApiError(ErrorCode::Unauthenticated, "Use Authorization: Bearer <token>.");
    }
    const auto token = authorization.substr(scheme.size());
    if (!operatorToken_.empty() && constantTimeEquals(token, operatorToken_)) {
        http::Principal principal;
        principal.kind = http::Principal::Kind::Operator;
        return principal;
    }
    if (auto principal = signer_.verify(token)) {
        return *principal;
    }
    throw ApiError(ErrorCode::Unauthenticated, "The access token is invalid or has expired.");
}

void Authenticator::confirmActor(db::Transaction& tx, http::RequestContext& ctx)
{
    auto& principal = ctx.principal;
    if (!principal.isUser()) {
        return;
    }
    const auto role = SessionStore::activeRole(tx, principal.userId, principal.sessionId);
    if (!role) {
        throw ApiError(ErrorCode::Unauthenticated, "The session has ended; sign in again.");
    }
    principal.role = *role;
    if (ctx.route && *role < ctx.route->minimumRole) {
        throw ApiError(ErrorCode::Forbidden, "Your role does not allow this.");
    }
}

} // namespace aih::auth
