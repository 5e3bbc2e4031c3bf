// SPDX-License-Identifier: Apache-2.0
#include "saml/SamlMetadata.h"

#include "saml/Lasso.h"
#include "saml/SamlError.h"
#include "saml/SamlXml.h"
#include "util/MarkupEscape.h"

namespace aih::saml {
namespace {

constexpr int maxSigningKeys = 4;

/// The certificates the descriptor signs with (a KeyDescriptor without `use` serves both
/// purposes). Throws for a `use` Lasso would ignore, which would leave no key to verify with.
int signingCertificates(const xmlNode* descriptor)
{
    int count = 0;
    for (const auto* key : xml::children(descriptor, xml::metadataNs, "KeyDescriptor")) {
        const auto use = xml::attribute(key, "use");
        if (use == "encryption") {
            continue;
        }
        if (!use.empty() && use != "signing") {
            throw SamlError("has a KeyDescriptor whose use is neither signing nor encryption");
        }
        for (const auto* info : xml::children(key, xml::signatureNs, "KeyInfo")) {
            for (const auto* data : xml::children(info, xml::signatureNs, "X509Data")) {
                count += static_cast<int>(xml::children(data, xml::signatureNs, "X509Certificate").size());
            }
        }
    }
    return count;
}

/// The browser is sent there: a web address, nothing a client could run or open locally.
void checkSignOnUrl(const std::string& url)
{
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!web || url.size() > 2048) {
        throw SamlError("has a SingleSignOnService Location that is not an http(s) URL of at most 2048 "
                        "characters");
    }
    for (const char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            throw SamlError("has a SingleSignOnService Location with spaces or control characters");
        }
    }
}

} // namespace

std::string serviceProviderMetadata(const ServiceProvider& sp)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"" +
           util::escapeMarkup(sp.entityId) +
           "\">\n"
           "  <md:SPSSODescriptor AuthnRequestsSigned=\"false\" WantAssertionsSigned=\"true\" "
           "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
           "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n"
           "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>\n"
           "    <md:AssertionConsumerService index=\"0\" isDefault=\"true\" "
           "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"" +
           util::escapeMarkup(sp.acsUrl) +
           "\"/>\n"
           "  </md:SPSSODescriptor>\n"
           "</md:EntityDescriptor>\n";
}

IdentityProvider readIdentityProvider(const std::string& metadataXml)
{
    const auto document = xml::parse(metadataXml);
    const xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!xml::isElement(root, xml::metadataNs, "EntityDescriptor")) {
        throw SamlError("is not a SAML 2.0 metadata document with one EntityDescriptor");
    }
    // Lasso 2.8.1 dereferences a missing protocolSupportEnumeration of any role descriptor (a
    // crash found by fuzz/saml.cpp): such metadata never reaches it.
    for (const auto* child : xml::elementChildren(root)) {
        const std::string_view name(reinterpret_cast<const char*>(child->name));
        const bool lassoReads = name == "IDPSSODescriptor" || name == "SPSSODescriptor" ||
                                name == "AttributeAuthorityDescriptor" || name == "PDPDescriptor" ||
                                name == "AuthnAuthorityDescriptor";
        if (lassoReads && !xml::hasAttribute(child, "protocolSupportEnumeration")) {
            throw SamlError("has a role descriptor without protocolSupportEnumeration");
        }
    }
    const auto descriptors = xml::children(root, xml::metadataNs, "IDPSSODescriptor");
    if (descriptors.size() != 1) {
        throw SamlError("must describe one identity provider (IDPSSODescriptor)");
    }
    // Every answer is checked against each signing key in turn: a few allow a key rollover, and
    // a metadata full of them would make every sign-in costly.
    const int signingKeys = signingCertificates(descriptors.front());
    if (signingKeys == 0) {
        throw SamlError("names no signing certificate (KeyDescriptor with an X509Certificate)");
    }
    if (signingKeys > maxSigningKeys) {
        throw SamlError("names more than 4 signing certificates");
    }
    const ProviderPtr provider(
        lasso_provider_new_from_buffer(LASSO_PROVIDER_ROLE_IDP, metadataXml.c_str(), nullptr, nullptr));
    if (!provider || provider->ProviderID == nullptr || *provider->ProviderID == '\0') {
        throw SamlError("is not usable SAML 2.0 identity provider metadata");
    }
    const GText signOn(lasso_provider_get_metadata_one_for_role(provider.get(), LASSO_PROVIDER_ROLE_IDP,
                                                                "SingleSignOnService HTTP-Redirect"));
    if (!signOn || *signOn == '\0') {
        throw SamlError("has no SingleSignOnService for the HTTP-Redirect binding");
    }
    const GText wantsSigned(lasso_provider_get_metadata_one_for_role(provider.get(), LASSO_PROVIDER_ROLE_IDP,
                                                                     "WantAuthnRequestsSigned"));
    if (wantsSigned && std::string_view(wantsSigned.get()) == "true") {
        throw SamlError("wants signed authentication requests, which this service provider does not send; "
                        "turn that off at the identity provider");
    }
    IdentityProvider idp;
    idp.entityId = provider->ProviderID;
    idp.signOnUrl = signOn.get();
    checkSignOnUrl(idp.signOnUrl);
    if (idp.entityId.size() > 512) {
        throw SamlError("has an entity id longer than 512 characters");
    }
    return idp;
}

} // namespace aih::saml
