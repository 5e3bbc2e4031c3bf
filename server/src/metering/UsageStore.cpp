// SPDX-License-Identifier: Apache-2.0
#include "metering/UsageStore.h"

#include "metering/UsageRetention.h"
#include "time/Clock.h"

namespace aih::metering {
namespace {

// Arrays travel as PostgreSQL array literals of UUIDs and integers, which need no quoting.
struct Columns
{
    std::string keys = "{";
    std::string users = "{";
    std::string minutes = "{";
    std::string classes = "{";
    std::string calls = "{";

    void add(const UsageCell& cell, std::int64_t count)
    {
        const bool first = keys.size() == 1;
        const std::string sep = first ? "" : ",";
        keys += sep + cell.apiKeyId;
        users += sep + cell.userId;
        minutes += sep + std::to_string(cell.minute);
        classes += sep + std::to_string(cell.statusClass);
        calls += sep + std::to_string(count);
    }
    void close()
    {
        for (auto* column : {&keys, &users, &minutes, &classes, &calls}) {
            *column += "}";
        }
    }
};

// Every statement of a batch reads it from the same five arrays: API key, Unix minute, status
// class, calls and user.
constexpr db::Sql rollupMinute{"usage.rollup_minute", R"sql(
    INSERT INTO usage_minute (tenant_id, api_key_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), r.k, r.minute, r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3, 4
    ON CONFLICT (tenant_id, bucket, api_key_id, status_class)
    DO UPDATE SET calls = usage_minute.calls + excluded.calls
)sql"};

// Buckets are UTC hours and days whatever the session's time zone, as analytics align them.
constexpr db::Sql rollupHour{"usage.rollup_hour", R"sql(
    INSERT INTO usage_hour (tenant_id, api_key_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), r.k, date_trunc('hour', r.minute, 'UTC'), r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3, 4
    ON CONFLICT (tenant_id, bucket, api_key_id, status_class)
    DO UPDATE SET calls = usage_hour.calls + excluded.calls
)sql"};

constexpr db::Sql rollupDay{"usage.rollup_day", R"sql(
    INSERT INTO usage_day (tenant_id, api_key_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), r.k, date_trunc('day', r.minute, 'UTC'), r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3, 4
    ON CONFLICT (tenant_id, bucket, api_key_id, status_class)
    DO UPDATE SET calls = usage_day.calls + excluded.calls
)sql"};

constexpr db::Sql rollupWeek{"usage.rollup_week", R"sql(
    INSERT INTO usage_week (tenant_id, api_key_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), r.k, date_trunc('week', r.minute, 'UTC'), r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3, 4
    ON CONFLICT (tenant_id, bucket, api_key_id, status_class)
    DO UPDATE SET calls = usage_week.calls + excluded.calls
)sql"};

// Per tenant, without the key: what analytics draw calls over time from.
constexpr db::Sql tenantMinute{"usage.tenant_minute", R"sql(
    INSERT INTO usage_tenant_minute (tenant_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), r.minute, r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3
    ON CONFLICT (tenant_id, bucket, status_class)
    DO UPDATE SET calls = usage_tenant_minute.calls + excluded.calls
)sql"};

constexpr db::Sql tenantHour{"usage.tenant_hour", R"sql(
    INSERT INTO usage_tenant_hour (tenant_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), date_trunc('hour', r.minute, 'UTC'), r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3
    ON CONFLICT (tenant_id, bucket, status_class)
    DO UPDATE SET calls = usage_tenant_hour.calls + excluded.calls
)sql"};

constexpr db::Sql tenantDay{"usage.tenant_day", R"sql(
    INSERT INTO usage_tenant_day (tenant_id, bucket, status_class, calls)
    SELECT aih_current_tenant(), date_trunc('day', r.minute, 'UTC'), r.s, sum(r.c)
      FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
              FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                   AS u(k, m, s, c, usr)) r
     GROUP BY 2, 3
    ON CONFLICT (tenant_id, bucket, status_class)
    DO UPDATE SET calls = usage_tenant_day.calls + excluded.calls
)sql"};

constexpr db::Sql purgeTenantMinutes{"usage.purge_tenant_minutes", R"sql(
    DELETE FROM usage_tenant_minute
     WHERE tenant_id = aih_current_tenant()
       AND bucket < to_timestamp($1)
)sql"};

constexpr db::Sql purgeMinutes{"usage.purge_minutes", R"sql(
    DELETE FROM usage_minute
     WHERE tenant_id = aih_current_tenant()
       AND bucket < to_timestamp($1)
)sql"};

constexpr db::Sql purgeHours{"usage.purge_hours", R"sql(
    DELETE FROM usage_hour
     WHERE tenant_id = aih_current_tenant()
       AND bucket < to_timestamp($1)
)sql"};

constexpr db::Sql countUsers{"usage.count_users", R"sql(
    UPDATE users
       SET api_usage_count = api_usage_count + r.c
      FROM (SELECT usr, sum(c) AS c
              FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
                      FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                           AS u(k, m, s, c, usr)) x
             GROUP BY usr) r
     WHERE users.id = r.usr
)sql"};

constexpr db::Sql countKeys{"usage.count_keys", R"sql(
    UPDATE api_keys
       SET usage_count = usage_count + r.c
      FROM (SELECT k, sum(c) AS c
              FROM (SELECT u.k, to_timestamp(u.m * 60) AS minute, u.s, u.c, u.usr
                      FROM unnest($1::uuid[], $2::bigint[], $3::smallint[], $4::bigint[], $5::uuid[])
                           AS u(k, m, s, c, usr)) x
             GROUP BY k) r
     WHERE api_keys.id = r.k
)sql"};

constexpr db::Sql keyLastUsed{"usage.key_last_used", R"sql(
    UPDATE api_keys
       SET last_used_at = greatest(last_used_at, to_timestamp($2))
     WHERE id = $1
)sql"};

constexpr db::Sql keyPreviousUsed{"usage.key_previous_used", R"sql(
    UPDATE api_keys
       SET previous_last_used_at = greatest(previous_last_used_at, to_timestamp($2))
     WHERE id = $1
)sql"};

} // namespace

std::optional<QuotaProgress> UsageStore::write(const std::string& tenantId, const UsageBatch& batch)
{
    Columns columns;
    long long succeeded = 0; // what counts against the monthly quota: API calls answered 2xx or 3xx
    for (const auto& [cell, count] : batch.calls) {
        columns.add(cell, count);
        const bool apiCall = cell.apiKeyId != sessionKeyId;
        succeeded += apiCall && (cell.statusClass == 2 || cell.statusClass == 3) ? count : 0;
    }
    columns.close();
    const int quota = succeeded > 0 ? quotaOf_(tenantId) : 0;
    return database_.inTenant(tenantId, [&](db::Transaction& tx) -> std::optional<QuotaProgress> {
        for (const auto* sql : {&rollupMinute, &rollupHour, &rollupDay, &rollupWeek, &tenantMinute,
                                &tenantHour, &tenantDay, &countUsers, &countKeys}) {
            tx.exec(*sql, columns.keys, columns.minutes, columns.classes, columns.calls, columns.users);
        }
        for (const auto& [key, at] : batch.keyLastUsed) {
            tx.exec(keyLastUsed, key.second, static_cast<double>(at));
        }
        for (const auto& [key, at] : batch.keyPreviousSecretUsed) {
            tx.exec(keyPreviousUsed, key.second, static_cast<double>(at));
        }
        // An index range probe that usually finds nothing; it keeps the tables bounded.
        const auto now = time::systemClock().nowSeconds();
        tx.exec(purgeMinutes, now - minuteRetentionSeconds);
        tx.exec(purgeTenantMinutes, now - minuteRetentionSeconds);
        tx.exec(purgeHours, now - hourRetentionSeconds);
        if (succeeded == 0) {
            return std::nullopt;
        }
        return QuotaProgress{succeeded, MonthlyQuota::count(tx, succeeded, quota, audit_)};
    });
}

} // namespace aih::metering
