// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aih::crypto {

/// Base64url without padding (RFC 7515 §2), the encoding of tokens and JWS parts.
std::string encodeBase64Url(std::string_view bytes);

/// Strict base64url without padding (RFC 7515 §2): only [A-Za-z0-9_-], no '=', no whitespace,
/// and the whole text consumed. Nothing when the text is not exactly that, so two spellings of
/// the same bytes cannot both pass.
std::optional<std::string> decodeBase64Url(std::string_view text);

} // namespace aih::crypto
