// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyFormat.h"

#include <Poco/Checksum.h>
#include <algorithm>
#include <sodium.h>

namespace aih::apikeys {
namespace {

constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::size_t publicIdLength = 12;
constexpr std::size_t secretLength = 32;
constexpr std::size_t checksumLength = 6;

std::string randomBase62(std::size_t length)
{
    std::string out(length, '0');
    for (auto& c : out) {
        // Uniform: randombytes_uniform avoids the modulo bias of `byte % 62`.
        c = alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
    }
    return out;
}

std::string checksumOf(std::string_view body)
{
    Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
    crc.update(body.data(), static_cast<unsigned>(body.size()));
    auto value = crc.checksum();
    std::string out(checksumLength, '0');
    for (std::size_t i = checksumLength; i-- > 0;) {
        out[i] = alphabet[value % alphabet.size()];
        value /= static_cast<std::uint32_t>(alphabet.size());
    }
    return out;
}

bool isBase62(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}

} // namespace

std::string formatKey(std::string_view mode, std::string_view publicId, std::string_view secret)
{
    std::string body = "aih_" + std::string(mode) + "_" + std::string(publicId) + "_" + std::string(secret);
    return body + checksumOf(body);
}

NewKey generateKey(std::string_view mode)
{
    return regenerateSecret(mode, randomBase62(publicIdLength));
}

NewKey regenerateSecret(std::string_view mode, std::string_view publicId)
{
    auto secret = randomBase62(secretLength);
    return {formatKey(mode, publicId, secret), std::string(publicId), secret};
}

std::optional<ParsedKey> parseKey(std::string_view text)
{
    constexpr std::size_t prefixLength = 9; // "aih_live_" or "aih_test_"
    constexpr std::size_t total = prefixLength + publicIdLength + 1 + secretLength + checksumLength;
    if (text.size() != total) {
        return std::nullopt;
    }
    const auto prefix = text.substr(0, prefixLength);
    if (prefix != "aih_live_" && prefix != "aih_test_") {
        return std::nullopt;
    }
    const auto publicId = text.substr(prefixLength, publicIdLength);
    if (text[prefixLength + publicIdLength] != '_') {
        return std::nullopt;
    }
    const auto secret = text.substr(prefixLength + publicIdLength + 1, secretLength);
    const auto checksum = text.substr(total - checksumLength);
    if (!isBase62(publicId) || !isBase62(secret) ||
        checksumOf(text.substr(0, total - checksumLength)) != checksum) {
        return std::nullopt;
    }
    return ParsedKey{std::string(prefix.substr(4, 4)), std::string(publicId), std::string(secret)};
}

std::string displayPrefix(std::string_view mode, std::string_view publicId)
{
    return "aih_" + std::string(mode) + "_" + std::string(publicId);
}

} // namespace aih::apikeys
