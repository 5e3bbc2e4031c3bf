// SPDX-License-Identifier: Apache-2.0
#include "metering/QuotaAlerts.h"

#include "errors/ApiError.h"
#include "metering/MonthlyQuota.h"
#include "tenancy/TenantStore.h"

#include <algorithm>

namespace aih::metering {
namespace {

constexpr db::Sql selectSql{"quota_alerts.select", R"sql(
    SELECT array_to_string(quota_thresholds, ',') AS thresholds, quota_alert_mail AS mail
      FROM tenants WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql updateSql{"quota_alerts.update", R"sql(
    UPDATE tenants SET quota_thresholds = string_to_array($1, ',')::smallint[], quota_alert_mail = $2,
                       updated_at = now()
     WHERE id = aih_current_tenant()
)sql"};

std::string listed(const std::vector<int>& thresholds)
{
    std::string out;
    for (const int threshold : thresholds) {
        out += (out.empty() ? "" : ",") + std::to_string(threshold);
    }
    return out;
}

QuotaAlerts read(db::Transaction& tx)
{
    const auto rows = tx.exec(selectSql);
    if (rows.empty()) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
    }
    return {percentagesFrom(rows[0]["thresholds"].as<std::string>()), rows[0]["mail"].as<bool>()};
}

} // namespace

QuotaAlerts QuotaAlertService::get(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) { return read(tx); });
}

QuotaAlerts QuotaAlertService::set(identity::Caller& caller, QuotaAlerts alerts)
{
    auto& thresholds = alerts.thresholds;
    std::ranges::sort(thresholds);
    const bool repeats = std::ranges::adjacent_find(thresholds) != thresholds.end();
    if (thresholds.empty() || thresholds.size() > QuotaAlerts::maxThresholds || repeats ||
        thresholds.front() < 1 || thresholds.back() > 100) {
        throw errors::ApiError::validation("thresholds",
                                           "must be 1 to 5 different percentages, each 1 to 100");
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        tx.exec(updateSql, listed(thresholds), alerts.mail);
        // A threshold the period has already reached is announced now, not at the next call.
        const auto tenant = tenancy::TenantStore::find(tx, tx.tenantId());
        if (!tenant) {
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
        }
        MonthlyQuota::count(tx, 0, tenant->monthlyQuota, audit_);
        audit_.record(tx, audit::eventFrom(caller, "quota_alerts.updated")
                              .on("tenant", tx.tenantId())
                              .with("thresholds", percentagesJson(thresholds))
                              .with("mail", alerts.mail));
        return alerts;
    });
}

} // namespace aih::metering
