// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsRange.h"

#include "http/QueryParams.h"
#include "metering/UsageRetention.h"

#include <array>

namespace aih::analytics {
namespace {

struct Period
{
    const char* name;
    std::int64_t seconds;
    Bucket bucket;
};

// Every period fits its bucket size's rollup and stays well under maxBuckets.
constexpr std::int64_t secondsPerDay = 86400;
constexpr std::array<Period, 4> periods{{
    {"24h", secondsPerDay, Bucket::Hour},
    {"7d", 7 * secondsPerDay, Bucket::Hour},
    {"30d", 30 * secondsPerDay, Bucket::Day},
    {"90d", 90 * secondsPerDay, Bucket::Day},
}};

std::int64_t floorTo(std::int64_t seconds, std::int64_t size)
{
    return seconds / size * size - (seconds % size < 0 ? size : 0);
}

Bucket bucketOf(const http::RequestContext& ctx)
{
    const auto text = http::choiceParam(ctx, "bucket", {"minute", "hour", "day"}).value_or("hour");
    return text == "minute" ? Bucket::Minute : text == "day" ? Bucket::Day : Bucket::Hour;
}

AnalyticsRange customRange(const http::RequestContext& ctx, std::int64_t now)
{
    // Each value on its own first, so a malformed one is named before a missing partner.
    const auto from = http::timestampParam(ctx, "from");
    const auto to = http::timestampParam(ctx, "to");
    AnalyticsRange range{"custom", bucketOf(ctx), 0, 0};
    if (!from || !to) {
        http::refuseQueryParam(from ? "to" : "from",
                               "is required together with " + std::string(from ? "from" : "to"));
    }
    // Fractions of a second are dropped.
    constexpr std::int64_t microsPerSecond = 1'000'000;
    const auto size = range.bucketSeconds();
    range.from = floorTo(*from / microsPerSecond, size);
    range.to = floorTo(*to / microsPerSecond + size - 1, size);
    if (range.to <= range.from) {
        http::refuseQueryParam("to", "must be later than from");
    }
    if (range.bucketCount() > maxBuckets) {
        http::refuseQueryParam("bucket", "would give " + std::to_string(range.bucketCount()) +
                                             " buckets; at most " + std::to_string(maxBuckets) +
                                             " are allowed, choose a larger bucket");
    }
    const auto kept = range.bucket == Bucket::Minute ? metering::minuteRetentionSeconds
                      : range.bucket == Bucket::Hour ? metering::hourRetentionSeconds
                                                     : 0;
    if (kept > 0 && range.from < now - kept) {
        http::refuseQueryParam("from", "is older than " + bucketName(range.bucket) + " buckets are kept (" +
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
            http::refuseQueryParam("period", "cannot be combined with from, to or bucket");
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
    http::refuseQueryParam("period", "must be one of 24h, 7d, 30d, 90d");
}

} // namespace aih::analytics
