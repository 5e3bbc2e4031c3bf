// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "analytics/AnalyticsRange.h"
#include "analytics/UsageTiles.h"
#include "db/Transaction.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aih::analytics {

struct Counts
{
    std::int64_t calls = 0;
    std::int64_t errors = 0;
};

/// The three aggregations of one range: over time and per class from the per-tenant rollup of
/// the range's bucket size, per key from the per-key rollups that tile the range.
struct UsageBreakdown
{
    std::map<std::int64_t, Counts> byBucket; ///< bucket start (Unix seconds)
    std::map<std::string, Counts> byKey;     ///< API key id; the nil UUID for sessions
    std::array<std::int64_t, 5> byClass{};   ///< 1xx .. 5xx
};

struct Totals
{
    std::int64_t users = 0;
    std::int64_t activeUsers = 0;
    std::int64_t apiKeys = 0;
    std::int64_t activeApiKeys = 0;
};

struct KeyDetails
{
    std::string name;
    std::string prefix;
    std::string userId;
    std::string ownerEmail;
};

struct SubscriptionUsage
{
    std::string tier;
    std::string status;
    std::int64_t userLimit = 0;
    std::int64_t apiRateLimit = 0;
    std::int64_t callsLastHour = 0;
};

/// SQL of the tenant's analytics, all on the usage rollups and within the transaction's tenant.
class AnalyticsStore
{
public:
    /// `now` (Unix seconds) tells which buckets may reach past the range's end (see tilesOf).
    static UsageBreakdown usage(db::Transaction& tx, const AnalyticsRange& range, std::int64_t now);
    static Totals totals(db::Transaction& tx);
    static std::map<std::string, KeyDetails> keys(db::Transaction& tx, const std::vector<std::string>& ids);
    /// Calls since `since` (Unix seconds), from the minute rollup.
    static SubscriptionUsage subscription(db::Transaction& tx, std::int64_t since);
};

} // namespace aih::analytics
