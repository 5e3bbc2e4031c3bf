// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aih::time {

/// Why a text is not an RFC 3339 date-time, so callers can say which.
enum class ParseFailure
{
    Malformed,   ///< not the shape `2026-11-24T10:00:00Z`
    InvalidDate, ///< the right shape, but no such moment (13th month, 31 April, before 1970)
};

/// Microseconds since the Unix epoch, or why the text is not a date-time.
struct ParsedInstant
{
    std::optional<std::int64_t> micros;
    ParseFailure failure = ParseFailure::Malformed;
};

/// The one parser of RFC 3339 date-times (section 5.6): `YYYY-MM-DDTHH:MM:SS`, optional
/// fractions of a second (up to 9 digits, kept to the microsecond), then `Z` or `+hh:mm`/`-hh:mm`.
/// `T` and `Z` may be lower case, as the RFC allows. Strict on purpose: Poco's own parser reads
/// "yesterday" as year 0.
ParsedInstant parseRfc3339(std::string_view text);

/// `2026-11-24T10:00:00.123456Z`: microseconds, as the audit chain hashes them.
std::string formatMicros(std::int64_t micros);
/// `2026-11-24T10:00:00.123Z`: milliseconds, for log lines.
std::string formatMillis(std::int64_t micros);
/// `2026-11-24T10:00:00Z`: whole seconds, for API responses.
std::string formatSeconds(std::int64_t unixSeconds);

} // namespace aih::time
