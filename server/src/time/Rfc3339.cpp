// SPDX-License-Identifier: Apache-2.0
#include "time/Rfc3339.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <charconv>
#include <ctime>

namespace aih::time {
namespace {

/// Reads exactly `width` digits at `pos`, or nothing.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width)
{
    if (pos + width > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysIn(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool at(std::string_view text, std::size_t pos, char expected)
{
    return pos < text.size() && text[pos] == expected;
}

} // namespace

ParsedInstant parseRfc3339(std::string_view text)
{
    const ParsedInstant malformed{std::nullopt, ParseFailure::Malformed};
    const ParsedInstant invalid{std::nullopt, ParseFailure::InvalidDate};
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || !at(text, 4, '-') || !at(text, 7, '-') ||
        !(at(text, 10, 'T') || at(text, 10, 't')) || !at(text, 13, ':') || !at(text, 16, ':')) {
        return malformed;
    }
    std::size_t pos = 19;
    std::int64_t fraction = 0;
    if (at(text, pos, '.')) {
        std::size_t count = 0;
        for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos, ++count) {
            if (count < 6) {
                fraction = fraction * 10 + (text[pos] - '0');
            }
        }
        if (count == 0 || count > 9) {
            return malformed;
        }
        for (; count < 6; ++count) {
            fraction *= 10;
        }
    }
    std::int64_t offsetSeconds = 0;
    if (at(text, pos, 'Z') || at(text, pos, 'z')) {
        ++pos;
    } else if (at(text, pos, '+') || at(text, pos, '-')) {
        const auto offsetHours = digits(text, pos + 1, 2);
        const auto offsetMinutes = digits(text, pos + 4, 2);
        if (!offsetHours || !offsetMinutes || !at(text, pos + 3, ':') || *offsetHours > 23 ||
            *offsetMinutes > 59) {
            return malformed;
        }
        offsetSeconds = std::int64_t{*offsetHours * 60 + *offsetMinutes} * 60 * (text[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return malformed;
    }
    if (pos != text.size()) {
        return malformed;
    }
    // A leap second (:60) is accepted and read as the second after, as POSIX time has no other.
    if (*year < 1970 || *month < 1 || *month > 12 || *day < 1 || *day > daysIn(*year, *month) || *hour > 23 ||
        *minute > 59 || *second > 60) {
        return invalid;
    }
    std::tm parts{};
    parts.tm_year = *year - 1900;
    parts.tm_mon = *month - 1;
    parts.tm_mday = *day;
    parts.tm_hour = *hour;
    parts.tm_min = *minute;
    parts.tm_sec = *second;
    const auto seconds = static_cast<std::int64_t>(timegm(&parts)) - offsetSeconds;
    return {seconds * 1'000'000 + fraction, ParseFailure::Malformed};
}

std::string formatMicros(std::int64_t micros)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(micros), "%Y-%m-%dT%H:%M:%S.%FZ");
}

std::string formatMillis(std::int64_t micros)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(micros), "%Y-%m-%dT%H:%M:%S.%iZ");
}

std::string formatSeconds(std::int64_t unixSeconds)
{
    return Poco::DateTimeFormatter::format(
        Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds)), "%Y-%m-%dT%H:%M:%SZ");
}

} // namespace aih::time
