// SPDX-License-Identifier: Apache-2.0
#include "sso/OidcDiscovery.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <algorithm>

namespace aih::sso {
namespace {

constexpr std::size_t maxDocumentBytes = std::size_t{64} * 1024;

std::string endpoint(const Poco::JSON::Object& document, const std::string& name)
{
    const auto value = document.get(name);
    if (!value.isString()) {
        throw ProviderError("the discovery document has no " + name);
    }
    auto url = value.extract<std::string>();
    if (url.size() > 2048 || (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)) {
        throw ProviderError("the discovery document's " + name + " is not an http(s) URL");
    }
    return url;
}

std::vector<std::string> strings(const Poco::JSON::Object& document, const std::string& name)
{
    std::vector<std::string> values;
    const auto list = document.getArray(name);
    if (!list) {
        return values;
    }
    for (unsigned i = 0; i < list->size() && i < 64; ++i) {
        if (list->get(i).isString()) {
            values.push_back(list->get(i).extract<std::string>());
        }
    }
    return values;
}

bool lists(const std::vector<std::string>& values, std::string_view value)
{
    return std::ranges::find(values, value) != values.end();
}

} // namespace

std::string discoveryUrl(const std::string& issuer)
{
    auto base = issuer;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    return base + "/.well-known/openid-configuration";
}

ProviderMetadata parseDiscovery(std::string_view json, const std::string& expectedIssuer)
{
    if (json.size() > maxDocumentBytes) {
        throw ProviderError("the discovery document is over 64 KiB");
    }
    Poco::JSON::Object::Ptr document;
    try {
        document = Poco::JSON::Parser().parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
        throw ProviderError("the discovery document is not a JSON object");
    }
    if (!document) {
        throw ProviderError("the discovery document is not a JSON object");
    }
    ProviderMetadata metadata;
    const auto issuer = document->get("issuer");
    if (!issuer.isString() || issuer.extract<std::string>() != expectedIssuer) {
        throw ProviderError("the discovery document names another issuer than " + expectedIssuer);
    }
    metadata.issuer = expectedIssuer;
    metadata.authorizationEndpoint = endpoint(*document, "authorization_endpoint");
    metadata.tokenEndpoint = endpoint(*document, "token_endpoint");
    metadata.jwksUri = endpoint(*document, "jwks_uri");

    const auto responseTypes = strings(*document, "response_types_supported");
    if (!lists(responseTypes, "code")) {
        throw ProviderError("the provider does not offer the authorization code flow");
    }
    const auto pkceMethods = strings(*document, "code_challenge_methods_supported");
    if (document->has("code_challenge_methods_supported") && !lists(pkceMethods, "S256")) {
        throw ProviderError("the provider does not support PKCE with S256");
    }
    // Absent, the default is RS256 alone (Discovery §3 makes the list required; be lenient).
    auto algorithms = strings(*document, "id_token_signing_alg_values_supported");
    if (!document->has("id_token_signing_alg_values_supported")) {
        algorithms = {"RS256"};
    }
    for (const auto* supported : {"RS256", "ES256"}) {
        if (lists(algorithms, supported)) {
            metadata.signingAlgorithms.emplace_back(supported);
        }
    }
    if (metadata.signingAlgorithms.empty()) {
        throw ProviderError("the provider signs ID tokens with neither RS256 nor ES256");
    }
    const auto issParameter = document->get("authorization_response_iss_parameter_supported");
    metadata.issParameterSupported = issParameter.isBoolean() && issParameter.extract<bool>();
    return metadata;
}

} // namespace aih::sso
