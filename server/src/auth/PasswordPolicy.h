// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/PasswordHasher.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace aih::auth {

/// What a new password must be (NIST SP 800-63B, 5.1.1.2): at least 12 characters and at most
/// 256 bytes of valid UTF-8 after Unicode NFKC normalisation, not one of the commonest passwords,
/// and not the account's own email address. No composition rules, which only make passwords
/// harder to remember and no harder to guess.
class PasswordPolicy
{
public:
    static constexpr int minCharacters = 12;
    static constexpr int maxBytes = 256;

    PasswordPolicy();

    /// NFKC, so that a password typed on another keyboard or system (composed or decomposed
    /// accents, full-width digits, ligatures) is the same password. Every password is normalised
    /// before it is hashed or verified. Invalid UTF-8 comes back unchanged.
    static std::string normalize(std::string_view password);

    /// Why `password` may not be set for the account with `email`, or nothing when it may. The
    /// rules apply to the normalised form, which is also what gets hashed. The text completes
    /// "The password ...".
    std::optional<std::string> refusal(std::string_view password, std::string_view email) const;

    bool isCommon(std::string_view normalizedPassword) const;

    enum class Match
    {
        No,
        Yes,
        /// Right as typed, against a hash made before passwords were normalised: rehash it.
        YesInOldForm,
    };
    /// Whether a typed password matches a stored hash. Passwords are hashed in NFKC form; one
    /// set before that, with characters NFKC changes, still matches as typed.
    static Match matches(const PasswordHasher& hasher, std::string_view storedHash, std::string_view typed);

private:
    std::unordered_set<std::string> common_;
};

} // namespace aih::auth
