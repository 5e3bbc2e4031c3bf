// SPDX-License-Identifier: Apache-2.0
#include "auth/Authenticator.h"

#include "auth/SessionStore.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "identity/PlatformTenant.h"
#include "support/SupportGrantStore.h"

namespace aih::auth {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr std::string_view bearerScheme = "Bearer ";

/// The `aih_` key a request presents, in X-API-Key or as a bearer token; empty if none.
std::string presentedKey(const http::RequestContext& ctx)
{
    if (auto key = ctx.header("X-API-Key"); !key.empty()) {
        return key;
    }
    const auto authorization = ctx.header("Authorization");
    if (authorization.starts_with(bearerScheme) &&
        authorization.substr(bearerScheme.size()).starts_with("aih_")) {
        return authorization.substr(bearerScheme.size());
    }
    return {};
}

/// A key limited to some networks (`allowed_ips`) works only from a client address in one of
/// them: the address the request path settled on, behind trusted proxies the forwarded one.
identity::Principal fromAllowedNetwork(identity::Principal principal, const std::string& clientIp)
{
    if (!principal.keyNetworks) {
        return principal;
    }
    Poco::Net::IPAddress address;
    bool parsed = Poco::Net::IPAddress::tryParse(clientIp, address);
    // On a dual-stack listener an IPv4 client arrives as ::ffff:a.b.c.d; its blocks are IPv4 ones.
    if (parsed && address.family() == Poco::Net::IPAddress::IPv6 && address.isIPv4Mapped()) {
        const auto* bytes = static_cast<const unsigned char*>(address.addr());
        address = Poco::Net::IPAddress(bytes + 12, 4); // the last four bytes are the IPv4 address
    }
    for (const auto& block : *principal.keyNetworks) {
        if (parsed && block.contains(address)) {
            return principal;
        }
    }
    throw ApiError(ErrorCode::Forbidden, "This API key may not be used from this address.")
        .withExtension("client_ip", clientIp);
}

/// Whether an operator account's session acts as the operator here: on the routes made for the
/// operator. Elsewhere it is a member of the platform tenant, which may read and manage its own
/// account (Pipeline refuses its other changes).
bool actsAsOperator(const http::RequestContext& ctx)
{
    if (ctx.route == nullptr) {
        return false;
    }
    const auto& route = *ctx.route;
    switch (route.access) {
    case http::Access::Operator:
    case http::Access::MemberOrOperator:
    case http::Access::SessionOrOperator:
    case http::Access::PublicOrOperator:
        return true;
    default:
        return false;
    }
}

/// Operators act with a session that took a second factor, never with a key (none can be made in
/// the platform tenant; this refuses one that exists anyway).
identity::Principal memberKey(identity::Principal principal)
{
    if (identity::isPlatformTenant(principal.tenantId)) {
        throw ApiError(ErrorCode::Forbidden, "Operator accounts cannot use API keys; sign in instead.");
    }
    return principal;
}

} // namespace

Authenticator::Authenticator(const TokenSigner& signer, apikeys::ApiKeyVerifier& keys, LiveSessions& sessions,
                             db::Database& database, std::string operatorToken)
    : signer_(signer), keys_(keys), sessions_(sessions), database_(database),
      operatorToken_(std::move(operatorToken))
{
}

identity::Principal Authenticator::operatorOnly(const http::RequestContext& ctx) const
{
    const auto& authorization = ctx.header("Authorization");
    if (!operatorToken_.empty() && authorization.starts_with(bearerScheme) &&
        crypto::constantTimeEquals(authorization.substr(bearerScheme.size()), operatorToken_)) {
        return identity::Principal::operatorToken();
    }
    return {};
}

identity::Principal Authenticator::authenticate(const http::RequestContext& ctx) const
{
    const auto access = ctx.route ? ctx.route->access : http::Access::Public;
    if (access == http::Access::Open) {
        return operatorOnly(ctx);
    }
    if (access == http::Access::Operator && !presentedKey(ctx).empty()) {
        // The answer a valid key gets too: finding out which key this is would cost a lookup.
        throw ApiError(ErrorCode::Forbidden, "API keys cannot use this endpoint.");
    }
    // References: nothing to destroy when a refused key's exception passes through.
    const auto& authorization = ctx.header("Authorization");
    const auto& apiKey = ctx.header("X-API-Key");
    if (!apiKey.empty()) {
        if (!authorization.empty()) {
            throw ApiError(ErrorCode::MalformedRequest, "Send either Authorization or X-API-Key, not both.");
        }
        return memberKey(fromAllowedNetwork(keys_.verify(apiKey), ctx.clientIp));
    }
    if (authorization.empty()) {
        return {};
    }
    if (authorization.size() <= bearerScheme.size() ||
        authorization.compare(0, bearerScheme.size(), bearerScheme) != 0) {
        throw ApiError(ErrorCode::Unauthenticated, "Use Authorization: Bearer <token>.");
    }
    const auto token = authorization.substr(bearerScheme.size());
    if (token.starts_with("aih_")) {
        return memberKey(fromAllowedNetwork(keys_.verify(token), ctx.clientIp));
    }
    if (!operatorToken_.empty() && crypto::constantTimeEquals(token, operatorToken_)) {
        return identity::Principal::operatorToken();
    }
    if (auto principal = signer_.verify(token)) {
        if (principal->isSupportView()) {
            return supportView(*principal);
        }
        if (identity::isPlatformTenant(principal->tenantId) && actsAsOperator(ctx)) {
            return asOperator(*principal);
        }
        // Checked on every route, not only those that open a tenant transaction.
        if (!sessions_.isLive(*principal)) {
            throw ApiError(ErrorCode::Unauthenticated, "The session has ended; sign in again.");
        }
        return *principal;
    }
    throw ApiError(ErrorCode::Unauthenticated, "The access token is invalid or has expired.");
}

identity::Principal Authenticator::asOperator(const identity::Principal& member) const
{
    if (member.mfaEnrolmentOnly) {
        throw ApiError(ErrorCode::MfaEnrollmentRequired,
                       "Operators use a second factor: set it up with POST /api/auth/mfa/totp and its "
                       "confirm, then refresh the session.");
    }
    // The role as it is now, not as the token was issued: a demoted operator stops changing
    // things at once, on every instance.
    const auto role = sessions_.liveRole(member);
    if (!role) {
        throw ApiError(ErrorCode::Unauthenticated, "The session has ended; sign in again.");
    }
    return identity::Principal::operatorAccount(member.userId, member.sessionId, *role);
}

identity::Principal Authenticator::supportView(const identity::Principal& view) const
{
    auto account = view;
    account.tenantId = std::string(identity::platformTenantId);
    account.supportGrantId.clear();
    if (!sessions_.liveRole(account)) {
        throw ApiError(ErrorCode::Unauthenticated, "The operator's session has ended; sign in again.");
    }
    // Asked here as well as in each transaction: some routes read without one of the caller's.
    const bool granted = database_.inTenant(view.tenantId, [&](db::Transaction& tx) {
        return support::SupportGrantStore::isActive(tx, view.supportGrantId);
    });
    if (!granted) {
        throw ApiError(ErrorCode::Unauthenticated, "The tenant's support access grant has ended.");
    }
    return view;
}

std::optional<apikeys::KeyIdentity> Authenticator::refusedKey(const http::RequestContext& ctx) const
{
    const auto key = presentedKey(ctx);
    return key.empty() ? std::nullopt : keys_.identify(key);
}

void Authenticator::confirmActor(db::Transaction& tx, identity::Caller& caller) const
{
    auto& principal = caller.principal;
    if (principal.isSupportView()) {
        // Reads as an admin for as long as the grant lasts; the session was checked on the way in.
        if (!support::SupportGrantStore::isActive(tx, principal.supportGrantId)) {
            throw ApiError(ErrorCode::Unauthenticated, "The tenant's support access grant has ended.");
        }
    } else if (principal.isUser()) {
        const auto role = sessions_.activeRole(tx, principal);
        if (!role) {
            throw ApiError(ErrorCode::Unauthenticated, "The session has ended; sign in again.");
        }
        principal.role = *role;
    } else if (principal.isApiKey()) {
        const auto role = SessionStore::activeKeyOwnerRole(tx, principal.apiKeyId);
        if (!role) {
            throw ApiError(ErrorCode::Unauthenticated, "The API key is not valid.");
        }
        principal.role = (principal.scopes & identity::ScopeAdmin) ? *role : Role::User;
    } else {
        return;
    }
    if (principal.role < caller.requiredRole) {
        throw ApiError(ErrorCode::Forbidden, "Your role does not allow this.");
    }
}

} // namespace aih::auth
