// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::saml {

/// This server as the service provider of one connection.
struct ServiceProvider
{
    std::string entityId; ///< also the URL its metadata is published at
    std::string acsUrl;   ///< where the identity provider posts its answer (HTTP-POST binding)
};

/// What a connection needs from its identity provider's metadata.
struct IdentityProvider
{
    std::string entityId;
    std::string signOnUrl; ///< its SingleSignOnService for the HTTP-Redirect binding
};

/// The service provider's metadata: assertions must be signed, requests are not (no key of
/// ours to publish or rotate), the NameID is asked for as an email address, and answers come
/// to one HTTP-POST assertion consumer service.
std::string serviceProviderMetadata(const ServiceProvider& sp);

/// Reads an identity provider's metadata as an admin pasted it (one EntityDescriptor with an
/// IDPSSODescriptor). Throws SamlError, saying what is wrong, when it has no entity id, no
/// http(s) HTTP-Redirect sign-on endpoint, no signing certificate or more than four, or wants
/// signed requests.
IdentityProvider readIdentityProvider(const std::string& metadataXml);

} // namespace aih::saml
