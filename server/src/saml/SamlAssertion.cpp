// SPDX-License-Identifier: Apache-2.0
#include "saml/SamlAssertion.h"

#include "saml/SamlError.h"
#include "saml/SamlXml.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <algorithm>
#include <array>
#include <regex>
#include <string_view>

namespace aih::saml {
namespace {

constexpr std::string_view bearer = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

void require(bool condition, const char* failure)
{
    if (!condition) {
        throw SamlError(failure);
    }
}

/// The assertion's own enveloped signature (Lasso has verified it, and that it covers this
/// element), and its algorithms: SHA-1 is collision-broken; Lasso verifies RSA only.
void checkOwnSignature(const xmlNode* assertion)
{
    const auto signatures = xml::children(assertion, xml::signatureNs, "Signature");
    require(signatures.size() == 1, "the assertion is not signed itself");
    const auto signedInfo = xml::children(signatures.front(), xml::signatureNs, "SignedInfo");
    require(signedInfo.size() == 1, "the assertion's signature has no SignedInfo");
    static constexpr std::array strongSignatures = {
        std::string_view("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
        std::string_view("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384"),
        std::string_view("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"),
    };
    static constexpr std::array strongDigests = {
        std::string_view("http://www.w3.org/2001/04/xmlenc#sha256"),
        std::string_view("http://www.w3.org/2001/04/xmldsig-more#sha384"),
        std::string_view("http://www.w3.org/2001/04/xmlenc#sha512"),
    };
    const auto methods = xml::children(signedInfo.front(), xml::signatureNs, "SignatureMethod");
    require(methods.size() == 1 &&
                std::ranges::find(strongSignatures, xml::attribute(methods.front(), "Algorithm")) !=
                    strongSignatures.end(),
            "the assertion is signed with a weak or unknown algorithm (SHA-256 or stronger is required)");
    const auto references = xml::children(signedInfo.front(), xml::signatureNs, "Reference");
    require(!references.empty(), "the assertion's signature has no reference");
    for (const auto* reference : references) {
        const auto digests = xml::children(reference, xml::signatureNs, "DigestMethod");
        require(digests.size() == 1 &&
                    std::ranges::find(strongDigests, xml::attribute(digests.front(), "Algorithm")) !=
                        strongDigests.end(),
                "the assertion's digest is weak or unknown (SHA-256 or stronger is required)");
    }
}

/// Each optional bound, with the skew: NotBefore <= now < NotOnOrAfter.
void checkTimeBounds(const xmlNode* element, const AssertionExpectations& expected, const char* what)
{
    if (xml::hasAttribute(element, "NotBefore")) {
        const auto notBefore = parseInstant(xml::attribute(element, "NotBefore"), what);
        if (expected.now + expected.skewSeconds < notBefore) {
            throw SamlError(std::string(what) + " is not valid yet (NotBefore)");
        }
    }
    if (xml::hasAttribute(element, "NotOnOrAfter")) {
        const auto notOnOrAfter = parseInstant(xml::attribute(element, "NotOnOrAfter"), what);
        if (expected.now - expected.skewSeconds >= notOnOrAfter) {
            throw SamlError(std::string(what) + " has expired (NotOnOrAfter)");
        }
    }
}

/// SAML Profiles §4.1.4.2: at least one bearer confirmation for our ACS, answering our request,
/// with an expiry. Returns that expiry.
std::int64_t checkSubjectConfirmation(const xmlNode* subject, const AssertionExpectations& expected)
{
    std::string failure = "the assertion has no bearer SubjectConfirmation";
    for (const auto* confirmation : xml::children(subject, xml::assertionNs, "SubjectConfirmation")) {
        if (xml::attribute(confirmation, "Method") != bearer) {
            continue;
        }
        const auto data = xml::children(confirmation, xml::assertionNs, "SubjectConfirmationData");
        if (data.size() != 1) {
            failure = "the bearer SubjectConfirmation has no SubjectConfirmationData";
            continue;
        }
        if (xml::attribute(data.front(), "Recipient") != expected.recipient) {
            failure = "the assertion's Recipient is not this connection's ACS URL";
            continue;
        }
        if (xml::attribute(data.front(), "InResponseTo") != expected.requestId) {
            failure = "the assertion does not answer this sign-in's request (InResponseTo)";
            continue;
        }
        if (!xml::hasAttribute(data.front(), "NotOnOrAfter")) {
            failure = "the bearer SubjectConfirmationData has no NotOnOrAfter";
            continue;
        }
        checkTimeBounds(data.front(), expected, "the subject confirmation");
        return parseInstant(xml::attribute(data.front(), "NotOnOrAfter"), "the subject confirmation");
    }
    throw SamlError(failure);
}

void checkConditions(const xmlNode* assertion, const AssertionExpectations& expected)
{
    const auto conditions = xml::children(assertion, xml::assertionNs, "Conditions");
    require(conditions.size() == 1, "the assertion has no Conditions");
    checkTimeBounds(conditions.front(), expected, "the assertion");
    int restrictions = 0;
    for (const auto* condition : xml::elementChildren(conditions.front())) {
        if (xml::isElement(condition, xml::assertionNs, "AudienceRestriction")) {
            ++restrictions;
            bool namesUs = false;
            for (const auto* audience : xml::children(condition, xml::assertionNs, "Audience")) {
                namesUs = namesUs || xml::text(audience) == expected.audience;
            }
            require(namesUs, "the assertion is for another audience");
        } else if (!xml::isElement(condition, xml::assertionNs, "OneTimeUse") &&
                   !xml::isElement(condition, xml::assertionNs, "ProxyRestriction")) {
            // SAML Core §2.5.1.5: a condition not understood makes the assertion indeterminate.
            throw SamlError("the assertion has a condition this service provider does not understand");
        }
    }
    require(restrictions > 0, "the assertion has no AudienceRestriction");
}

} // namespace

std::int64_t parseInstant(const std::string& text, const char* what)
{
    // Poco's parser skips what it does not understand; the form is checked first, so a garbled
    // time fails closed instead of becoming year 0.
    static const std::regex dateTime(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))");
    Poco::DateTime parsed;
    int zone = 0;
    if (text.size() > 40 || !std::regex_match(text, dateTime) ||
        !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, text, parsed, zone)) {
        throw SamlError(std::string(what) + " has a time that is not an xs:dateTime");
    }
    parsed.makeUTC(zone);
    return parsed.timestamp().epochTime();
}

AssertionContent checkAssertion(const xmlNode* assertion, const AssertionExpectations& expected)
{
    require(xml::isElement(assertion, xml::assertionNs, "Assertion"), "the response holds no assertion");
    checkOwnSignature(assertion);
    AssertionContent content;
    content.id = xml::attribute(assertion, "ID");
    require(!content.id.empty() && content.id.size() <= 256, "the assertion has no usable ID");

    const auto subjects = xml::children(assertion, xml::assertionNs, "Subject");
    require(subjects.size() == 1, "the assertion has no Subject");
    const auto nameIds = xml::children(subjects.front(), xml::assertionNs, "NameID");
    require(nameIds.size() == 1,
            "the assertion's subject has no plain NameID (an encrypted one cannot be read)");
    content.nameId = xml::text(nameIds.front());
    content.nameIdFormat = xml::attribute(nameIds.front(), "Format");
    require(!content.nameId.empty() && content.nameId.size() <= 255, "the NameID is empty or too long");
    content.validUntil = checkSubjectConfirmation(subjects.front(), expected) + expected.skewSeconds;

    checkConditions(assertion, expected);
    require(!xml::children(assertion, xml::assertionNs, "AuthnStatement").empty(),
            "the assertion has no AuthnStatement");

    for (const auto* statement : xml::children(assertion, xml::assertionNs, "AttributeStatement")) {
        for (const auto* attribute : xml::children(statement, xml::assertionNs, "Attribute")) {
            auto& values = content.attributes[xml::attribute(attribute, "Name")];
            for (const auto* value : xml::children(attribute, xml::assertionNs, "AttributeValue")) {
                values.push_back(xml::text(value));
            }
        }
    }
    return content;
}

} // namespace aih::saml
