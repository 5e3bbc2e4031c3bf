// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoKeys.h"

#include "crypto/SecretBox.h"

namespace aih::sso {
namespace {

constexpr char keyContext[9] = "aihsso__";
constexpr std::uint64_t sealingSubkey = 1;
constexpr std::uint64_t signInSubkey = 2;

} // namespace

SsoKeys::SsoKeys(std::string_view serverSecret)
    : sealing(crypto::deriveKey(serverSecret, keyContext, sealingSubkey)),
      signInKey(crypto::deriveKey(serverSecret, keyContext, signInSubkey))
{
}

} // namespace aih::sso
