// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyHasher.h"

#include "crypto/Secrets.h"

#include <sodium.h>
#include <stdexcept>

namespace aih::apikeys {

ApiKeyHasher::ApiKeyHasher(std::string_view serverSecret)
{
    // Domain separation: the JWT signing key and this key differ even though both derive from
    // SECRET_KEY.
    constexpr std::string_view context = "aih api key hashing v1";
    // BLAKE2b takes keys of at most 64 bytes: a longer SECRET_KEY is first condensed to 64.
    unsigned char condensed[crypto_generichash_KEYBYTES_MAX];
    auto key = reinterpret_cast<const unsigned char*>(serverSecret.data());
    auto keyLength = serverSecret.size();
    if (keyLength > crypto_generichash_KEYBYTES_MAX) {
        crypto_generichash(condensed, sizeof condensed, key, keyLength, nullptr, 0);
        key = condensed;
        keyLength = sizeof condensed;
    }
    unsigned char hmacKey[32];
    if (crypto_generichash(hmacKey, sizeof hmacKey, reinterpret_cast<const unsigned char*>(context.data()),
                           context.size(), key, keyLength) != 0) {
        throw std::runtime_error("deriving the API key hashing key failed");
    }
    crypto_auth_hmacsha256_init(&keyed_, hmacKey, sizeof hmacKey);
    sodium_memzero(hmacKey, sizeof hmacKey);
}

std::string ApiKeyHasher::hash(std::string_view secret) const
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    auto state = keyed_;
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(secret.data()),
                                  secret.size());
    crypto_auth_hmacsha256_final(&state, mac);
    std::string hex(sizeof mac * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), mac, sizeof mac);
    hex.pop_back();
    return hex;
}

bool ApiKeyHasher::matches(std::string_view secret, std::string_view storedHash) const
{
    return crypto::constantTimeEquals(hash(secret), storedHash);
}

} // namespace aih::apikeys
