// SPDX-License-Identifier: Apache-2.0
#include "auth/AuthService.h"

#include "auth/MfaStore.h"
#include "auth/PasswordPolicy.h"
#include "auth/SessionStore.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "sso/SsoConnectionStore.h"
#include "tenancy/PlanGate.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

#include <algorithm>

namespace aih::auth {
namespace {

using errors::ApiError;
using errors::ErrorCode;

/// Only someone who proved an account learns that its tenant is suspended.
void refuseSuspendedTenant(db::Transaction& tx)
{
    if (tenancy::TenantStore::currentSuspended(tx)) {
        throw tenancy::tenantSuspended();
    }
}

constexpr const char* invalidCredentialsText = "The tenant, email or password is not right.";

ApiError invalidCredentials()
{
    return {ErrorCode::InvalidCredentials, invalidCredentialsText};
}

audit::AuditEvent authEvent(std::string action, const audit::Origin& origin)
{
    audit::AuditEvent event;
    event.action = std::move(action);
    event.origin = origin;
    return event;
}

audit::Actor userActor(const users::User& user)
{
    return {audit::ActorType::User, user.id, "", user.role};
}

} // namespace

AuthService::AuthService(db::Database& database, tenancy::TenantDirectory& tenants,
                         const PasswordHasher& hasher, const TokenSigner& signer, SignInThrottle& throttle,
                         std::chrono::seconds refreshTtl, const audit::AuditLog& audit, db::Announce announce)
    : database_(database), tenants_(tenants), hasher_(hasher), signer_(signer), throttle_(throttle),
      refreshTtl_(refreshTtl), audit_(audit), announce_(std::move(announce))
{
}

LoginResult AuthService::login(const LoginAttempt& attempt)
{
    // One account has one throttle however its tenant is named (id or slug, API or portal form);
    // the tenant directory answers from memory for known tenants.
    const auto tenantId = tenants_.lookup(attempt.tenantKey);
    const auto account = SignInThrottle::accountKey(tenantId.value_or(attempt.tenantKey), attempt.email);
    // Throttled attempts are refused before any user lookup and are not audited: the throttle
    // exists to shed exactly this load, and the failures that tripped it are in the trail already.
    // An attempt let through is counted as a failure from here on, until proven otherwise.
    if (const int wait = throttle_.begin(account, attempt.origin.ip); wait > 0) {
        throw ApiError(ErrorCode::RateLimited, "Too many failed sign-ins; try again later.")
            .withRetryAfter(wait)
            .withExtension("limit", "login");
    }
    try {
        std::optional<users::User> user;
        bool ssoRequired = false;
        if (tenantId) {
            user = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
                auto found = users::UserStore::findByEmail(tx, attempt.email);
                ssoRequired = found && sso::SsoConnectionStore::passwordRefused(tx, found->email, found->id);
                return found;
            });
        }
        // Unknown tenant, unknown user, inactive user and wrong password all cost one argon2id
        // verification and give the same answer, so neither timing nor text tells them apart.
        if (!user || !user->active || user->passwordHash.empty()) {
            hasher_.verifyAgainstDummy(attempt.password);
            refuseLogin(attempt, tenantId, user,
                        !user           ? "unknown_account"
                        : !user->active ? "inactive"
                                        : "no_password");
        }
        const auto match = PasswordPolicy::matches(hasher_, user->passwordHash, attempt.password);
        if (match == PasswordPolicy::Match::No) {
            refuseLogin(attempt, tenantId, user, "wrong_password");
        }
        throttle_.succeeded(account, attempt.origin.ip);
        if (ssoRequired) {
            // Like the unconfirmed address below, only the holder of the password learns this.
            database_.inTenant(*tenantId, [&](db::Transaction& tx) {
                audit_.record(tx, authEvent("auth.login", attempt.origin)
                                      .about(user->id)
                                      .failed("The tenant requires single sign-on of this account.")
                                      .with("reason", "sso_required"));
            });
            throw ApiError(ErrorCode::SsoRequired,
                           "Your organisation signs you in through its identity provider; "
                           "POST /api/auth/sso/start with your email.");
        }
        if (!user->emailVerified) {
            // Only the holder of the password learns this, and only the mailed link ends it.
            database_.inTenant(*tenantId, [&](db::Transaction& tx) {
                audit_.record(tx, authEvent("auth.login", attempt.origin)
                                      .about(user->id)
                                      .failed("The email address is not confirmed yet.")
                                      .with("reason", "email_unverified"));
            });
            throw ApiError(ErrorCode::EmailUnverified,
                           "Confirm your email address first with the link mailed to it; "
                           "POST /api/auth/verify-email/resend sends a new one.");
        }
        return startSession(*tenantId, *user, attempt,
                            match == PasswordPolicy::Match::YesInOldForm ||
                                hasher_.needsRehash(user->passwordHash));
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::ServiceUnavailable) {
            throttle_.abandoned(account, attempt.origin.ip); // no verdict: busy, not wrong
        }
        throw;
    }
}

void AuthService::refuseLogin(const LoginAttempt& attempt, const std::optional<std::string>& tenantId,
                              const std::optional<users::User>& user, const char* reason)
{
    if (tenantId) {
        // The typed email is not kept: a known account is named by its id, an unknown one not
        // at all. The caller's address is sealed under the account's key when there is one.
        auto event =
            authEvent("auth.login", attempt.origin).failed(invalidCredentialsText).with("reason", reason);
        if (user) {
            event.about(user->id);
        }
        database_.inTenant(*tenantId, [&](db::Transaction& tx) { audit_.record(tx, event); });
    }
    throw invalidCredentials();
}

LoginResult AuthService::startSession(const std::string& tenantId, const users::User& user,
                                      const LoginAttempt& attempt, bool rehash)
{
    const std::optional<std::string> newHash =
        rehash ? std::optional<std::string>(hasher_.hash(PasswordPolicy::normalize(attempt.password)))
               : std::nullopt;
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        if (newHash) {
            users::UserStore::setPassword(tx, user.id, *newHash);
        }
        LoginResult result;
        if (MfaStore::state(tx, user.id).enrolled) {
            // The password was right; the session waits for the second factor.
            result.mfaToken = crypto::randomToken();
            result.mfaTokenTtl = mfaChallengeTtl;
            MfaStore::createChallenge(tx, user.id, crypto::sha256Hex(result.mfaToken), mfaChallengeTtl,
                                      mfaChallengeAttempts);
            audit_.record(tx, authEvent("auth.mfa_challenge", attempt.origin).about(user.id));
            return result;
        }
        result.signedIn = openSession(tx, user, attempt.origin, "password");
        return result;
    });
}

SignedIn AuthService::openSession(db::Transaction& tx, const users::User& user, const audit::Origin& origin,
                                  std::string_view method)
{
    // Every sign-in ends here (password, second factor, single sign-on, invitation).
    refuseSuspendedTenant(tx);
    const auto refreshToken = crypto::randomToken();
    const auto sessionId = SessionStore::createSession(tx, user.id, origin.ip, origin.userAgent);
    SessionStore::addRefreshToken(tx, sessionId, crypto::sha256Hex(refreshToken), refreshTtl_);
    users::UserStore::recordLogin(tx, user.id, std::nullopt);
    auto event = authEvent("auth.login", origin).on("session", sessionId).about(user.id);
    event.actor = userActor(user);
    if (method != "password") {
        event.with("method", std::string(method));
    }
    audit_.record(tx, event);
    auto principal = identity::Principal::user(user.id, tx.tenantId(), sessionId, user.role);
    principal.mfaEnrolmentOnly = MfaStore::state(tx, user.id).mustEnrol(user.role);
    return {signer_.issue(principal), refreshToken, signer_.ttl(), user, principal.mfaEnrolmentOnly};
}

SignedIn AuthService::refresh(const std::string& refreshToken, const audit::Origin& origin)
{
    const auto hash = crypto::sha256Hex(refreshToken);
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
    const auto newToken = crypto::randomToken();
    std::optional<users::User> user;
    std::string sessionId;
    bool mfaEnrolmentOnly = false;
    // Reuse revokes the family and must commit, so the outcome is returned, not thrown.
    const auto outcome = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto row = SessionStore::findRefreshTokenForUpdate(tx, hash);
        if (!row) {
            return Outcome::Invalid;
        }
        // Whoever presents a refresh token is not proven to be its user until it rotates: the
        // failures name the account as subject, not as actor.
        auto event = authEvent("auth.refresh", origin).on("session", row->sessionId).about(row->userId);
        if (row->sessionRevoked || row->expired) {
            audit_.record(tx, event.failed("The refresh token is not valid.")
                                  .with("reason", row->sessionRevoked ? "session_ended" : "expired"));
            return Outcome::Invalid;
        }
        if (row->used) {
            SessionStore::revokeSession(tx, row->sessionId, "refresh_token_reuse");
            sessionId = row->sessionId;
            event.action = "auth.refresh_reuse";
            audit_.record(tx,
                          event.failed("A spent refresh token was presented again; the session was ended."));
            return Outcome::Reused;
        }
        user = users::UserStore::findById(tx, row->userId);
        if (!user || !user->active) {
            audit_.record(tx, event.failed("The refresh token is not valid.").with("reason", "inactive"));
            return Outcome::Invalid;
        }
        refuseSuspendedTenant(tx);
        mfaEnrolmentOnly = MfaStore::state(tx, user->id).mustEnrol(user->role);
        SessionStore::markUsed(tx, row->id);
        SessionStore::addRefreshToken(tx, row->sessionId, crypto::sha256Hex(newToken), refreshTtl_);
        sessionId = row->sessionId;
        event.actor = userActor(*user);
        audit_.record(tx, event);
        return Outcome::Rotated;
    });
    if (outcome == Outcome::Reused) {
        // This instance drops the session's access tokens now; the others when the database's
        // notification reaches them. Without this, the very next request here could still pass.
        announce_(db::Change::session(sessionId));
        throw ApiError(ErrorCode::Unauthenticated,
                       "This refresh token was already used; the session has been ended. Sign in again.");
    }
    if (outcome == Outcome::Invalid) {
        throw ApiError(ErrorCode::Unauthenticated, "The refresh token is not valid.");
    }
    auto principal = identity::Principal::user(user->id, *tenantId, sessionId, user->role);
    principal.mfaEnrolmentOnly = mfaEnrolmentOnly;
    return {signer_.issue(principal), newToken, signer_.ttl(), *user, mfaEnrolmentOnly};
}

void AuthService::logout(identity::Caller& caller)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        SessionStore::revokeSession(tx, caller.principal.sessionId, "logout");
        audit_.record(tx, audit::eventFrom(caller, "auth.logout").on("session", caller.principal.sessionId));
    });
    // Other instances hear of it from the database's notification; this one at once.
    announce_(db::Change::session(caller.principal.sessionId));
}

} // namespace aih::auth
