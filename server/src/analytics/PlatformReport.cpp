// SPDX-License-Identifier: Apache-2.0
#include "analytics/PlatformReport.h"

#include "aih/Plans.h"
#include "analytics/AnalyticsReport.h"

#include <Poco/JSON/Array.h>
#include <map>

namespace aih::analytics {
namespace {

// The alias avoids since, which ORDER BY would otherwise take to mean the epoch seconds.
constexpr db::Sql tenantsSql{"analytics.platform_tenants", R"sql(
    SELECT id::text AS id,
           slug,
           tier,
           status,
           extract(epoch FROM since)::bigint AS since_epoch
      FROM aih_platform_tenants()
     ORDER BY since, slug
)sql"};

constexpr db::Sql callsSql{"analytics.platform_calls", R"sql(
    SELECT aih_platform_calls_since(to_timestamp($1)) AS calls
)sql"};

TenantState tenantFrom(const pqxx::row& row)
{
    return {row["id"].as<std::string>(), row["slug"].as<std::string>(), row["tier"].as<std::string>(),
            row["status"].as<std::string>(), row["since_epoch"].as<std::int64_t>()};
}

Poco::JSON::Object::Ptr newReportObject()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::JSON::Array::Ptr tenantsIn(const std::vector<TenantState>& tenants, const std::string& status)
{
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& tenant : tenants) {
        if (tenant.status == status) {
            auto row = newReportObject();
            row->set("id", tenant.id);
            row->set("slug", tenant.slug);
            row->set("tier", tenant.tier);
            row->set("since", utcText(tenant.since));
            out->add(row);
        }
    }
    return out;
}

} // namespace

PlatformReport PlatformStore::read(db::Transaction& tx, std::int64_t now)
{
    PlatformReport report;
    for (const auto& row : tx.exec(tenantsSql)) {
        report.tenants.push_back(tenantFrom(row));
    }
    report.callsLast24h = tx.exec(callsSql, (now / 3600 - 23) * 3600)[0]["calls"].as<std::int64_t>();
    return report;
}

std::int64_t PlatformReport::mrrCents() const
{
    std::int64_t total = 0;
    for (const auto& tenant : tenants) {
        const auto tier = tierFromName(tenant.tier);
        if (tier && (tenant.status == "active" || tenant.status == "past_due")) {
            total += planFor(*tier).priceCentsPerMonth;
        }
    }
    return total;
}

Poco::JSON::Object::Ptr PlatformReport::toJson() const
{
    std::map<std::string, std::int64_t> byStatus;
    auto byTier = newReportObject();
    for (const auto& plan : allPlans()) {
        byTier->set(std::string(plan.name), 0);
    }
    for (const auto& tenant : tenants) {
        byTier->set(tenant.tier, byTier->optValue<std::int64_t>(tenant.tier, 0) + 1);
        ++byStatus[tenant.status];
    }
    auto statuses = newReportObject();
    for (const auto& [status, count] : byStatus) {
        statuses->set(status, count);
    }
    auto counts = newReportObject();
    counts->set("total", static_cast<std::int64_t>(tenants.size()));
    counts->set("by_tier", byTier);
    counts->set("by_status", statuses);
    auto out = newReportObject();
    out->set("tenants", counts);
    out->set("mrr_cents", mrrCents());
    out->set("past_due", tenantsIn(tenants, "past_due"));
    out->set("churned", tenantsIn(tenants, "canceled"));
    out->set("calls_last_24h", callsLast24h);
    return out;
}

} // namespace aih::analytics
