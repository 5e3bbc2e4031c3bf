// SPDX-License-Identifier: Apache-2.0
// Fuzz target `oidc`: what an OpenID Provider chosen by a tenant sends besides keys and tokens.
// Input whose first byte is even is a discovery document for parseDiscovery; odd, the claims of
// an ID token (a JSON object) for checkIdTokenClaims.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but ProviderError (discovery) or IdTokenRejected (claims) escapes;
//  - an accepted discovery document names the expected issuer and http(s) endpoints;
//  - accepted claims name the expected issuer and a subject of at most 255 bytes.
#include "sso/IdTokenClaims.h"
#include "sso/OidcDiscovery.h"

#include <Poco/JSON/Parser.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace aih::sso;

namespace {

const std::string issuer = "https://login.acme.example";

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

bool httpUrl(const std::string& url)
{
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void discovery(const std::string& text)
{
    try {
        const auto metadata = parseDiscovery(text, issuer);
        require(metadata.issuer == issuer, "another issuer accepted");
        require(httpUrl(metadata.authorizationEndpoint) && httpUrl(metadata.tokenEndpoint) &&
                    httpUrl(metadata.jwksUri),
                "an endpoint that is not an http(s) URL");
        require(!metadata.signingAlgorithms.empty(), "no usable algorithm");
    } catch (const ProviderError&) {
    }
}

void claims(const std::string& text)
{
    Poco::JSON::Object::Ptr object;
    try {
        object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    } catch (...) {
        return; // not an object: the JWS layer never hands those over
    }
    if (!object) {
        return;
    }
    IdTokenExpectations expected;
    expected.issuer = issuer;
    expected.clientId = "aihd";
    expected.nonce = "n-0S6_WzA2Mj";
    expected.now = 1'800'000'000;
    try {
        const auto identity = checkIdTokenClaims(*object, expected);
        require(identity.issuer == issuer, "claims of another issuer accepted");
        require(!identity.subject.empty() && identity.subject.size() <= 255, "a bad subject accepted");
    } catch (const IdTokenRejected&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] % 2 == 0) {
        discovery(text);
    } else {
        claims(text);
    }
    return 0;
}
