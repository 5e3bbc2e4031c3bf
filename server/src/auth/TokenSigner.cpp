// SPDX-License-Identifier: Apache-2.0
#include "auth/TokenSigner.h"

#include "crypto/Secrets.h"
#include "util/RandomUuid.h"

#include <Poco/JWT/JWTException.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>

namespace aih::auth {
namespace {

constexpr const char* issuer = "aihd";

/// HS256 checked here, in constant time: Poco 1.11's Signer compares the signature with `!=`,
/// which stops at the first differing byte.
bool hasValidSignature(const std::string& text, const std::string& secret)
{
    const auto lastDot = text.rfind('.');
    if (lastDot == std::string::npos) {
        return false;
    }
    const std::string_view token(text);
    return crypto::constantTimeEquals(token.substr(lastDot + 1),
                                      crypto::hmacSha256Base64Url(secret, token.substr(0, lastDot)));
}

} // namespace

TokenSigner::TokenSigner(std::string secret, std::chrono::seconds ttl) : secret_(std::move(secret)), ttl_(ttl)
{
}

std::string TokenSigner::issue(const identity::Principal& user, std::chrono::seconds ttl) const
{
    Poco::JWT::Token token;
    token.setType("JWT");
    token.setIssuer(issuer);
    token.setSubject(user.userId);
    token.setIssuedAt(Poco::Timestamp());
    token.setExpiration(Poco::Timestamp() +
                        std::chrono::duration_cast<std::chrono::microseconds>(ttl).count());
    token.setId(util::randomUuid());
    token.payload().set("tid", user.tenantId);
    token.payload().set("sid", user.sessionId);
    token.payload().set("role", std::string(roleName(user.role)));
    if (user.mfaEnrolmentOnly) {
        token.payload().set("mfa", "enrol");
    }
    if (!user.supportGrantId.empty()) {
        token.payload().set("sga", user.supportGrantId);
    }
    Poco::JWT::Signer signer(secret_);
    return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

std::optional<identity::Principal> TokenSigner::verify(const std::string& text) const
{
    try {
        // Only HS256 under our secret passes, so "alg": "none" and key-confusion tricks fail.
        if (!hasValidSignature(text, secret_)) {
            return std::nullopt;
        }
        const Poco::JWT::Token token(text);
        if (token.getAlgorithm() != Poco::JWT::Signer::ALGO_HS256) {
            return std::nullopt;
        }
        if (token.getIssuer() != issuer || token.getExpiration() <= Poco::Timestamp()) {
            return std::nullopt;
        }
        const auto role = roleFromName(token.payload().optValue<std::string>("role", ""));
        if (!role) {
            return std::nullopt;
        }
        identity::Principal principal;
        principal.kind = identity::Principal::Kind::User;
        principal.userId = token.getSubject();
        principal.tenantId = token.payload().optValue<std::string>("tid", "");
        principal.sessionId = token.payload().optValue<std::string>("sid", "");
        principal.role = *role;
        principal.mfaEnrolmentOnly = token.payload().optValue<std::string>("mfa", "") == "enrol";
        principal.supportGrantId = token.payload().optValue<std::string>("sga", "");
        if (principal.userId.empty() || principal.tenantId.empty() || principal.sessionId.empty()) {
            return std::nullopt;
        }
        return principal;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

} // namespace aih::auth
