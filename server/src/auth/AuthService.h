// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/SignInThrottle.h"
#include "auth/TokenSigner.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/TenantDirectory.h"
#include "users/User.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace aih::auth {

struct SignedIn
{
    std::string accessToken;
    std::string refreshToken;
    std::chrono::seconds expiresIn;
    users::User user;
    /// The tenant requires a second factor of this member and none is set up: the session can
    /// only enrol one (Principal::mfaEnrolmentOnly).
    bool mfaEnrolmentRequired = false;
};

/// A right password opens a session, or, for a member with a second factor, a challenge that
/// `POST /api/auth/login/mfa` completes with a code.
struct LoginResult
{
    std::optional<SignedIn> signedIn;
    std::string mfaToken;
    std::chrono::seconds mfaTokenTtl{0};
};

struct LoginAttempt
{
    std::string tenantKey;
    std::string email;
    std::string password;
    audit::Origin origin;
};

/// Sign-in, token refresh with rotation and reuse detection, sign-out.
class AuthService
{
public:
    static constexpr std::chrono::seconds mfaChallengeTtl{5 * 60};
    static constexpr int mfaChallengeAttempts = 5;

    AuthService(db::Database& database, tenancy::TenantDirectory& tenants, const PasswordHasher& hasher,
                const TokenSigner& signer, SignInThrottle& throttle, std::chrono::seconds refreshTtl,
                const audit::AuditLog& audit, db::Announce announce);

    /// Every outcome in a known tenant is audited: success in the session's transaction,
    /// failure in a transaction of its own (there is no change to join).
    LoginResult login(const LoginAttempt& attempt);
    SignedIn refresh(const std::string& refreshToken, const audit::Origin& origin);
    /// How long a refresh token stays valid (a session lasts while it keeps being refreshed).
    std::chrono::seconds refreshTtl() const { return refreshTtl_; }
    void logout(identity::Caller& caller);

    /// A session for a user whose identity another step proved (an accepted invitation, a
    /// second factor, a single sign-on), in the caller's transaction, so the session exists
    /// exactly when that step's change commits. Audited as `auth.login` with the method.
    SignedIn openSession(db::Transaction& tx, const users::User& user, const audit::Origin& origin,
                         std::string_view method);

private:
    LoginResult startSession(const std::string& tenantId, const users::User& user,
                             const LoginAttempt& attempt, bool rehash);
    [[noreturn]] void refuseLogin(const LoginAttempt& attempt, const std::optional<std::string>& tenantId,
                                  const std::optional<users::User>& user, const char* reason);

    db::Database& database_;
    tenancy::TenantDirectory& tenants_;
    const PasswordHasher& hasher_;
    const TokenSigner& signer_;
    SignInThrottle& throttle_;
    std::chrono::seconds refreshTtl_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::auth
