// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aih::crypto {

/// A 32-byte key for one purpose, derived from the deployment's SECRET_KEY: BLAKE2b of the
/// secret, then libsodium's KDF with the 8-character `context` and `subkeyId`. Every instance
/// of a deployment derives the same keys; changing SECRET_KEY changes them all.
std::string deriveKey(std::string_view serverSecret, const char (&context)[9], std::uint64_t subkeyId);

/// XChaCha20-Poly1305 with a random nonce (stored in front); `context` is authenticated, so a
/// sealed value only opens in the place it was sealed for.
std::string seal(std::string_view plaintext, std::string_view key, std::string_view context);
/// Nothing when the key, the context or the value is not the one it was sealed with.
std::optional<std::string> open(std::string_view sealed, std::string_view key, std::string_view context);

} // namespace aih::crypto
