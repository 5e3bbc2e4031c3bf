// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/PasswordHasher.h"
#include "auth/SignInThrottle.h"
#include "auth/TokenSigner.h"
#include "db/Database.h"
#include "http/RequestContext.h"
#include "tenancy/TenantDirectory.h"
#include "users/User.h"

#include <chrono>
#include <string>

namespace aih::auth {

struct SignedIn
{
    std::string accessToken;
    std::string refreshToken;
    std::chrono::seconds expiresIn;
    users::User user;
};

struct LoginAttempt
{
    std::string tenantKey;
    std::string email;
    std::string password;
    std::string clientIp;
    std::string userAgent;
};

/// Sign-in, token refresh with rotation and reuse detection, sign-out.
class AuthService
{
public:
    AuthService(db::Database& database, tenancy::TenantDirectory& tenants, const PasswordHasher& hasher,
                const TokenSigner& signer, SignInThrottle& throttle, std::chrono::seconds refreshTtl);

    SignedIn login(const LoginAttempt& attempt);
    SignedIn refresh(const std::string& refreshToken, const std::string& clientIp);
    void logout(http::RequestContext& ctx);

private:
    SignedIn startSession(const std::string& tenantId, const users::User& user, const LoginAttempt& attempt,
                          bool rehash);
    [[noreturn]] void refuseLogin(const LoginAttempt& attempt, const std::string& account);

    db::Database& database_;
    tenancy::TenantDirectory& tenants_;
    const PasswordHasher& hasher_;
    const TokenSigner& signer_;
    SignInThrottle& throttle_;
    std::chrono::seconds refreshTtl_;
};

} // namespace aih::auth
