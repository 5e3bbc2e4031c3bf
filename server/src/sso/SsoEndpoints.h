// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "saml/SamlMetadata.h"

#include <string>

namespace aih::sso {

/// The addresses identity providers know this server by, all under its public URL.
struct SsoEndpoints
{
    std::string publicUrl;

    /// Where OpenID providers send browsers back (registered as the redirect URI).
    std::string oidcCallback() const { return publicUrl + "/api/auth/sso/oidc/callback"; }
    /// SAML: the assertion consumer service every connection shares (its RelayState names the
    /// sign-in), and each connection's entity id, which is also where its metadata is published.
    std::string samlAcs() const { return publicUrl + "/api/auth/sso/saml/acs"; }
    std::string samlEntityId(const std::string& connectionId) const
    {
        return publicUrl + "/api/auth/sso/saml/metadata/" + connectionId;
    }
    saml::ServiceProvider serviceProvider(const std::string& connectionId) const
    {
        return {samlEntityId(connectionId), samlAcs()};
    }
};

} // namespace aih::sso
