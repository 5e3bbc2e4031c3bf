// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsStore.h"

#include "apikeys/ApiKeyFormat.h"

namespace aih::analytics {
namespace {

// Calls over time and per status class: at most five rows a bucket, whatever the key count.
constexpr db::Sql seriesMinute{"analytics.series_minute", R"sql(
    SELECT extract(epoch FROM bucket)::bigint AS bucket_epoch,
           status_class,
           calls
      FROM usage_tenant_minute
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
)sql"};

constexpr db::Sql seriesHour{"analytics.series_hour", R"sql(
    SELECT extract(epoch FROM bucket)::bigint AS bucket_epoch,
           status_class,
           calls
      FROM usage_tenant_hour
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
)sql"};

constexpr db::Sql seriesDay{"analytics.series_day", R"sql(
    SELECT extract(epoch FROM bucket)::bigint AS bucket_epoch,
           status_class,
           calls
      FROM usage_tenant_day
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
)sql"};

// Calls per key over one tile of the range.
constexpr db::Sql keysMinute{"analytics.keys_minute", R"sql(
    SELECT api_key_id::text AS api_key_id,
           sum(calls)::bigint AS calls,
           coalesce(sum(calls) FILTER (WHERE status_class >= 4), 0)::bigint AS errors
      FROM usage_minute
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
     GROUP BY api_key_id
)sql"};

constexpr db::Sql keysHour{"analytics.keys_hour", R"sql(
    SELECT api_key_id::text AS api_key_id,
           sum(calls)::bigint AS calls,
           coalesce(sum(calls) FILTER (WHERE status_class >= 4), 0)::bigint AS errors
      FROM usage_hour
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
     GROUP BY api_key_id
)sql"};

constexpr db::Sql keysDay{"analytics.keys_day", R"sql(
    SELECT api_key_id::text AS api_key_id,
           sum(calls)::bigint AS calls,
           coalesce(sum(calls) FILTER (WHERE status_class >= 4), 0)::bigint AS errors
      FROM usage_day
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
     GROUP BY api_key_id
)sql"};

constexpr db::Sql keysWeek{"analytics.keys_week", R"sql(
    SELECT api_key_id::text AS api_key_id,
           sum(calls)::bigint AS calls,
           coalesce(sum(calls) FILTER (WHERE status_class >= 4), 0)::bigint AS errors
      FROM usage_week
     WHERE tenant_id = aih_current_tenant()
       AND bucket >= to_timestamp($1)
       AND bucket < to_timestamp($2)
     GROUP BY api_key_id
)sql"};

constexpr db::Sql totalsSql{"analytics.totals", R"sql(
    SELECT (SELECT count(*) FROM users WHERE tenant_id = aih_current_tenant()) AS users,
           (SELECT count(*) FROM users WHERE tenant_id = aih_current_tenant() AND active) AS active_users,
           (SELECT count(*) FROM api_keys WHERE tenant_id = aih_current_tenant()) AS api_keys,
           (SELECT count(*)
              FROM api_keys
             WHERE tenant_id = aih_current_tenant()
               AND revoked_at IS NULL
               AND (expires_at IS NULL OR expires_at > now())) AS active_api_keys
)sql"};

constexpr db::Sql keysSql{"analytics.keys", R"sql(
    SELECT k.id::text AS id,
           k.name,
           k.mode,
           k.public_id,
           k.user_id::text AS user_id,
           u.email
      FROM api_keys k
      JOIN users u ON u.id = k.user_id
     WHERE k.tenant_id = aih_current_tenant()
       AND k.id = ANY($1::uuid[])
)sql"};

constexpr db::Sql subscriptionSql{"analytics.subscription", R"sql(
    SELECT t.subscription_tier,
           t.subscription_status,
           coalesce(t.user_limit_override, t.user_limit) AS user_limit,
           coalesce(t.api_rate_limit_override, t.api_rate_limit) AS api_rate_limit,
           (SELECT coalesce(sum(calls), 0)::bigint
              FROM usage_tenant_minute
             WHERE tenant_id = aih_current_tenant()
               AND bucket >= to_timestamp($1)) AS calls
      FROM tenants t
     WHERE t.id = aih_current_tenant()
)sql"};

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
        const auto statusClass = row["status_class"].as<int>();
        const auto calls = row["calls"].as<std::int64_t>();
        auto& bucket = usage.byBucket[row["bucket_epoch"].as<std::int64_t>()];
        bucket.calls += calls;
        bucket.errors += statusClass >= 4 ? calls : 0;
        usage.byClass.at(static_cast<std::size_t>(statusClass - 1)) += calls;
    }
    for (const auto& tile : tilesOf(range.from, range.to, finestOf(range.bucket), now)) {
        for (const auto& row : tx.exec(keySqlFor(tile.level), tile.from, tile.to)) {
            auto& key = usage.byKey[row["api_key_id"].as<std::string>()];
            key.calls += row["calls"].as<std::int64_t>();
            key.errors += row["errors"].as<std::int64_t>();
        }
    }
    return usage;
}

Totals AnalyticsStore::totals(db::Transaction& tx)
{
    const auto row = tx.exec(totalsSql)[0];
    return {row["users"].as<std::int64_t>(), row["active_users"].as<std::int64_t>(),
            row["api_keys"].as<std::int64_t>(), row["active_api_keys"].as<std::int64_t>()};
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
        details[row["id"].as<std::string>()] = {
            row["name"].as<std::string>(),
            apikeys::displayPrefix(row["mode"].as<std::string>(), row["public_id"].as<std::string>()),
            row["user_id"].as<std::string>(), row["email"].as<std::string>()};
    }
    return details;
}

SubscriptionUsage AnalyticsStore::subscription(db::Transaction& tx, std::int64_t since)
{
    const auto row = tx.exec(subscriptionSql, since)[0];
    return {row["subscription_tier"].as<std::string>(), row["subscription_status"].as<std::string>(),
            row["user_limit"].as<std::int64_t>(), row["api_rate_limit"].as<std::int64_t>(),
            row["calls"].as<std::int64_t>()};
}

} // namespace aih::analytics
