// SPDX-License-Identifier: Apache-2.0
// Fuzz target `saml`: what a tenant's SAML identity provider (or anyone posting to the ACS) sends.
// The first byte chooses:
//   0 mod 3: the rest is identity-provider metadata, for readIdentityProvider;
//   1 mod 3: the rest is an assertion document, for checkAssertion on its root element;
//   2 mod 3: the rest is a SAMLResponse (base64 added here) for SamlServiceProvider::readResponse,
//            with a fixed identity provider, so Lasso's parser and our checks run on it.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but SamlError escapes;
//  - accepted metadata has an entity id of at most 512 bytes and a sign-on URL;
//  - an accepted assertion has an id and a NameID of at most 255 bytes and is valid now;
//  - no response is accepted (nothing here holds the identity provider's key).
#include "saml/Lasso.h"
#include "saml/SamlAssertion.h"
#include "saml/SamlError.h"
#include "saml/SamlMetadata.h"
#include "saml/SamlServiceProvider.h"
#include "saml/SamlXml.h"

#include <Poco/Base64Encoder.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

using namespace aih::saml;

namespace {

constexpr std::int64_t now = 1'800'000'000;

// A metadata document whose certificate is a throwaway one: its key signs nothing here.
const std::string idpMetadata =
    R"(<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.test/metadata"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIBhDCCASmgAwIBAgIUe7O/QNIuVpcU2jq/bcG4FOAEITQwCgYIKoZIzj0EAwIwFzEVMBMGA1UEAwwMYWloLWZ1enotaWRwMB4XDTI2MTIwNTAyNDIyMloXDTM2MTIwMjAyNDIyMlowFzEVMBMGA1UEAwwMYWloLWZ1enotaWRwMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAExlLjWuHinuPsbc9YNuh+7lirscKHhbA6D43xTIo8XawIJRreH200P+rB3iMkN5Txvofqtx6+qeOwl345eJU6bKNTMFEwHQYDVR0OBBYEFPCMT97A3F4BPNYwHCxrZwGHvPccMB8GA1UdIwQYMBaAFPCMT97A3F4BPNYwHCxrZwGHvPccMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAKbTd+tglLwFZJi2ajhMc7azWyBcKvHo5qS48PeYvsNwAiEA6cGWcftC0c8L45h25ZGAF2Jp5tIuTxKnY8fPC/bNNDQ=</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>)";

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void metadata(const std::string& text)
{
    try {
        const auto idp = readIdentityProvider(text);
        require(!idp.entityId.empty() && idp.entityId.size() <= 512, "accepted metadata has a bad entity id");
        require(!idp.signOnUrl.empty(), "accepted metadata has no sign-on URL");
    } catch (const SamlError&) {
    }
}

void assertion(const std::string& text)
{
    const auto document = xml::parse(text);
    if (!document) {
        return;
    }
    AssertionExpectations expected;
    expected.audience = "https://sp.example.test/metadata";
    expected.recipient = "https://sp.example.test/acs";
    expected.requestId = "_request";
    expected.now = now;
    try {
        const auto content = checkAssertion(xmlDocGetRootElement(document.get()), expected);
        require(!content.id.empty() && !content.nameId.empty() && content.nameId.size() <= 255,
                "accepted assertion without id or NameID");
        require(content.validUntil > now, "accepted assertion already expired");
    } catch (const SamlError&) {
    }
}

void response(const std::string& text)
{
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);
    encoder << text;
    encoder.close();
    static const SamlServiceProvider sp({"https://sp.example.test/metadata", "https://sp.example.test/acs"},
                                        idpMetadata);
    ResponseExpectations expected;
    expected.requestId = "_request";
    expected.now = now;
    try {
        sp.readResponse(encoded.str(), expected);
        require(false, "a response was accepted without the identity provider's key");
    } catch (const SamlError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    lasso_init();
    lasso_set_flag(const_cast<char*>("verify-signature"));
    g_log_set_handler(
        "Lasso", static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL),
        [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {}, nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0 || size > 64 * 1024) {
        return 0;
    }
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        metadata(text);
        break;
    case 1:
        assertion(text);
        break;
    default:
        response(text);
        break;
    }
    return 0;
}
