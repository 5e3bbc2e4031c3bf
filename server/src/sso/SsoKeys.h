// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::sso {

/// The server keys of single sign-on, derived from SECRET_KEY so every instance has the same.
struct SsoKeys
{
    explicit SsoKeys(std::string_view serverSecret);

    std::string sealing;   ///< seals connections' client secrets
    std::string signInKey; ///< derives a sign-in's nonce and PKCE verifier from its state
};

} // namespace aih::sso
