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
#include "sso/SsoStartThrottle.h"
#include "tenancy/TenantDirectory.h"
#include "tenancy/TenantPlans.h"
#include "time/Clock.h"

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::sso {

/// Where an application waits for the browser (RFC 8252 loopback) and how it proves itself.
struct AppReturn
{
    std::string redirectUri;
    std::string clientState;
    std::string codeChallenge;
};

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
    AppReturn app;
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
        SsoStartThrottle& throttle;
    };

    SsoSignInService(Parts parts, std::string callbackUrl);

    SsoStarted start(const SsoStart& request);
    /// The branded portal's sign-in: the portal is the application, its return URL built by the
    /// server from the host it answered (so not checked as a loopback address).
    SsoStarted startForPortal(const std::string& tenantId, const AppReturn& portal,
                              const audit::Origin& origin);
    /// Finishes the provider's side; returns where to send the browser: the application's
    /// redirect URI with `code` and `state`, or with `error` when the answer was refused.
    /// Throws 400 `invalid_token` for a state that is unknown, used or expired (nowhere to go).
    std::string finish(const ProviderAnswer& answer);
    /// The application redeems the code with its PKCE verifier for a session.
    auth::SignedIn redeem(const std::string& code, const std::string& codeVerifier,
                          const audit::Origin& origin);

    /// An admin's test of a connection (enabled or not): the same flow, but the callback keeps
    /// what the provider sent and the role it maps to instead of signing anyone in.
    SsoStarted startTest(identity::Caller& caller, const std::string& connectionId, const AppReturn& app);
    /// The test's report, once, to the admin who ran it, with the verifier of the test's start:
    /// `{ok, error, claims, role}`.
    Poco::JSON::Object::Ptr testResult(identity::Caller& caller, const std::string& connectionId,
                                       const std::string& code, const std::string& codeVerifier);

    const std::string& callbackUrl() const { return callbackUrl_; }

private:
    std::string tenantOf(const SsoStart& request);
    SsoStarted begin(const std::string& tenantId, const SsoConnection& connection, const AppReturn& app,
                     const std::string& testedBy, const audit::Origin& origin);
    std::string finishTest(const std::string& stateHash, const std::string& tenantId,
                           const PendingSignIn& pending, const SsoConnection& connection,
                           const ProviderAnswer& answer);
    /// `testing`: an admin's test, which a disabled connection may run.
    OidcIdentity verifiedIdentity(const SsoConnection& connection, const std::string& state,
                                  const ProviderAnswer& answer, bool testing);
    std::string resolveUser(db::Transaction& tx, const SsoConnection& connection,
                            const OidcIdentity& identity, const audit::Origin& origin);

    Parts parts_;
    std::string callbackUrl_;
};

} // namespace aih::sso
