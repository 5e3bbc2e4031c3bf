// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aih::apikeys {

/// `aih_live_<public id>_<secret><checksum>`:
///  - `aih_live_` / `aih_test_`: a prefix secret scanners can match, and the key's mode;
///  - public id: 12 base62 characters, not secret, used to find the key and shown in lists;
///  - secret: 32 base62 characters (~190 bits) from the OS CSPRNG;
///  - checksum: 6 base62 characters of CRC-32 over everything before it, so a mistyped or
///    made-up key is refused without a lookup, and scanners can tell real keys from noise.
struct ParsedKey
{
    std::string mode;
    std::string publicId;
    std::string secret;
};

struct NewKey
{
    std::string text;
    std::string publicId;
    std::string secret;
};

NewKey generateKey(std::string_view mode);
/// The full key text for its parts, checksum included.
std::string formatKey(std::string_view mode, std::string_view publicId, std::string_view secret);
std::optional<ParsedKey> parseKey(std::string_view text);
/// What lists show: the prefix and public id, never the secret.
std::string displayPrefix(std::string_view mode, std::string_view publicId);
/// A fresh secret for an existing public id (rotation keeps the id).
NewKey regenerateSecret(std::string_view mode, std::string_view publicId);

} // namespace aih::apikeys
