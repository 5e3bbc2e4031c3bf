// SPDX-License-Identifier: Apache-2.0
#include "saml/SamlServiceProvider.h"

#include "saml/SamlError.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Exception.h>
#include <iterator>
#include <libxml/xmlerror.h>
#include <sstream>

namespace aih::saml {
namespace {

/// libxml2 reports parse errors of the attacker's document per thread; they are ours to refuse,
/// not to print.
void ignoreXmlError(void* /*context*/, xmlErrorPtr /*error*/) {}

constexpr std::size_t maxDocumentBytes = std::size_t{384} * 1024;

/// Whether `text` is the base64 of an XML document, as the HTTP-POST binding sends it. Lasso
/// guesses the binding from the decoded text, and text without `<` would send it down its
/// query path (which inflates up to 20 times the input) before refusing it.
bool isPostedDocument(const std::string& text)
{
    // Poco's decoder refuses any character outside the base64 alphabet (whitespace aside).
    std::string decoded;
    try {
        std::istringstream encoded(text);
        Poco::Base64Decoder decoder(encoded);
        decoded.assign(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
    } catch (const Poco::Exception&) {
        return false;
    }
    const auto start = decoded.find_first_not_of(" \t\r\n");
    return start != std::string::npos && decoded[start] == '<' && decoded.size() <= maxDocumentBytes &&
           decoded.find('\0') == std::string::npos;
}

std::string lassoFailure(const char* step, int rc)
{
    return std::string(step) + ": " + lasso_strerror(rc) + " (Lasso " + std::to_string(rc) + ")";
}

} // namespace

SamlServiceProvider::SamlServiceProvider(ServiceProvider sp, const std::string& idpMetadata)
    : sp_(std::move(sp))
{
    xmlSetStructuredErrorFunc(nullptr, ignoreXmlError);
    const auto metadata = serviceProviderMetadata(sp_);
    server_.reset(lasso_server_new_from_buffers(metadata.c_str(), nullptr, nullptr, nullptr));
    if (!server_) {
        throw SamlError("the service provider's metadata was refused by Lasso");
    }
    const int rc = lasso_server_add_provider_from_buffer(server_.get(), LASSO_PROVIDER_ROLE_IDP,
                                                         idpMetadata.c_str(), nullptr, nullptr);
    if (rc != 0) {
        throw SamlError(lassoFailure("the identity provider's metadata", rc));
    }
}

std::string SamlServiceProvider::signInUrl(const std::string& requestId, const std::string& relayState) const
{
    const LoginPtr login(lasso_login_new(server_.get()));
    // Requests go unsigned (the metadata says so); else Lasso looks for a key to sign with.
    lasso_profile_set_signature_hint(LASSO_PROFILE(login.get()), LASSO_PROFILE_SIGNATURE_HINT_FORBID);
    int rc = lasso_login_init_authn_request(login.get(), nullptr, LASSO_HTTP_METHOD_REDIRECT);
    if (rc != 0) {
        throw SamlError(lassoFailure("the authentication request", rc));
    }
    auto* request = LASSO_SAMLP2_AUTHN_REQUEST(LASSO_PROFILE(login.get())->request);
    assign(LASSO_SAMLP2_REQUEST_ABSTRACT(request)->ID, requestId.c_str());
    request->IsPassive = FALSE;
    request->NameIDPolicy->AllowCreate = TRUE;
    assign(request->NameIDPolicy->Format, LASSO_SAML2_NAME_IDENTIFIER_FORMAT_EMAIL);
    assign(request->AssertionConsumerServiceURL, sp_.acsUrl.c_str());
    assign(request->ProtocolBinding, LASSO_SAML2_METADATA_BINDING_POST);
    assign(LASSO_PROFILE(login.get())->msg_relayState, relayState.c_str());
    rc = lasso_login_build_authn_request_msg(login.get());
    if (rc != 0 || LASSO_PROFILE(login.get())->msg_url == nullptr) {
        throw SamlError(lassoFailure("the authentication request", rc));
    }
    return LASSO_PROFILE(login.get())->msg_url;
}

AssertionContent SamlServiceProvider::readResponse(const std::string& samlResponse,
                                                   const ResponseExpectations& expected) const
{
    if (samlResponse.size() > maxDocumentBytes * 4 / 3 + 4096 || !isPostedDocument(samlResponse)) {
        throw SamlError("the SAMLResponse is not the base64 of an XML document");
    }
    xmlSetStructuredErrorFunc(nullptr, ignoreXmlError);
    const LoginPtr login(lasso_login_new(server_.get()));
    const int rc =
        lasso_login_process_authn_response_msg(login.get(), const_cast<char*>(samlResponse.c_str()));
    if (rc != 0) {
        throw SamlError(lassoFailure("the response", rc));
    }
    auto* response = LASSO_SAMLP2_RESPONSE(LASSO_PROFILE(login.get())->response);
    if (response == nullptr || g_list_length(response->Assertion) != 1 ||
        response->EncryptedAssertion != nullptr) {
        // Lasso takes the last of several assertions; one answer has one.
        throw SamlError("the response must hold exactly one plain assertion");
    }
    const auto* status = LASSO_SAMLP2_STATUS_RESPONSE(response);
    if (status->Destination == nullptr || sp_.acsUrl != status->Destination) {
        throw SamlError("the response's Destination is not this connection's ACS URL");
    }
    if (status->InResponseTo == nullptr || expected.requestId != status->InResponseTo) {
        throw SamlError("the response does not answer this sign-in's request (InResponseTo)");
    }
    auto* assertion = LASSO_NODE(response->Assertion->data);
    AssertionExpectations checks;
    checks.audience = sp_.entityId;
    checks.recipient = sp_.acsUrl;
    checks.requestId = expected.requestId;
    checks.now = expected.now;
    checks.skewSeconds = expected.skewSeconds;
    return checkAssertion(lasso_node_get_original_xmlnode(assertion), checks);
}

} // namespace aih::saml
