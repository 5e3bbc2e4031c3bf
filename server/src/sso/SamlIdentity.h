// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "saml/SamlAssertion.h"
#include "sso/ProviderIdentity.h"

#include <string>

namespace aih::sso {

/// Who an accepted SAML assertion says signed in. The subject is the NameID. The address is the
/// NameID when its format is emailAddress, else the first of the attributes Okta, Entra ID,
/// Google and LDAP-style providers send it in; likewise the display name. Groups are the values
/// of the attribute `groupsAttribute` (the connection's groups claim). Throws saml::SamlError for
/// a transient NameID, which changes at every sign-in.
ProviderIdentity samlIdentity(const saml::AssertionContent& assertion, const std::string& issuer,
                              const std::string& groupsAttribute);

} // namespace aih::sso
