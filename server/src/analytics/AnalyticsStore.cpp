// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsStore.h"

#include "apikeys/ApiKeyFormat.h"

namespace aih::analytics {
namespace {

// One scan, three aggregations: GROUPING() tells which set a row belongs to (3: per bucket,
// 5: per key, 6: per status class). The primary key (tenant_id, bucket, ...) bounds the scan.
#define AIH_USAGE_BREAKDOWN(table)                                                                           \
    "SELECT GROUPING(bucket, api_key_id, status_class)::int, extract(epoch FROM bucket)::bigint, "           \
    "api_key_id::text, status_class, sum(calls)::bigint, "                                                   \
    "coalesce(sum(calls) FILTER (WHERE status_class >= 4), 0)::bigint FROM " table                           \
    " WHERE tenant_id = aih_current_tenant() AND bucket >= to_timestamp($1) AND bucket < to_timestamp($2) "  \
    "GROUP BY GROUPING SETS ((bucket), (api_key_id), (status_class))"

constexpr db::Sql usageMinute{"analytics.usage_minute", AIH_USAGE_BREAKDOWN("usage_minute")};
constexpr db::Sql usageHour{"analytics.usage_hour", AIH_USAGE_BREAKDOWN("usage_hour")};
constexpr db::Sql usageDay{"analytics.usage_day", AIH_USAGE_BREAKDOWN("usage_day")};

#undef AIH_USAGE_BREAKDOWN

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
    "(SELECT coalesce(sum(calls), 0)::bigint FROM usage_minute WHERE tenant_id = aih_current_tenant() "
    "AND bucket >= to_timestamp($1)) FROM tenants t WHERE t.id = aih_current_tenant()"};

const db::Sql& usageSqlFor(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Minute:
        return usageMinute;
    case Bucket::Hour:
        return usageHour;
    case Bucket::Day:
        break;
    }
    return usageDay;
}

} // namespace

UsageBreakdown AnalyticsStore::usage(db::Transaction& tx, const AnalyticsRange& range)
{
    UsageBreakdown usage;
    for (const auto& row : tx.exec(usageSqlFor(range.bucket), range.from, range.to)) {
        const Counts counts{row[4].as<std::int64_t>(), row[5].as<std::int64_t>()};
        switch (row[0].as<int>()) {
        case 3:
            usage.byBucket[row[1].as<std::int64_t>()] = counts;
            break;
        case 5:
            usage.byKey[row[2].as<std::string>()] = counts;
            break;
        default:
            usage.byClass.at(static_cast<std::size_t>(row[3].as<int>() - 1)) = counts.calls;
            break;
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
