// SPDX-License-Identifier: Apache-2.0
#include "sso/ProviderIdentity.h"

#include "aih/Validation.h"

#include <Poco/String.h>

namespace aih::sso {
namespace {

constexpr std::size_t maxNameBytes = 255;

/// `text` cut to at most `bytes` bytes without splitting a UTF-8 sequence.
std::string cutAtCharacter(std::string text, std::size_t bytes)
{
    if (text.size() <= bytes) {
        return text;
    }
    text.resize(bytes);
    // Drop continuation bytes, then the lead byte whose sequence they were part of.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0U) == 0x80U) {
        text.pop_back();
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0U) {
        text.pop_back();
    }
    return text;
}

} // namespace

ProviderIdentity usableIdentity(ProviderIdentity identity)
{
    identity.email = Poco::trim(identity.email);
    if (!isValidEmail(identity.email)) {
        identity.email.clear();
        identity.emailVerified = false;
    }
    identity.name = cutAtCharacter(Poco::trim(identity.name), maxNameBytes);
    return identity;
}

} // namespace aih::sso
