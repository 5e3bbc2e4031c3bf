// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <libxml/tree.h>
#include <map>
#include <string>
#include <vector>

namespace aih::saml {

/// What an assertion must say to be for us, now, and in answer to our request.
struct AssertionExpectations
{
    std::string audience;  ///< our entity id
    std::string recipient; ///< our assertion consumer service URL
    std::string requestId; ///< the ID of the AuthnRequest it answers
    std::int64_t now = 0;  ///< Unix seconds
    int skewSeconds = 60;  ///< clock skew allowed on each time bound
};

/// The parts of an accepted assertion a sign-in uses.
struct AssertionContent
{
    std::string id;
    std::string nameId;
    std::string nameIdFormat;
    std::map<std::string, std::vector<std::string>> attributes; ///< by Name, values in order
    std::int64_t validUntil = 0; ///< Unix seconds after which it is refused anyway
};

/// Checks an assertion, as the element that was signed, beyond what the signature check did
/// (SAML 2.0 Profiles §4.1.4.2–3, and mod_auth_mellon's checks):
/// - it carries its own signature, by RSA with SHA-256 or stronger (no SHA-1);
/// - a bearer SubjectConfirmation for our ACS URL, in answer to `requestId`, not expired;
/// - Conditions with time bounds met, and at least one AudienceRestriction, each of which names
///   us (read from the XML: Lasso drops a restriction with two audiences); an unknown condition
///   is refused, as the core spec requires;
/// - an AuthnStatement, and one plain NameID.
/// Throws SamlError naming the failed check.
AssertionContent checkAssertion(const xmlNode* assertion, const AssertionExpectations& expected);

/// Unix seconds of an xs:dateTime as SAML sends it (UTC, `Z`); throws SamlError if it is not one.
std::int64_t parseInstant(const std::string& text, const char* what);

} // namespace aih::saml
