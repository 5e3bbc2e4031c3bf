// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aih::sso {

/// A provider that cannot be used as configured, and why: for the tenant admin setting the
/// connection up and for the log, never for the person signing in.
class ProviderError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// What a relying party needs from an OpenID Provider's discovery document.
struct ProviderMetadata
{
    std::string issuer;
    std::string authorizationEndpoint;
    std::string tokenEndpoint;
    std::string jwksUri;
    /// Of the ID-token algorithms we verify (RS256, ES256), those the provider says it uses.
    std::vector<std::string> signingAlgorithms;
    /// RFC 9207: the authorization response carries `iss`, and must then be checked.
    bool issParameterSupported = false;
};

/// The URL of the discovery document of `issuer` (OpenID Connect Discovery 1.0 §4).
std::string discoveryUrl(const std::string& issuer);

/// Reads a discovery document (at most 64 KiB) and checks it against the connection: `issuer`
/// exactly equal to the configured one (§4.3: else a provider could speak for another), the
/// three endpoints present as http(s) URLs, the code flow offered, S256 among the PKCE methods
/// when any are listed, and RS256 or ES256 among the ID-token algorithms. Throws ProviderError.
ProviderMetadata parseDiscovery(std::string_view json, const std::string& expectedIssuer);

} // namespace aih::sso
