// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"

#include <cstdint>
#include <string>

namespace aih::analytics {

enum class Bucket
{
    Minute,
    Hour,
    Day,
};

/// The buckets a report covers: [from, to) in whole UTC buckets, in Unix seconds.
struct AnalyticsRange
{
    std::string period; ///< `24h`, `7d`, `30d`, `90d`, or `custom` for from/to
    Bucket bucket = Bucket::Hour;
    std::int64_t from = 0;
    std::int64_t to = 0;

    std::int64_t bucketSeconds() const;
    std::int64_t bucketCount() const { return (to - from) / bucketSeconds(); }
};

inline constexpr std::int64_t maxBuckets = 2000;

std::string bucketName(Bucket bucket);

/// `?period=` (default 24h), or `?from=&to=` (RFC 3339) with `?bucket=` (default hour); 422
/// naming the parameter at fault, also for ranges of more than maxBuckets buckets or reaching
/// back past what the rollup of that bucket size keeps.
AnalyticsRange rangeOf(const http::RequestContext& ctx, std::int64_t now);

} // namespace aih::analytics
