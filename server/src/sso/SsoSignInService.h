// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "db/Database.h"
#include "sso/IdTokenClaims.h"
#include "sso/OidcProviders.h"
#include "sso/SsoConnectionService.h"
#include "sso/SsoEndpoints.h"
#include "sso/SsoKeys.h"
#include "sso/SsoSignInStore.h"
#include "sso/SsoStartThrottle.h"
#include "tenancy/TenantDirectory.h"
#include "tenancy/TenantPlans.h"
#include "time/Clock.h"

#include <Poco/JSON/Object.h>
#include <optional>
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

/// What the provider sent back: to the OpenID callback (`code` or `error`, and `iss`), or to the
/// SAML ACS (`samlResponse`, with the state as its RelayState).
struct ProviderAnswer
{
    std::string state;
    std::string code;
    std::string error;
    std::string issuer; ///< RFC 9207's `iss`, when sent
    std::string samlResponse;
    audit::Origin origin;
};

/// Sign-in through the tenant's identity provider. OpenID Connect: the authorization code flow
/// with PKCE, state and nonce, the ID token verified against the provider's keys. SAML 2.0: an
/// AuthnRequest by HTTP-Redirect whose ID is derived from the state, the signed answer by
/// HTTP-POST checked by Lasso and saml::checkAssertion, each assertion accepted once. Either way
/// the account is found by (connection, subject) or linked or created just in time, and the
/// session is like a password sign-in's.
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

    SsoSignInService(Parts parts, SsoEndpoints endpoints);

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

    /// The service-provider metadata of a SAML connection, for its identity provider to read;
    /// nothing when `connectionId` is not one.
    std::optional<std::string> samlMetadata(const std::string& connectionId);

    const SsoEndpoints& endpoints() const { return endpoints_; }

private:
    std::string tenantOf(const SsoStart& request);
    SsoStarted begin(const std::string& tenantId, const SsoConnection& connection, const AppReturn& app,
                     const std::string& testedBy, const audit::Origin& origin);
    std::string finishTest(const std::string& stateHash, const std::string& tenantId,
                           const PendingSignIn& pending, const SsoConnection& connection,
                           const ProviderAnswer& answer);
    /// The provider's sign-in page for this state: the OpenID authorization endpoint or the
    /// SAML AuthnRequest.
    std::string providerSignInUrl(const SsoConnection& connection, const std::string& state, bool testing);
    /// `testing`: an admin's test, which a disabled connection may run.
    ProviderIdentity verifiedIdentity(const SsoConnection& connection, const std::string& state,
                                      const ProviderAnswer& answer, bool testing);
    ProviderIdentity oidcIdentity(const SsoConnection& connection, const std::string& state,
                                  const ProviderAnswer& answer);
    ProviderIdentity samlAnswerIdentity(const SsoConnection& connection, const std::string& state,
                                        const ProviderAnswer& answer);
    std::string resolveUser(db::Transaction& tx, const SsoConnection& connection,
                            const ProviderIdentity& identity, const audit::Origin& origin);

    Parts parts_;
    SsoEndpoints endpoints_;
};

} // namespace aih::sso
