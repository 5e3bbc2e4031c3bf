// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace aih {

/// Tenant slugs: `^[a-z0-9](-?[a-z0-9])*$`, 3..63 characters (a DNS label, so it can be a
/// subdomain), and never something PostgreSQL would read as a UUID (32 hex digits, a hyphen
/// allowed after any group of four).
bool isValidSlug(std::string_view slug);
/// A pragmatic address check: one `@`, a non-empty local part, a dotted domain, no spaces or
/// control characters, at most 254 characters (RFC 5321's path limit).
bool isValidEmail(std::string_view email);
/// Colours are exactly `#RRGGBB`.
bool isValidHexColour(std::string_view colour);
/// Passwords: 10..256 bytes; long enough to resist guessing, bounded so hashing cannot be abused.
bool isAcceptablePassword(std::string_view password);
/// A UUID in its canonical 8-4-4-4-12 hex form.
bool isUuid(std::string_view text);
/// Well-formed UTF-8 without overlong forms, surrogates or code points above U+10FFFF.
bool isValidUtf8(std::string_view text);

} // namespace aih
