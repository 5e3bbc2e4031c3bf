// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretBox.h"

#include <sodium.h>
#include <stdexcept>

namespace aih::crypto {
namespace {

const unsigned char* bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

} // namespace

std::string deriveKey(std::string_view serverSecret, const char (&context)[9], std::uint64_t subkeyId)
{
    static_assert(crypto_kdf_CONTEXTBYTES == 8);
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium failed to initialise");
    }
    // Hashing first accepts a secret of any length; the KDF then separates the purposes.
    unsigned char master[crypto_kdf_KEYBYTES];
    crypto_generichash(master, sizeof master, bytes(serverSecret), serverSecret.size(), nullptr, 0);
    std::string key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), key.size(), subkeyId, context,
                               master);
    sodium_memzero(master, sizeof master);
    return key;
}

std::string seal(std::string_view plaintext, std::string_view key, std::string_view context)
{
    constexpr auto nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    std::string sealed(nonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + nonceBytes, &written, bytes(plaintext), plaintext.size(),
                                               bytes(context), context.size(), nullptr, out, bytes(key));
    sealed.resize(nonceBytes + written);
    return sealed;
}

std::optional<std::string> open(std::string_view sealed, std::string_view key, std::string_view context)
{
    constexpr auto nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr auto tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || sealed.size() < nonceBytes + tagBytes) {
        return std::nullopt;
    }
    std::string plaintext(sealed.size() - nonceBytes - tagBytes, '\0');
    unsigned long long written = 0;
    const auto* in = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plaintext.data()), &written, nullptr, in + nonceBytes,
            sealed.size() - nonceBytes, bytes(context), context.size(), in, bytes(key)) != 0) {
        return std::nullopt;
    }
    plaintext.resize(written);
    return plaintext;
}

} // namespace aih::crypto
