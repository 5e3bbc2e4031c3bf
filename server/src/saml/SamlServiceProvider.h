// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "saml/Lasso.h"
#include "saml/SamlAssertion.h"
#include "saml/SamlMetadata.h"

#include <string>

namespace aih::saml {

/// What the identity provider's answer must match, besides the connection itself.
struct ResponseExpectations
{
    std::string requestId; ///< the AuthnRequest's ID, which the Response must be InResponseTo
    std::int64_t now = 0;
    int skewSeconds = 60;
};

/// This server as the SAML service provider of one connection, with that connection's identity
/// provider (Lasso holds the provider's signing keys from its metadata, and no other provider,
/// so another tenant's identity provider cannot answer). Built for each use: sign-ins are rare
/// and a Lasso server is not shared between threads.
class SamlServiceProvider
{
public:
    /// Throws SamlError when the identity provider's metadata is not usable.
    SamlServiceProvider(ServiceProvider sp, const std::string& idpMetadata);

    /// The identity provider's sign-on URL with a deflated AuthnRequest (HTTP-Redirect binding)
    /// whose ID is `requestId`, asking for the answer at our ACS by HTTP-POST, and `relayState`.
    std::string signInUrl(const std::string& requestId, const std::string& relayState) const;

    /// Checks the base64 `SAMLResponse` of the HTTP-POST binding: Lasso verifies the signatures
    /// (keys from the metadata only; a signature must cover the element it sits in, so wrapping
    /// attacks fail) and the status; then exactly one assertion, our Destination and request id
    /// on the Response, and checkAssertion. Throws SamlError naming the failed check.
    AssertionContent readResponse(const std::string& samlResponse,
                                  const ResponseExpectations& expected) const;

private:
    ServiceProvider sp_;
    ServerPtr server_;
};

} // namespace aih::saml
