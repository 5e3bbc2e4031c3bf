// SPDX-License-Identifier: Apache-2.0
#include "sso/SamlIdentity.h"

#include "saml/SamlError.h"

#include <array>
#include <string_view>

namespace aih::sso {
namespace {

constexpr std::string_view emailFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
constexpr std::string_view transientFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

constexpr std::array emailAttributes = {
    std::string_view("email"),
    std::string_view("mail"),
    std::string_view("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
    std::string_view("urn:oid:0.9.2342.19200300.100.1.3"),
};
constexpr std::array nameAttributes = {
    std::string_view("displayName"),
    std::string_view("name"),
    std::string_view("http://schemas.microsoft.com/identity/claims/displayname"),
    std::string_view("urn:oid:2.16.840.1.113730.3.1.241"),
};

template <std::size_t N>
std::string firstValue(const saml::AssertionContent& assertion, const std::array<std::string_view, N>& names)
{
    for (const auto name : names) {
        const auto found = assertion.attributes.find(std::string(name));
        if (found != assertion.attributes.end() && !found->second.empty() && !found->second.front().empty()) {
            return found->second.front();
        }
    }
    return {};
}

} // namespace

ProviderIdentity samlIdentity(const saml::AssertionContent& assertion, const std::string& issuer,
                              const std::string& groupsAttribute)
{
    if (assertion.nameIdFormat == transientFormat) {
        // A transient NameID is new at every sign-in: it cannot name an account.
        throw saml::SamlError("the NameID is transient; have the identity provider send a persistent or "
                              "email NameID");
    }
    ProviderIdentity identity;
    identity.issuer = issuer;
    identity.subject = assertion.nameId;
    identity.email =
        assertion.nameIdFormat == emailFormat ? assertion.nameId : firstValue(assertion, emailAttributes);
    identity.emailVerified = !identity.email.empty();
    identity.name = firstValue(assertion, nameAttributes);
    if (const auto groups = assertion.attributes.find(groupsAttribute);
        groups != assertion.attributes.end()) {
        identity.groups = groups->second;
    }
    return identity;
}

} // namespace aih::sso
