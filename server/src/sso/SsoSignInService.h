// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "db/Database.h"
#include "sso/IdTokenClaims.h"
#include "sso/OidcProviders.h"
#include "sso/SsoConnectionService.h"
#include "sso/SsoKeys.h"
#include "sso/SsoSignInStore.h"
#include "tenancy/TenantDirectory.h"
#include "tenancy/TenantPlans.h"
#include "time/Clock.h"

#include <string>

namespace aih::sso {

/// An application asking to sign someone in through their tenant's identity provider: by the
/// person's email (its verified domain names the tenant) or by tenant (id or slug), optionally
/// naming the connection. The result returns to `redirectUri`, a loopback address of the
/// application (RFC 8252 §7.3), with a code only the holder of the PKCE verifier behind
/// `codeChallenge` can redeem.
struct SsoStart
{
    std::string email;
    std::string tenantKey;
    std::string connectionId;
    std::string redirectUri;
    std::string clientState;
    std::string codeChallenge;
    audit::Origin origin;
};

struct SsoStarted
{
    std::string redirectUrl;
    int expiresIn = 0;
};

/// What the provider sent back to the callback.
struct ProviderAnswer
{
    std::string state;
    std::string code;
    std::string error;
    std::string issuer; ///< RFC 9207's `iss`, when sent
    audit::Origin origin;
};

/// OpenID Connect sign-in: the authorization code flow with PKCE, state and nonce, the ID token
/// verified against the provider's keys, the account found by (connection, subject) or linked
/// or created just in time, and a session like a password sign-in's.
class SsoSignInService
{
public:
    static constexpr int signInTtlSeconds = 600;
    static constexpr int handoffTtlSeconds = 120;

    struct Parts
    {
        db::Database& database;
        tenancy::TenantDirectory& tenants;
        tenancy::TenantPlans& plans;
        SsoConnectionService& connections;
        OidcProviders& providers;
        auth::AuthService& auth;
        const SsoKeys& keys;
        const audit::AuditLog& audit;
        const time::Clock& clock;
    };

    SsoSignInService(Parts parts, std::string callbackUrl);

    SsoStarted start(const SsoStart& request);
    /// Finishes the provider's side; returns where to send the browser: the application's
    /// redirect URI with `code` and `state`, or with `error` when the answer was refused.
    /// Throws 400 `invalid_token` for a state that is unknown, used or expired (nowhere to go).
    std::string finish(const ProviderAnswer& answer);
    /// The application redeems the code with its PKCE verifier for a session.
    auth::SignedIn redeem(const std::string& code, const std::string& codeVerifier,
                          const audit::Origin& origin);

    const std::string& callbackUrl() const { return callbackUrl_; }

private:
    std::string tenantOf(const SsoStart& request);
    OidcIdentity verifiedIdentity(const SsoConnection& connection, const std::string& state,
                                  const ProviderAnswer& answer);
    std::string resolveUser(db::Transaction& tx, const SsoConnection& connection,
                            const OidcIdentity& identity, const audit::Origin& origin);

    Parts parts_;
    std::string callbackUrl_;
};

} // namespace aih::sso
