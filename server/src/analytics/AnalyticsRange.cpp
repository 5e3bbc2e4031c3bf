// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsRange.h"

#include "errors/ApiError.h"
#include "metering/UsageRetention.h"
#include "time/Rfc3339.h"

#include <array>

namespace aih::analytics {
namespace {

using errors::ApiError;
using errors::ErrorCode;

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
    const auto parsed = time::parseRfc3339(text);
    if (parsed.micros) {
        return *parsed.micros / 1'000'000;
    }
    if (parsed.failure == time::ParseFailure::Malformed) {
        refuse(parameter, "must be an RFC 3339 date-time such as 2026-11-24T10:00:00Z");
    }
    refuse(parameter, "must be a valid date-time after 1970");
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
