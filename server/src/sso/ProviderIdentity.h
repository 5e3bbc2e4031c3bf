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

/// What a provider sent, made fit for an account: the address trimmed and dropped (so not
/// verified) unless it is a valid address, the name trimmed and cut to 255 bytes at a character
/// boundary. A provider's odd data gets a refusal or a shorter name, never a failed insert.
ProviderIdentity usableIdentity(ProviderIdentity identity);

} // namespace aih::sso
