// SPDX-License-Identifier: Apache-2.0
#include "auth/AuthService.h"

#include "auth/Secrets.h"
#include "auth/SessionStore.h"
#include "http/ApiError.h"
#include "users/UserStore.h"

#include <algorithm>

namespace aih::auth {
namespace {

using http::ApiError;
using http::ErrorCode;

std::string lower(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

ApiError invalidCredentials()
{
    return ApiError(ErrorCode::InvalidCredentials, "The tenant, email or password is not right.");
}

} // namespace

AuthService::AuthService(db::Database& database, tenancy::TenantDirectory& tenants,
                         const PasswordHasher& hasher, const TokenSigner& signer, SignInThrottle& throttle,
                         std::chrono::seconds refreshTtl)
    : database_(database), tenants_(tenants), hasher_(hasher), signer_(signer), throttle_(throttle),
      refreshTtl_(refreshTtl)
{
}

SignedIn AuthService::login(const LoginAttempt& attempt)
{
    const std::string account = lower(attempt.tenantKey) + "|" + lower(attempt.email);
    if (const int wait = throttle_.retryAfter(account, attempt.clientIp); wait > 0) {
        throw ApiError(ErrorCode::RateLimited, "Too many failed sign-ins; try again later.")
            .withRetryAfter(wait)
            .withExtension("limit", "login");
    }
    const auto tenantId = tenants_.lookup(attempt.tenantKey);
    std::optional<users::User> user;
    if (tenantId) {
        user = database_.inTenant(
            *tenantId, [&](db::Transaction& tx) { return users::UserStore::findByEmail(tx, attempt.email); });
    }
    // Unknown tenant, unknown user, inactive user and wrong password all cost one argon2id
    // verification and give the same answer, so neither timing nor text tells them apart.
    if (!user || !user->active || user->passwordHash.empty()) {
        hasher_.verifyAgainstDummy(attempt.password);
        refuseLogin(attempt, account);
    }
    if (!hasher_.verify(user->passwordHash, attempt.password)) {
        refuseLogin(attempt, account);
    }
    throttle_.recordSuccess(account);
    return startSession(*tenantId, *user, attempt, hasher_.needsRehash(user->passwordHash));
}

void AuthService::refuseLogin(const LoginAttempt& attempt, const std::string& account)
{
    throttle_.recordFailure(account, attempt.clientIp);
    throw invalidCredentials();
}

SignedIn AuthService::startSession(const std::string& tenantId, const users::User& user,
                                   const LoginAttempt& attempt, bool rehash)
{
    const auto refreshToken = randomToken();
    const std::optional<std::string> newHash =
        rehash ? std::optional<std::string>(hasher_.hash(attempt.password)) : std::nullopt;
    const auto sessionId = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        auto id = SessionStore::createSession(tx, user.id, attempt.clientIp, attempt.userAgent);
        SessionStore::addRefreshToken(tx, id, sha256Hex(refreshToken), refreshTtl_);
        users::UserStore::recordLogin(tx, user.id, newHash);
        return id;
    });
    const auto principal = http::Principal::user(user.id, tenantId, sessionId, user.role);
    return {signer_.issue(principal), refreshToken, signer_.ttl(), user};
}

SignedIn AuthService::refresh(const std::string& refreshToken, const std::string& clientIp)
{
    (void)clientIp;
    const auto hash = sha256Hex(refreshToken);
    const auto tenantId = database_.inPlatform(
        [&](db::Transaction& tx) { return SessionStore::tenantOfRefreshToken(tx, hash); });
    if (!tenantId) {
        throw ApiError(ErrorCode::Unauthenticated, "The refresh token is not valid.");
    }
    enum class Outcome
    {
        Rotated,
        Reused,
        Invalid
    };
    const auto newToken = randomToken();
    std::optional<users::User> user;
    std::string sessionId;
    // Reuse revokes the family and must commit, so the outcome is returned, not thrown.
    const auto outcome = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto row = SessionStore::findRefreshTokenForUpdate(tx, hash);
        if (!row || row->sessionRevoked || row->expired) {
            return Outcome::Invalid;
        }
        if (row->used) {
            SessionStore::revokeSession(tx, row->sessionId, "refresh_token_reuse");
            return Outcome::Reused;
        }
        user = users::UserStore::findById(tx, row->userId);
        if (!user || !user->active) {
            return Outcome::Invalid;
        }
        SessionStore::markUsed(tx, row->id);
        SessionStore::addRefreshToken(tx, row->sessionId, sha256Hex(newToken), refreshTtl_);
        sessionId = row->sessionId;
        return Outcome::Rotated;
    });
    if (outcome == Outcome::Reused) {
        throw ApiError(ErrorCode::Unauthenticated,
                       "This refresh token was already used; the session has been ended. Sign in again.");
    }
    if (outcome == Outcome::Invalid) {
        throw ApiError(ErrorCode::Unauthenticated, "The refresh token is not valid.");
    }
    const auto principal = http::Principal::user(user->id, *tenantId, sessionId, user->role);
    return {signer_.issue(principal), newToken, signer_.ttl(), *user};
}

void AuthService::logout(http::RequestContext& ctx)
{
    ctx.inTenant(
        [&](db::Transaction& tx) { SessionStore::revokeSession(tx, ctx.principal.sessionId, "logout"); });
}

} // namespace aih::auth
