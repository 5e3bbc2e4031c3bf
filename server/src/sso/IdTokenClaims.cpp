// SPDX-License-Identifier: Apache-2.0
#include "sso/IdTokenClaims.h"

#include "crypto/Secrets.h"

#include <Poco/JSON/Array.h>
#include <algorithm>
#include <cmath>

namespace aih::sso {
namespace {

constexpr std::int64_t maxSkewSeconds = 300;
constexpr std::size_t maxSubjectLength = 255;

[[noreturn]] void reject(const std::string& why)
{
    throw IdTokenRejected(why);
}

std::string requiredText(const Poco::JSON::Object& claims, const std::string& name)
{
    const auto value = claims.get(name);
    if (!value.isString() || value.extract<std::string>().empty()) {
        reject("the " + name + " claim is missing or not a string");
    }
    return value.extract<std::string>();
}

std::string optionalText(const Poco::JSON::Object& claims, const std::string& name)
{
    const auto value = claims.get(name);
    return value.isString() ? value.extract<std::string>() : std::string();
}

/// A NumericDate: a JSON number (not a string), finite, within what a 64-bit second can hold.
/// `1e300` cast to an integer would be undefined behaviour, so the range is checked as a double.
std::int64_t seconds(const Poco::JSON::Object& claims, const std::string& name)
{
    const auto value = claims.get(name);
    if (value.isEmpty() || value.isString() || !value.isNumeric()) {
        reject("the " + name + " claim is missing or not a number");
    }
    const auto number = value.convert<double>();
    if (!std::isfinite(number) || number < 0 || number > 1e12) {
        reject("the " + name + " claim is out of range");
    }
    return static_cast<std::int64_t>(number);
}

bool audienceNames(const Poco::JSON::Object& claims, const std::string& clientId, std::size_t& audiences)
{
    const auto value = claims.get("aud");
    if (value.isString()) {
        audiences = 1;
        return value.extract<std::string>() == clientId;
    }
    const auto list = claims.getArray("aud");
    if (!list || list->size() == 0) {
        reject("the aud claim is missing");
    }
    audiences = list->size();
    bool found = false;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto entry = list->get(static_cast<unsigned>(i));
        if (!entry.isString()) {
            reject("the aud claim holds a value that is not a string");
        }
        found = found || entry.extract<std::string>() == clientId;
    }
    return found;
}

std::vector<std::string> groupsOf(const Poco::JSON::Object& claims, const std::string& name)
{
    std::vector<std::string> groups;
    if (const auto list = claims.getArray(name)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto entry = list->get(static_cast<unsigned>(i));
            if (entry.isString()) {
                groups.push_back(entry.extract<std::string>());
            }
        }
    } else if (const auto single = claims.get(name); single.isString()) {
        groups.push_back(single.extract<std::string>());
    }
    return groups;
}

} // namespace

ProviderIdentity checkIdTokenClaims(const Poco::JSON::Object& claims, const IdTokenExpectations& expected)
{
    const auto skew = std::clamp<std::int64_t>(expected.clockSkewSeconds, 0, maxSkewSeconds);
    const auto issuer = requiredText(claims, "iss");
    if (issuer != expected.issuer) {
        reject("the token was issued by " + issuer + ", not " + expected.issuer);
    }
    std::size_t audiences = 0;
    if (!audienceNames(claims, expected.clientId, audiences)) {
        reject("the token is not for this client (aud)");
    }
    const auto azp = optionalText(claims, "azp");
    if ((audiences > 1 || claims.has("azp")) && azp != expected.clientId) {
        reject("the token's authorized party (azp) is not this client");
    }
    if (expected.now > seconds(claims, "exp") + skew) {
        reject("the token has expired");
    }
    const auto issuedAt = seconds(claims, "iat");
    if (issuedAt > expected.now + skew) {
        reject("the token is issued in the future");
    }
    if (issuedAt < expected.now - expected.maxAgeSeconds - skew) {
        reject("the token was issued too long ago");
    }
    if (claims.has("nbf") && seconds(claims, "nbf") > expected.now + skew) {
        reject("the token is not valid yet (nbf)");
    }
    // Compared without an early exit: the nonce is this sign-in's secret until it completes.
    const auto nonce = optionalText(claims, "nonce");
    if (expected.nonce.empty() || !crypto::constantTimeEquals(nonce, expected.nonce)) {
        reject("the token's nonce is not this sign-in's");
    }
    ProviderIdentity identity;
    identity.issuer = issuer;
    identity.subject = requiredText(claims, "sub");
    if (identity.subject.size() > maxSubjectLength) {
        reject("the sub claim is over 255 characters");
    }
    identity.email = optionalText(claims, "email");
    const auto verified = claims.get("email_verified");
    // Some providers send the flag as the string "true"; anything else is not a verification.
    identity.emailVerified = (verified.isBoolean() && verified.extract<bool>()) ||
                             (verified.isString() && verified.extract<std::string>() == "true");
    identity.name = optionalText(claims, "name");
    identity.groups = groupsOf(claims, expected.groupsClaim);
    return identity;
}

} // namespace aih::sso
