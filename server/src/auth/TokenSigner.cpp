// SPDX-License-Identifier: Apache-2.0
#include "auth/TokenSigner.h"

#include "util/RandomUuid.h"

#include <Poco/JWT/JWTException.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>

namespace aih::auth {
namespace {

constexpr const char* issuer = "aihd";

} // namespace

TokenSigner::TokenSigner(std::string secret, std::chrono::seconds ttl) : secret_(std::move(secret)), ttl_(ttl)
{
}

std::string TokenSigner::issue(const identity::Principal& user) const
{
    Poco::JWT::Token token;
    token.setType("JWT");
    token.setIssuer(issuer);
    token.setSubject(user.userId);
    token.setIssuedAt(Poco::Timestamp());
    token.setExpiration(Poco::Timestamp() +
                        std::chrono::duration_cast<std::chrono::microseconds>(ttl_).count());
    token.setId(util::randomUuid());
    token.payload().set("tid", user.tenantId);
    token.payload().set("sid", user.sessionId);
    token.payload().set("role", std::string(roleName(user.role)));
    Poco::JWT::Signer signer(secret_);
    return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

std::optional<identity::Principal> TokenSigner::verify(const std::string& text) const
{
    try {
        // The signer accepts only HS256 by default, so "alg": "none" and key-confusion tricks fail.
        Poco::JWT::Signer signer(secret_);
        Poco::JWT::Token token;
        if (!signer.tryVerify(text, token)) {
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
        if (principal.userId.empty() || principal.tenantId.empty() || principal.sessionId.empty()) {
            return std::nullopt;
        }
        return principal;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

} // namespace aih::auth
