// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"

#include <algorithm>
#include <sodium.h>

namespace aih::crypto {

std::string encodeBase64Url(std::string_view bytes)
{
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), variant);
    out.resize(out.find('\0'));
    return out;
}

std::optional<std::string> decodeBase64Url(std::string_view text)
{
    // A length of 1 modulo 4 cannot come from any byte string. The alphabet is checked here
    // because libsodium's decoder maps some bytes above 0x7F to values too (measured: "\xC3\xBF"
    // twice decodes to three bytes).
    const auto inAlphabet = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_';
    };
    if (text.size() % 4 == 1 || !std::all_of(text.begin(), text.end(), inAlphabet)) {
        return std::nullopt;
    }
    std::string bytes(text.size() * 3 / 4 + 1, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                          text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

} // namespace aih::crypto
