// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::crypto {

/// Lowercase hexadecimal, as PostgreSQL's encode(..., 'hex') writes it.
std::string toHex(std::string_view bytes);
/// Empty on malformed input.
std::string fromHex(std::string_view hex);

} // namespace aih::crypto
