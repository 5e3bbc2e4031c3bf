// SPDX-License-Identifier: Apache-2.0
#include "metering/MonthlyQuota.h"

#include "accounts/Notices.h"
#include "time/Rfc3339.h"
#include "webhooks/EventOutbox.h"

#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <algorithm>

namespace aih::metering {
namespace {

constexpr db::Sql countSql{"usage_periods.count", R"sql(
    INSERT INTO usage_periods (tenant_id, period_start, period_end, calls)
    SELECT aih_current_tenant(), p.period_start, p.period_end, $1 FROM aih_quota_period() p
    ON CONFLICT (tenant_id, period_start)
    DO UPDATE SET calls = usage_periods.calls + excluded.calls, period_end = excluded.period_end
    RETURNING extract(epoch FROM period_start)::bigint AS period_start,
              extract(epoch FROM period_end)::bigint AS period_end, calls,
              array_to_string(notified, ',') AS notified,
              (SELECT array_to_string(t.quota_thresholds, ',') FROM tenants t WHERE t.id = aih_current_tenant())
                  AS thresholds,
              (SELECT t.quota_alert_mail FROM tenants t WHERE t.id = aih_current_tenant()) AS alert_mail
)sql"};

constexpr db::Sql currentSql{"usage_periods.current", R"sql(
    SELECT extract(epoch FROM p.period_start)::bigint AS period_start,
           extract(epoch FROM p.period_end)::bigint AS period_end,
           coalesce(u.calls, 0) AS calls,
           coalesce(array_to_string(u.notified, ','), '') AS notified,
           array_to_string(t.quota_thresholds, ',') AS thresholds, t.quota_alert_mail AS alert_mail
      FROM aih_quota_period() p
      JOIN tenants t ON t.id = aih_current_tenant()
      LEFT JOIN usage_periods u ON u.tenant_id = aih_current_tenant() AND u.period_start = p.period_start
)sql"};

constexpr db::Sql markSql{"usage_periods.mark_notified", R"sql(
    UPDATE usage_periods SET notified = notified || $2::smallint
     WHERE tenant_id = aih_current_tenant() AND period_start = to_timestamp($1::bigint)
       AND NOT ($2::smallint = ANY (notified))
)sql"};

QuotaPeriod periodFrom(const pqxx::row& row)
{
    QuotaPeriod period;
    period.start = row["period_start"].as<long long>();
    period.end = row["period_end"].as<long long>();
    period.used = row["calls"].as<long long>();
    period.notified = percentagesFrom(row["notified"].as<std::string>());
    period.thresholds = percentagesFrom(row["thresholds"].as<std::string>());
    period.alertMail = row["alert_mail"].as<bool>();
    return period;
}

Poco::JSON::Object::Ptr thresholdObject(const QuotaPeriod& period, int threshold, int quota)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("object", "usage_threshold");
    out->set("threshold", threshold);
    out->set("quota", quota);
    out->set("used", period.used);
    out->set("period_start", time::formatSeconds(period.start));
    out->set("period_end", time::formatSeconds(period.end));
    return out;
}

} // namespace

std::vector<int> percentagesFrom(const std::string& commaList)
{
    std::vector<int> percentages;
    for (const auto& part : Poco::StringTokenizer(commaList, ",", Poco::StringTokenizer::TOK_IGNORE_EMPTY)) {
        percentages.push_back(Poco::NumberParser::parse(part));
    }
    return percentages;
}

Poco::JSON::Array::Ptr percentagesJson(const std::vector<int>& percentages)
{
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const int percentage : percentages) {
        out->add(percentage);
    }
    return out;
}

QuotaPeriod MonthlyQuota::count(db::Transaction& tx, long long calls, int quota, const audit::AuditLog& audit)
{
    auto period = periodFrom(tx.exec(countSql, calls).at(0));
    std::vector<int> reached;
    for (const int threshold : period.thresholds) {
        // Reached, not only crossed by this flush: a quota the operator lowered below the total
        // still announces what it now exceeds.
        if (period.used * 100 >= static_cast<long long>(quota) * threshold &&
            std::ranges::find(period.notified, threshold) == period.notified.end() &&
            tx.exec(markSql, period.start, threshold).affected_rows() == 1) {
            period.notified.push_back(threshold);
            reached.push_back(threshold);
            webhooks::EventOutbox::publish(tx, "usage.threshold", thresholdObject(period, threshold, quota),
                                           "usage.threshold:" + std::to_string(period.start) + ":" +
                                               std::to_string(threshold));
            if (period.alertMail) {
                accounts::mailQuotaThreshold(tx, threshold, period.used, quota, period.end);
            }
        }
    }
    // The audit entries come last: recording one holds the tenant's chain until the commit.
    for (const int threshold : reached) {
        audit.record(tx, audit::systemEvent("usage.threshold_crossed")
                             .with("threshold", threshold)
                             .with("quota", quota)
                             .with("used", period.used)
                             .with("period_start", time::formatSeconds(period.start)));
    }
    return period;
}

QuotaPeriod MonthlyQuota::current(db::Transaction& tx)
{
    return periodFrom(tx.exec(currentSql).at(0));
}

} // namespace aih::metering
