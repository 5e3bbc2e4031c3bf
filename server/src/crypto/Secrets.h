// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aih::crypto {

/// `bytes` from the OS CSPRNG (libsodium), base64url without padding.
std::string randomToken(std::size_t bytes = 32);
/// Hex SHA-256, for secrets with enough entropy that a slow hash would add nothing.
std::string sha256Hex(std::string_view data);
/// SHA-256 in standard base64 with padding: the form CSP hash sources and Subresource Integrity
/// (`sha256-...`) name a script or stylesheet by.
std::string sha256Base64(std::string_view data);
/// SHA-256 in base64url without padding: a PKCE S256 code challenge (RFC 7636 §4.2).
std::string sha256Base64Url(std::string_view data);
/// Hex HMAC-SHA256 of `message` under `key` (Stripe's signature scheme among others).
std::string hmacSha256Hex(std::string_view key, std::string_view message);
/// The same MAC in base64url without padding (a JWT's HS256 signature).
std::string hmacSha256Base64Url(std::string_view key, std::string_view message);
/// Compares without an early exit, so timing does not reveal a matching prefix.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace aih::crypto
