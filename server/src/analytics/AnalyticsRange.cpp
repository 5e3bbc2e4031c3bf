// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsRange.h"

#include "http/ApiError.h"
#include "metering/UsageRetention.h"

#include <array>
#include <ctime>
#include <regex>

namespace aih::analytics {
namespace {

using http::ApiError;
using http::ErrorCode;

struct Period
{
    const char* name;
    std::int64_t seconds;
    Bucket bucket;
};

// Every period fits its bucket size's rollup and stays well under maxBuckets.
constexpr std::array<Period, 4> periods{{
    {"24h", 86400, Bucket::Hour},
    {"7d", 7 * 86400, Bucket::Hour},
    {"30d", 30 * 86400, Bucket::Day},
    {"90d", 90 * 86400, Bucket::Day},
}};

[[noreturn]] void refuse(const std::string& parameter, const std::string& message)
{
    ApiError error(ErrorCode::MalformedRequest, "Query parameter " + parameter + " " + message + ".");
    error.withField(parameter, message);
    throw error;
}

std::int64_t floorTo(std::int64_t seconds, std::int64_t size)
{
    return seconds / size * size - (seconds % size < 0 ? size : 0);
}

/// Unix seconds of an RFC 3339 date-time (fractions of a second are dropped).
std::int64_t instantOf(const std::string& parameter, const std::string& text)
{
    static const std::regex shape(
        R"((\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2})))");
    std::smatch m;
    if (text.size() > 40 || !std::regex_match(text, m, shape)) {
        refuse(parameter, "must be an RFC 3339 date-time such as 2026-11-24T10:00:00Z");
    }
    const auto field = [&m](std::size_t i) { return std::stoi(m[i].str()); };
    std::tm parts{};
    parts.tm_year = field(1) - 1900;
    parts.tm_mon = field(2) - 1;
    parts.tm_mday = field(3);
    parts.tm_hour = field(4);
    parts.tm_min = field(5);
    parts.tm_sec = field(6);
    if (parts.tm_year < 70 || parts.tm_mon > 11 || parts.tm_mday < 1 || parts.tm_mday > 31 ||
        parts.tm_hour > 23 || parts.tm_min > 59 || parts.tm_sec > 60) {
        refuse(parameter, "must be a valid date-time after 1970");
    }
    const std::tm asGiven = parts;
    auto seconds = static_cast<std::int64_t>(timegm(&parts));
    if (parts.tm_mday != asGiven.tm_mday) {
        refuse(parameter, "names a day its month does not have");
    }
    if (m[9].matched) {
        const auto offset = (field(10) * 60 + field(11)) * 60;
        seconds += m[9].str() == "+" ? -offset : offset;
    }
    return seconds;
}

Bucket bucketOf(const http::RequestContext& ctx)
{
    const auto text = ctx.queryValue("bucket").value_or("hour");
    for (const auto bucket : {Bucket::Minute, Bucket::Hour, Bucket::Day}) {
        if (text == bucketName(bucket)) {
            return bucket;
        }
    }
    refuse("bucket", "must be minute, hour or day");
}

AnalyticsRange customRange(const http::RequestContext& ctx, std::int64_t now)
{
    const auto from = ctx.queryValue("from");
    const auto to = ctx.queryValue("to");
    if (!from || !to) {
        refuse(from ? "to" : "from", "is required together with " + std::string(from ? "from" : "to"));
    }
    AnalyticsRange range{"custom", bucketOf(ctx), 0, 0};
    const auto size = range.bucketSeconds();
    range.from = floorTo(instantOf("from", *from), size);
    range.to = floorTo(instantOf("to", *to) + size - 1, size);
    if (range.to <= range.from) {
        refuse("to", "must be later than from");
    }
    if (range.bucketCount() > maxBuckets) {
        refuse("bucket", "would give " + std::to_string(range.bucketCount()) + " buckets; at most " +
                             std::to_string(maxBuckets) + " are allowed, choose a larger bucket");
    }
    const auto kept = range.bucket == Bucket::Minute ? metering::minuteRetentionSeconds
                      : range.bucket == Bucket::Hour ? metering::hourRetentionSeconds
                                                     : 0;
    if (kept > 0 && range.from < now - kept) {
        refuse("from", "is older than " + bucketName(range.bucket) + " buckets are kept (" +
                           std::to_string(kept / 3600) + " hours); choose a larger bucket");
    }
    return range;
}

} // namespace

std::int64_t AnalyticsRange::bucketSeconds() const
{
    switch (bucket) {
    case Bucket::Minute:
        return 60;
    case Bucket::Hour:
        return 3600;
    case Bucket::Day:
        break;
    }
    return 86400;
}

std::string bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Minute:
        return "minute";
    case Bucket::Hour:
        return "hour";
    case Bucket::Day:
        break;
    }
    return "day";
}

AnalyticsRange rangeOf(const http::RequestContext& ctx, std::int64_t now)
{
    const auto period = ctx.queryValue("period");
    if (ctx.queryValue("from") || ctx.queryValue("to") || ctx.queryValue("bucket")) {
        if (period) {
            refuse("period", "cannot be combined with from, to or bucket");
        }
        return customRange(ctx, now);
    }
    const auto name = period.value_or("24h");
    for (const auto& candidate : periods) {
        if (name == candidate.name) {
            // Whole buckets ending with the current one, so the last bucket is still filling.
            AnalyticsRange range{name, candidate.bucket, 0, 0};
            range.to = floorTo(now, range.bucketSeconds()) + range.bucketSeconds();
            range.from = range.to - candidate.seconds;
            return range;
        }
    }
    refuse("period", "must be 24h, 7d, 30d or 90d");
}

} // namespace aih::analytics
