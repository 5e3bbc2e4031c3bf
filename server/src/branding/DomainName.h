// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::branding {

struct DomainCheck
{
    std::string domain;  ///< lowercased, without a trailing dot
    std::string problem; ///< empty when acceptable
};

/// A name a tenant may claim: an ASCII host name (IDNs in their xn-- form) of at least two
/// labels, 1..63 letters, digits and inner hyphens each, at most 253 characters, a top-level
/// label that is not all digits (so no IP addresses), and not one of the platform's own: the
/// base domain, any name under it, or any name above it.
DomainCheck checkCustomDomain(std::string_view input, std::string_view baseDomain);

/// The name of the TXT record that proves control of `domain`, and the value it must hold.
std::string verificationRecordName(const std::string& domain);
std::string verificationRecordValue(const std::string& token);

} // namespace aih::branding
