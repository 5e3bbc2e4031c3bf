// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoSignInService.h"

#include "aih/Plans.h"
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "logging/Logger.h"
#include "saml/SamlError.h"
#include "saml/SamlServiceProvider.h"
#include "sso/SamlIdentity.h"
#include "sso/SsoConnectionStore.h"
#include "sso/SsoDomainStore.h"
#include "tenancy/PlanGate.h"
#include "tenancy/Seats.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>
#include <array>
#include <sstream>

namespace aih::sso {
namespace {

using errors::ApiError;
using errors::ErrorCode;

const logging::Logger ssoSignInServiceLogger("sso");

/// A sign-in refused after its state was accepted: the browser goes back to the application
/// with `error`, and the reason (never personal data) goes to the audit log.
struct Refusal
{
    std::string reason;
};

std::string urlEncode(const std::string& value)
{
    std::string encoded;
    Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]~ %", encoded);
    return encoded;
}

std::string withQuery(const std::string& url, const std::string& query)
{
    return url + (url.find('?') == std::string::npos ? '?' : '&') + query;
}

/// RFC 8252 §7.3: the application listens on a loopback IP literal, any port; `localhost` is
/// not accepted (§8.3: it may resolve elsewhere).
void checkRedirectUri(const std::string& redirectUri)
{
    const auto refuse = [] {
        throw ApiError::validation("redirect_uri",
                                   "must be a loopback URL of the application: http://127.0.0.1:PORT/... or "
                                   "http://[::1]:PORT/...");
    };
    if (redirectUri.size() > 512) {
        refuse();
    }
    Poco::URI uri;
    try {
        uri = Poco::URI(redirectUri);
    } catch (const Poco::Exception&) {
        refuse();
    }
    const bool loopback = uri.getHost() == "127.0.0.1" || uri.getHost() == "::1";
    const bool withPort =
        redirectUri.rfind("http://127.0.0.1:", 0) == 0 || redirectUri.rfind("http://[::1]:", 0) == 0;
    if (uri.getScheme() != "http" || !loopback || !withPort || !uri.getUserInfo().empty() ||
        !uri.getFragment().empty()) {
        refuse();
    }
}

bool isBase64UrlOfLength(const std::string& text, std::size_t length)
{
    return text.size() == length && crypto::decodeBase64Url(text).has_value();
}

/// The AuthnRequest's ID, derived from the state like the nonce: the answer must be
/// InResponseTo it, and nothing is stored. An xs:ID starts with a letter or `_`.
std::string samlRequestId(const SsoKeys& keys, const std::string& state)
{
    return "_" + crypto::hmacSha256Base64Url(keys.signInKey, "saml-request|" + state);
}

void checkAppReturn(const AppReturn& app)
{
    checkRedirectUri(app.redirectUri);
    if (!isBase64UrlOfLength(app.codeChallenge, 43)) {
        throw ApiError::validation("code_challenge",
                                   "must be the base64url SHA-256 of a PKCE verifier (S256)");
    }
}

Poco::JSON::Object::Ptr testReport(const std::optional<ProviderIdentity>& identity,
                                   const std::optional<Role>& role, const std::string& error)
{
    Poco::JSON::Object::Ptr report = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    report->set("ok", identity.has_value());
    report->set("error", error.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(error));
    if (identity) {
        Poco::JSON::Object::Ptr claims = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        claims->set("iss", identity->issuer);
        claims->set("sub", identity->subject);
        claims->set("email", identity->email);
        claims->set("email_verified", identity->emailVerified);
        claims->set("name", identity->name);
        Poco::JSON::Array::Ptr groups = new Poco::JSON::Array;
        for (const auto& group : identity->groups) {
            groups->add(group);
        }
        claims->set("groups", groups);
        report->set("claims", claims);
    } else {
        report->set("claims", Poco::Dynamic::Var());
    }
    report->set("role", role ? Poco::Dynamic::Var(std::string(roleName(*role))) : Poco::Dynamic::Var());
    return report;
}

/// A connection with a role map makes the provider's groups decide the role at every sign-in
/// (someone moved out of the admins' group stops being an admin), except that the tenant's last
/// active admin is never demoted this way.
void syncRole(db::Transaction& tx, const SsoConnection& connection, const users::User& user,
              const ProviderIdentity& identity, const audit::AuditLog& audit, const audit::Origin& origin)
{
    if (connection.mapping.groupRoles.empty()) {
        return;
    }
    const auto role = mappedRole(connection.mapping, identity.groups);
    const bool losesLastAdmin = user.role == Role::Admin && users::UserStore::countActiveAdmins(tx) <= 1;
    if (role == user.role || losesLastAdmin) {
        return;
    }
    users::UserStore::update(tx, user.id, role, std::nullopt);
    audit::AuditEvent event;
    event.action = "user.role_synced";
    event.origin = origin;
    event.on("user", user.id).about(user.id).with("role", std::string(roleName(role)));
    event.with("previous_role", std::string(roleName(user.role))).with("sso_connection", connection.id);
    audit.record(tx, event);
}

} // namespace

SsoSignInService::SsoSignInService(Parts parts, SsoEndpoints endpoints)
    : parts_(parts), endpoints_(std::move(endpoints))
{
}

std::string SsoSignInService::tenantOf(const SsoStart& request)
{
    if (!request.email.empty()) {
        const auto at = request.email.rfind('@');
        if (at == std::string::npos || at + 1 >= request.email.size()) {
            throw ApiError::validation("email", "must be an email address");
        }
        const auto domain = request.email.substr(at + 1);
        const auto tenant = parts_.database.inPlatform(
            [&](db::Transaction& tx) { return SsoDomainStore::tenantOf(tx, domain); });
        if (!tenant) {
            throw ApiError(ErrorCode::NotFound, "Single sign-on is not set up for this email address.");
        }
        return *tenant;
    }
    const auto tenant = parts_.tenants.lookup(request.tenantKey);
    if (!tenant) {
        throw ApiError(ErrorCode::NotFound, "No such tenant.");
    }
    return *tenant;
}

SsoStarted SsoSignInService::start(const SsoStart& request)
{
    if (request.email.empty() == request.tenantKey.empty()) {
        throw ApiError::validation("email", "give either email or tenant");
    }
    checkAppReturn(request.app);
    const auto tenantId = tenantOf(request);
    tenancy::requireFeature(parts_.plans.get(tenantId), "sso");
    const auto connection = parts_.database.inTenant(tenantId, [&](db::Transaction& tx) {
        std::optional<SsoConnection> found;
        if (!request.connectionId.empty()) {
            found = SsoConnectionStore::find(tx, request.connectionId);
        } else if (!request.email.empty()) {
            const auto domain = SsoDomainStore::verifiedFor(tx, request.email);
            found = domain && !domain->connectionId.empty()
                        ? SsoConnectionStore::find(tx, domain->connectionId)
                        : SsoConnectionStore::firstEnabled(tx);
        } else {
            found = SsoConnectionStore::firstEnabled(tx);
        }
        if (!found || !found->enabled) {
            throw ApiError(ErrorCode::NotFound, "The tenant has no enabled single sign-on connection.");
        }
        return *found;
    });
    return begin(tenantId, connection, request.app, {}, request.origin);
}

SsoStarted SsoSignInService::startForPortal(const std::string& tenantId, const AppReturn& portal,
                                            const audit::Origin& origin)
{
    tenancy::requireFeature(parts_.plans.get(tenantId), "sso");
    const auto connection = parts_.database.inTenant(
        tenantId, [](db::Transaction& tx) { return SsoConnectionStore::firstEnabled(tx); });
    if (!connection) {
        throw ApiError(ErrorCode::NotFound, "The tenant has no enabled single sign-on connection.");
    }
    return begin(tenantId, *connection, portal, {}, origin);
}

SsoStarted SsoSignInService::startTest(identity::Caller& caller, const std::string& connectionId,
                                       const AppReturn& app)
{
    checkAppReturn(app);
    const auto connection = parts_.connections.get(caller, connectionId);
    return begin(caller.tenantId, connection, app, caller.principal.userId, caller.origin);
}

SsoStarted SsoSignInService::begin(const std::string& tenantId, const SsoConnection& connection,
                                   const AppReturn& app, const std::string& testedBy,
                                   const audit::Origin& origin)
{
    // Every start stores a row and may ask the provider: anonymous ones are bounded.
    parts_.throttle.admit(origin.ip, tenantId);
    const auto state = crypto::randomToken(32);
    const auto url = providerSignInUrl(connection, state, !testedBy.empty());

    NewSignIn signIn;
    signIn.stateHash = crypto::sha256Hex(state);
    signIn.connectionId = connection.id;
    signIn.redirectUri = app.redirectUri;
    signIn.clientState = app.clientState;
    signIn.clientChallenge = app.codeChallenge;
    signIn.ttlSeconds = signInTtlSeconds;
    if (!testedBy.empty()) {
        signIn.purpose = "test";
        signIn.testedBy = testedBy;
    }
    parts_.database.inTenant(tenantId, [&](db::Transaction& tx) { SsoSignInStore::insert(tx, signIn); });
    return {url, signInTtlSeconds};
}

std::string SsoSignInService::providerSignInUrl(const SsoConnection& connection, const std::string& state,
                                                bool testing)
{
    const auto unusable = [testing](const std::string& what, const std::exception& error) {
        ssoSignInServiceLogger.warning("sign-in start: " + what + ": " + error.what());
        return ApiError(ErrorCode::IdentityProviderError,
                        testing ? "The identity provider's " + what + " could not be used: " + error.what()
                                : "The identity provider's " + what +
                                      " could not be used; ask your admin to test the connection.");
    };
    if (connection.protocol == "saml") {
        try {
            const saml::SamlServiceProvider sp(endpoints_.serviceProvider(connection.id),
                                               connection.idpMetadata);
            return sp.signInUrl(samlRequestId(parts_.keys, state), state);
        } catch (const saml::SamlError& error) {
            throw unusable("metadata", error);
        }
    }
    ProviderMetadata provider;
    try {
        provider = parts_.providers.metadata(connection.issuer);
    } catch (const std::exception& error) {
        throw unusable("discovery document", error);
    }
    // Derived from the state with a server key: nothing to store, nothing to steal.
    const auto nonce = crypto::hmacSha256Base64Url(parts_.keys.signInKey, "nonce|" + state);
    const auto verifier = crypto::hmacSha256Base64Url(parts_.keys.signInKey, "pkce|" + state);
    const auto query = "response_type=code&client_id=" + urlEncode(connection.clientId) +
                       "&redirect_uri=" + urlEncode(endpoints_.oidcCallback()) +
                       "&scope=" + urlEncode(connection.scopes) + "&state=" + urlEncode(state) +
                       "&nonce=" + urlEncode(nonce) + "&code_challenge=" + crypto::sha256Base64Url(verifier) +
                       "&code_challenge_method=S256";
    return withQuery(provider.authorizationEndpoint, query);
}

ProviderIdentity SsoSignInService::verifiedIdentity(const SsoConnection& connection, const std::string& state,
                                                    const ProviderAnswer& answer, bool testing)
{
    if (!answer.error.empty()) {
        throw Refusal{"the identity provider answered error " + answer.error.substr(0, 64)};
    }
    if (!connection.enabled && !testing) {
        throw Refusal{"the connection is disabled"};
    }
    // An answer must come back the way its connection's protocol sends it.
    if (connection.protocol == "saml") {
        if (answer.samlResponse.empty()) {
            throw Refusal{"the identity provider sent no SAMLResponse"};
        }
        return usableIdentity(samlAnswerIdentity(connection, state, answer));
    }
    if (!answer.samlResponse.empty()) {
        throw Refusal{"a SAML answer arrived for an OpenID Connect connection"};
    }
    return usableIdentity(oidcIdentity(connection, state, answer));
}

ProviderIdentity SsoSignInService::samlAnswerIdentity(const SsoConnection& connection,
                                                      const std::string& state, const ProviderAnswer& answer)
{
    saml::AssertionContent assertion;
    ProviderIdentity identity;
    try {
        const saml::SamlServiceProvider sp(endpoints_.serviceProvider(connection.id), connection.idpMetadata);
        saml::ResponseExpectations expected;
        expected.requestId = samlRequestId(parts_.keys, state);
        expected.now = parts_.clock.nowSeconds();
        assertion = sp.readResponse(answer.samlResponse, expected);
        identity = samlIdentity(assertion, connection.issuer, connection.mapping.groupsClaim);
    } catch (const saml::SamlError& error) {
        throw Refusal{std::string("the SAML response was refused: ") + error.what()};
    }
    const bool fresh = parts_.database.inTenant(connection.tenantId, [&](db::Transaction& tx) {
        return SsoSignInStore::rememberAssertion(tx, connection.id, assertion.id, assertion.validUntil);
    });
    if (!fresh) {
        throw Refusal{"the SAML assertion was accepted before (a replay)"};
    }
    return identity;
}

ProviderIdentity SsoSignInService::oidcIdentity(const SsoConnection& connection, const std::string& state,
                                                const ProviderAnswer& answer)
{
    if (answer.code.empty()) {
        throw Refusal{"the identity provider sent no code"};
    }
    ProviderMetadata provider;
    CodeRedemption redemption;
    try {
        provider = parts_.providers.metadata(connection.issuer);
        // RFC 9207: a provider that says it sends `iss` must, and it must be the issuer, so an
        // answer from another provider (mix-up attack) is refused.
        if ((provider.issParameterSupported || !answer.issuer.empty()) && answer.issuer != provider.issuer) {
            throw Refusal{"the authorization response names another issuer"};
        }
        CodeRequest request;
        request.clientId = connection.clientId;
        request.clientSecret = parts_.connections.clientSecret(connection);
        request.code = answer.code;
        request.redirectUri = endpoints_.oidcCallback();
        request.codeVerifier = crypto::hmacSha256Base64Url(parts_.keys.signInKey, "pkce|" + state);
        redemption = parts_.providers.redeem(provider, request);
    } catch (const Refusal&) {
        throw;
    } catch (const std::exception& error) {
        throw Refusal{error.what()};
    }

    std::vector<std::string_view> allowed(provider.signingAlgorithms.begin(),
                                          provider.signingAlgorithms.end());
    crypto::VerifiedJws verified;
    try {
        try {
            const auto keys = parts_.providers.keys(provider);
            verified = crypto::verifyJws(redemption.idToken, *keys, allowed);
        } catch (const crypto::JwsError& error) {
            if (error.fault() != crypto::JwsFault::UnknownKey) {
                throw;
            }
            // The provider may have rotated its keys since we fetched them.
            const auto keys = parts_.providers.keysAfterUnknownKey(provider);
            verified = crypto::verifyJws(redemption.idToken, *keys, allowed);
        }
    } catch (const crypto::JwsError& error) {
        throw Refusal{std::string("the ID token was refused: ") + error.what()};
    } catch (const std::exception& error) {
        throw Refusal{std::string("the provider's keys could not be used: ") + error.what()};
    }
    IdTokenExpectations expected;
    expected.issuer = provider.issuer;
    expected.clientId = connection.clientId;
    expected.nonce = crypto::hmacSha256Base64Url(parts_.keys.signInKey, "nonce|" + state);
    expected.now = parts_.clock.nowSeconds();
    expected.groupsClaim = connection.mapping.groupsClaim;
    try {
        return checkIdTokenClaims(*verified.claims, expected);
    } catch (const IdTokenRejected& error) {
        throw Refusal{std::string("the ID token was refused: ") + error.what()};
    }
}

std::string SsoSignInService::resolveUser(db::Transaction& tx, const SsoConnection& connection,
                                          const ProviderIdentity& identity, const audit::Origin& origin)
{
    const auto record = [&](const std::string& action, const std::string& userId) {
        audit::AuditEvent event;
        event.action = action;
        event.origin = origin;
        event.actor.type = audit::ActorType::User;
        event.actor.userId = userId;
        event.on("sso_connection", connection.id).about(userId);
        parts_.audit.record(tx, event);
    };
    if (const auto linked = SsoSignInStore::linkedUser(tx, connection.id, identity.subject)) {
        const auto user = users::UserStore::findById(tx, *linked);
        if (!user || !user->active) {
            throw Refusal{"the account is deactivated"};
        }
        syncRole(tx, connection, *user, identity, parts_.audit, origin);
        return user->id;
    }
    if (identity.email.empty() || !identity.emailVerified) {
        throw Refusal{"the identity provider did not give a verified email address"};
    }
    if (const auto existing = users::UserStore::findByEmail(tx, identity.email)) {
        // Linking hands the account to whoever the provider says owns the address: only for a
        // domain the tenant has proven it controls, and only by the connection that domain is
        // given to (a second, less trusted provider cannot claim its addresses).
        const auto domain = SsoDomainStore::verifiedFor(tx, identity.email);
        if (!domain) {
            throw Refusal{
                "an account with this address exists and its domain is not verified for single sign-on"};
        }
        if (!domain->connectionId.empty() && domain->connectionId != connection.id) {
            throw Refusal{"an account with this address exists and its domain belongs to another connection"};
        }
        if (!existing->active) {
            throw Refusal{"the account is deactivated"};
        }
        SsoSignInStore::link(tx, connection.id, identity.subject, existing->id);
        record("sso.identity_linked", existing->id);
        syncRole(tx, connection, *existing, identity, parts_.audit, origin);
        return existing->id;
    }
    const auto tenant = tenancy::TenantStore::findForUpdate(tx, tx.tenantId());
    try {
        tenancy::requireFreeSeat(*tenant);
    } catch (const ApiError&) {
        throw Refusal{"the plan's user limit is reached"};
    }
    const auto role = mappedRole(connection.mapping, identity.groups);
    const auto id = users::UserStore::insert(tx, identity.email, identity.name, role, std::nullopt);
    if (!id) {
        throw Refusal{"the address is taken"};
    }
    SsoSignInStore::link(tx, connection.id, identity.subject, *id);
    audit::AuditEvent event;
    event.action = "user.provisioned";
    event.origin = origin;
    audit::PersonalDetails details{{"email", identity.email}};
    if (!identity.name.empty()) {
        details.emplace("name", identity.name);
    }
    event.on("user", *id).about(*id, details).with("role", std::string(roleName(role)));
    event.with("sso_connection", connection.id);
    parts_.audit.record(tx, event);
    return *id;
}

std::string SsoSignInService::finish(const ProviderAnswer& answer)
{
    const ApiError unknown(ErrorCode::InvalidToken,
                           "This single sign-on attempt is unknown, used or expired; start again.");
    if (answer.state.empty() || answer.state.size() > 128) {
        throw ApiError(unknown);
    }
    const auto stateHash = crypto::sha256Hex(answer.state);
    const auto tenantId = parts_.database.inPlatform(
        [&](db::Transaction& tx) { return SsoSignInStore::stateTenant(tx, stateHash); });
    if (!tenantId) {
        throw ApiError(unknown);
    }
    // Spent in a transaction of its own before the provider is asked anything, so a replayed
    // state fails however the first answer ends.
    std::optional<SsoConnection> connection;
    const auto pending = parts_.database.inTenant(*tenantId, [&](db::Transaction& tx) {
        auto claimed = SsoSignInStore::claimState(tx, stateHash);
        if (claimed) {
            connection = SsoConnectionStore::find(tx, claimed->connectionId);
        }
        return claimed;
    });
    if (!pending || !connection) {
        throw ApiError(unknown);
    }
    if (pending->purpose == "test") {
        return finishTest(stateHash, *tenantId, *pending, *connection, answer);
    }
    const auto back = [&](const std::string& query) {
        return withQuery(pending->redirectUri, query + "&state=" + urlEncode(pending->clientState));
    };
    try {
        if (!tierHasFeature(parts_.plans.get(*tenantId).tier, "sso")) {
            throw Refusal{"the tenant's plan does not include single sign-on"};
        }
        const auto identity = verifiedIdentity(*connection, answer.state, answer, false);
        const auto code = crypto::randomToken(32);
        parts_.database.inTenant(*tenantId, [&](db::Transaction& tx) {
            const auto userId = resolveUser(tx, *connection, identity, answer.origin);
            SsoSignInStore::attachHandoff(tx, stateHash, userId, crypto::sha256Hex(code));
        });
        return back("code=" + urlEncode(code));
    } catch (const Refusal& refusal) {
        ssoSignInServiceLogger.info("single sign-on refused for connection " + connection->id + ": " +
                                    refusal.reason);
        parts_.database.inTenant(*tenantId, [&](db::Transaction& tx) {
            audit::AuditEvent event;
            event.action = "auth.sso";
            event.origin = answer.origin;
            event.on("sso_connection", connection->id).failed(refusal.reason);
            parts_.audit.record(tx, event);
        });
        return back("error=access_denied&error_description=" +
                    urlEncode("The identity provider's answer was not accepted (request " +
                              answer.origin.requestId + ")."));
    }
}

std::string SsoSignInService::finishTest(const std::string& stateHash, const std::string& tenantId,
                                         const PendingSignIn& pending, const SsoConnection& connection,
                                         const ProviderAnswer& answer)
{
    // The admin sees why a test failed: it is their own provider's answer, and no one's data.
    Poco::JSON::Object::Ptr report;
    try {
        const auto identity = verifiedIdentity(connection, answer.state, answer, true);
        report = testReport(identity, mappedRole(connection.mapping, identity.groups), {});
    } catch (const Refusal& refusal) {
        report = testReport(std::nullopt, std::nullopt, refusal.reason);
    }
    std::ostringstream text;
    report->stringify(text);
    const auto code = crypto::randomToken(32);
    parts_.database.inTenant(tenantId, [&](db::Transaction& tx) {
        SsoSignInStore::attachReport(tx, stateHash, text.str(), crypto::sha256Hex(code));
        audit::AuditEvent event;
        event.action = "sso.connection_tested";
        event.origin = answer.origin;
        event.actor.type = audit::ActorType::User;
        event.actor.userId = pending.testedBy;
        event.on("sso_connection", connection.id).with("ok", report->getValue<bool>("ok"));
        parts_.audit.record(tx, event);
    });
    return withQuery(pending.redirectUri,
                     "code=" + urlEncode(code) + "&state=" + urlEncode(pending.clientState));
}

Poco::JSON::Object::Ptr SsoSignInService::testResult(identity::Caller& caller,
                                                     const std::string& connectionId, const std::string& code,
                                                     const std::string& codeVerifier)
{
    const ApiError refused(ErrorCode::InvalidCredentials,
                           "The test's code is unknown, used, expired or does not match the verifier.");
    const auto claimed = caller.inTenant(parts_.database, [&](db::Transaction& tx) {
        return SsoSignInStore::claimReport(tx, crypto::sha256Hex(code), handoffTtlSeconds,
                                           caller.principal.userId, connectionId);
    });
    if (!claimed || !crypto::constantTimeEquals(crypto::sha256Base64Url(codeVerifier), claimed->second)) {
        throw ApiError(refused);
    }
    return Poco::JSON::Parser().parse(claimed->first).extract<Poco::JSON::Object::Ptr>();
}

std::optional<std::string> SsoSignInService::samlMetadata(const std::string& connectionId)
{
    const bool saml = parts_.database.inPlatform(
        [&](db::Transaction& tx) { return SsoConnectionStore::isSamlConnection(tx, connectionId); });
    if (!saml) {
        return std::nullopt;
    }
    return saml::serviceProviderMetadata(endpoints_.serviceProvider(connectionId));
}

auth::SignedIn SsoSignInService::redeem(const std::string& code, const std::string& codeVerifier,
                                        const audit::Origin& origin)
{
    const ApiError refused(ErrorCode::InvalidCredentials,
                           "The sign-in code is unknown, used, expired or does not match the verifier.");
    if (code.empty() || code.size() > 128 || codeVerifier.size() < 43 || codeVerifier.size() > 128) {
        throw ApiError(refused);
    }
    const auto handoffHash = crypto::sha256Hex(code);
    const auto tenantId = parts_.database.inPlatform(
        [&](db::Transaction& tx) { return SsoSignInStore::handoffTenant(tx, handoffHash); });
    if (!tenantId) {
        throw ApiError(refused);
    }
    // The code is spent even when the verifier is wrong: it is not to be guessed at.
    const auto claimed = parts_.database.inTenant(*tenantId, [&](db::Transaction& tx) {
        return SsoSignInStore::claimHandoff(tx, handoffHash, handoffTtlSeconds);
    });
    if (!claimed ||
        !crypto::constantTimeEquals(crypto::sha256Base64Url(codeVerifier), claimed->clientChallenge)) {
        throw ApiError(refused);
    }
    return parts_.database.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto user = users::UserStore::findById(tx, claimed->userId);
        if (!user || !user->active) {
            throw ApiError(refused);
        }
        return parts_.auth.openSession(tx, *user, origin, "sso");
    });
}

} // namespace aih::sso
