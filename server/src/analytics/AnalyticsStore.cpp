// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsStore.h"

#include "apikeys/ApiKeyFormat.h"

namespace aih::analytics {
namespace {

// Calls over time and per status class: at most five rows a bucket, whatever the key count.
#define AIH_TENANT_SERIES(table)                                                                             \
    "SELECT extract(epoch FROM bucket)::bigint, status_class, calls FROM " table                             \
    " WHERE tenant_id = aih_current_tenant() AND bucket >= to_timestamp($1) AND bucket < to_timestamp($2)"
// Calls per key over one tile of the range.
#define AIH_KEY_SUMS(table)                                                                                  \
    "SELECT api_key_id::text, sum(calls)::bigint, coalesce(sum(calls) FILTER (WHERE status_class >= 4), "    \
    "0)::bigint FROM " table " WHERE tenant_id = aih_current_tenant() AND bucket >= to_timestamp($1) "       \
    "AND bucket < to_timestamp($2) GROUP BY api_key_id"

constexpr db::Sql seriesMinute{"analytics.series_minute", AIH_TENANT_SERIES("usage_tenant_minute")};
constexpr db::Sql seriesHour{"analytics.series_hour", AIH_TENANT_SERIES("usage_tenant_hour")};
constexpr db::Sql seriesDay{"analytics.series_day", AIH_TENANT_SERIES("usage_tenant_day")};
constexpr db::Sql keysMinute{"analytics.keys_minute", AIH_KEY_SUMS("usage_minute")};
constexpr db::Sql keysHour{"analytics.keys_hour", AIH_KEY_SUMS("usage_hour")};
constexpr db::Sql keysDay{"analytics.keys_day", AIH_KEY_SUMS("usage_day")};
constexpr db::Sql keysWeek{"analytics.keys_week", AIH_KEY_SUMS("usage_week")};

#undef AIH_KEY_SUMS
#undef AIH_TENANT_SERIES

constexpr db::Sql totalsSql{
    "analytics.totals",
    "SELECT (SELECT count(*) FROM users WHERE tenant_id = aih_current_tenant()), "
    "(SELECT count(*) FROM users WHERE tenant_id = aih_current_tenant() AND active), "
    "(SELECT count(*) FROM api_keys WHERE tenant_id = aih_current_tenant()), "
    "(SELECT count(*) FROM api_keys WHERE tenant_id = aih_current_tenant() AND revoked_at IS NULL "
    "AND (expires_at IS NULL OR expires_at > now()))"};
constexpr db::Sql keysSql{
    "analytics.keys",
    "SELECT k.id::text, k.name, k.mode, k.public_id, k.user_id::text, u.email FROM api_keys k "
    "JOIN users u ON u.id = k.user_id WHERE k.tenant_id = aih_current_tenant() AND k.id = ANY($1::uuid[])"};
constexpr db::Sql subscriptionSql{
    "analytics.subscription",
    "SELECT t.subscription_tier, t.subscription_status, t.user_limit, t.api_rate_limit, "
    "(SELECT coalesce(sum(calls), 0)::bigint FROM usage_tenant_minute WHERE tenant_id = aih_current_tenant() "
    "AND bucket >= to_timestamp($1)) FROM tenants t WHERE t.id = aih_current_tenant()"};

const db::Sql& seriesSqlFor(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Minute:
        return seriesMinute;
    case Bucket::Hour:
        return seriesHour;
    case Bucket::Day:
        break;
    }
    return seriesDay;
}

const db::Sql& keySqlFor(Level level)
{
    switch (level) {
    case Level::Week:
        return keysWeek;
    case Level::Day:
        return keysDay;
    case Level::Hour:
        return keysHour;
    case Level::Minute:
        break;
    }
    return keysMinute;
}

Level finestOf(Bucket bucket)
{
    return bucket == Bucket::Minute ? Level::Minute : bucket == Bucket::Hour ? Level::Hour : Level::Day;
}

} // namespace

UsageBreakdown AnalyticsStore::usage(db::Transaction& tx, const AnalyticsRange& range, std::int64_t now)
{
    UsageBreakdown usage;
    for (const auto& row : tx.exec(seriesSqlFor(range.bucket), range.from, range.to)) {
        const auto statusClass = row[1].as<int>();
        const auto calls = row[2].as<std::int64_t>();
        auto& bucket = usage.byBucket[row[0].as<std::int64_t>()];
        bucket.calls += calls;
        bucket.errors += statusClass >= 4 ? calls : 0;
        usage.byClass.at(static_cast<std::size_t>(statusClass - 1)) += calls;
    }
    for (const auto& tile : tilesOf(range.from, range.to, finestOf(range.bucket), now)) {
        for (const auto& row : tx.exec(keySqlFor(tile.level), tile.from, tile.to)) {
            auto& key = usage.byKey[row[0].as<std::string>()];
            key.calls += row[1].as<std::int64_t>();
            key.errors += row[2].as<std::int64_t>();
        }
    }
    return usage;
}

Totals AnalyticsStore::totals(db::Transaction& tx)
{
    const auto row = tx.exec(totalsSql)[0];
    return {row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].as<std::int64_t>(),
            row[3].as<std::int64_t>()};
}

std::map<std::string, KeyDetails> AnalyticsStore::keys(db::Transaction& tx,
                                                       const std::vector<std::string>& ids)
{
    std::string literal = "{";
    for (const auto& id : ids) {
        literal += (literal.size() > 1 ? "," : "") + id;
    }
    literal += "}";
    std::map<std::string, KeyDetails> details;
    for (const auto& row : tx.exec(keysSql, literal)) {
        details[row[0].as<std::string>()] = {
            row[1].as<std::string>(),
            apikeys::displayPrefix(row[2].as<std::string>(), row[3].as<std::string>()),
            row[4].as<std::string>(), row[5].as<std::string>()};
    }
    return details;
}

SubscriptionUsage AnalyticsStore::subscription(db::Transaction& tx, std::int64_t since)
{
    const auto row = tx.exec(subscriptionSql, since)[0];
    return {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::int64_t>(),
            row[3].as<std::int64_t>(), row[4].as<std::int64_t>()};
}

} // namespace aih::analytics
