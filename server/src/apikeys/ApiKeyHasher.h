// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <sodium.h>
#include <string>
#include <string_view>

namespace aih::apikeys {

/// HMAC-SHA256 of a key's secret under a server key derived from SECRET_KEY.
///
/// Why not argon2id, as for passwords: a slow hash protects low-entropy secrets from guessing.
/// Key secrets carry ~190 random bits, so no amount of guessing finds one and a fast hash loses
/// nothing, while argon2id would cost ~50 ms of CPU and 19 MiB on every API call. The HMAC key
/// means a stolen database alone does not even let an attacker test candidate keys offline.
class ApiKeyHasher
{
public:
    explicit ApiKeyHasher(std::string_view serverSecret);

    std::string hash(std::string_view secret) const;
    /// Constant-time comparison of hash(secret) with a stored hash.
    bool matches(std::string_view secret, std::string_view storedHash) const;

private:
    /// The HMAC state after absorbing the key: copying it per call skips re-keying (two of the
    /// five SHA-256 blocks an HMAC of a short secret costs), on every API call.
    crypto_auth_hmacsha256_state keyed_{};
};

} // namespace aih::apikeys
