// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantPlans.h"

#include "db/Fields.h"
#include "errors/ApiError.h"

namespace aih::tenancy {
namespace {

constexpr db::Sql loadPlan{"tenants.plan", R"sql(
    SELECT subscription_tier,
           subscription_status,
           coalesce(api_rate_limit_override, api_rate_limit) AS api_rate_limit,
           suspended_at IS NOT NULL AS suspended,
           monthly_quota_override
      FROM tenants
     WHERE id = $1
)sql"};
constexpr auto maxAge = std::chrono::seconds(60);
constexpr std::size_t maxEntries = 100'000;

} // namespace

TenantPlans::TenantPlans(db::Database& database) : database_(database), cache_(maxAge, maxEntries) {}

TenantPlan TenantPlans::get(const std::string& tenantId)
{
    return cache_.get(tenantId, [&] { return load(tenantId); }).value;
}

TenantPlan TenantPlans::load(const std::string& tenantId)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto rows = tx.exec(loadPlan, tenantId);
        if (rows.empty()) {
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
        }
        const auto& row = rows[0];
        const auto tier = tierFromName(row["subscription_tier"].as<std::string>()).value_or(Tier::Free);
        return TenantPlan{tier, row["subscription_status"].as<std::string>(), row["api_rate_limit"].as<int>(),
                          row["suspended"].as<bool>(),
                          monthlyQuotaOf(tier, db::optionalInt(row["monthly_quota_override"]))};
    });
}

void TenantPlans::put(const std::string& tenantId, const TenantPlan& plan)
{
    cache_.put(tenantId, plan);
}

void TenantPlans::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    if (change.subject == Subject::Everything) {
        cache_.clear();
    } else if (change.subject == Subject::Tenant) {
        cache_.erase(change.id);
    }
}

} // namespace aih::tenancy
