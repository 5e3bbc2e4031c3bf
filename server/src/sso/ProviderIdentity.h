// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace aih::sso {

/// Who the provider says signed in: the account is (issuer, subject); the address counts only
/// when the provider vouches for it (OpenID's `email_verified`; a SAML provider's signed
/// assertion).
struct ProviderIdentity
{
    std::string issuer;
    std::string subject;
    std::string email;
    bool emailVerified = false;
    std::string name;
    std::vector<std::string> groups;
};

} // namespace aih::sso
