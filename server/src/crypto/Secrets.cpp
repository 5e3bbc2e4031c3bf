// SPDX-License-Identifier: Apache-2.0
#include "crypto/Secrets.h"

#include "crypto/Base64Url.h"

#include <array>
#include <sodium.h>

namespace aih::crypto {

std::string randomToken(std::size_t bytes)
{
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    return encodeBase64Url(raw);
}

std::string sha256Hex(std::string_view data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    std::string hex(sizeof digest * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
    hex.pop_back();
    return hex;
}

std::string sha256Base64(std::string_view data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    std::string out(sodium_base64_ENCODED_LEN(sizeof digest, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.find('\0'));
    return out;
}

std::string sha256Base64Url(std::string_view data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return encodeBase64Url({reinterpret_cast<const char*>(digest), sizeof digest});
}

namespace {

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> hmacSha256(std::string_view key,
                                                                   std::string_view message)
{
    crypto_auth_hmacsha256_state state;
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    return mac;
}

} // namespace

std::string hmacSha256Hex(std::string_view key, std::string_view message)
{
    const auto mac = hmacSha256(key, message);
    std::string hex(mac.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
    hex.pop_back();
    return hex;
}

std::string hmacSha256Base64Url(std::string_view key, std::string_view message)
{
    const auto mac = hmacSha256(key, message);
    return encodeBase64Url(std::string_view(reinterpret_cast<const char*>(mac.data()), mac.size()));
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace aih::crypto
