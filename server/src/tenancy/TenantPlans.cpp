// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantPlans.h"

#include "http/ApiError.h"

namespace aih::tenancy {
namespace {

constexpr db::Sql loadPlan{
    "tenants.plan",
    "SELECT subscription_tier, subscription_status, api_rate_limit FROM tenants WHERE id = $1"};
constexpr auto maxAge = std::chrono::seconds(60);
constexpr std::size_t maxEntries = 100'000;

} // namespace

TenantPlans::TenantPlans(db::Database& database) : database_(database) {}

TenantPlan TenantPlans::get(const std::string& tenantId)
{
    const auto now = std::chrono::steady_clock::now();
    {
        std::shared_lock lock(mutex_);
        const auto it = entries_.find(tenantId);
        if (it != entries_.end() && now - it->second.loadedAt < maxAge) {
            return it->second.plan;
        }
    }
    std::uint64_t generation = 0;
    {
        std::shared_lock lock(mutex_);
        generation = generation_;
    }
    const auto plan = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto rows = tx.exec(loadPlan, tenantId);
        if (rows.empty()) {
            throw http::ApiError(http::ErrorCode::NotFound, "No such tenant.");
        }
        return TenantPlan{tierFromName(rows[0][0].as<std::string>()).value_or(Tier::Free),
                          rows[0][1].as<std::string>(), rows[0][2].as<int>()};
    });
    std::unique_lock lock(mutex_);
    // A change announced while we were reading may be missing from what we read: don't keep it.
    if (generation == generation_) {
        store(tenantId, plan);
    }
    return plan;
}

void TenantPlans::put(const std::string& tenantId, const TenantPlan& plan)
{
    std::unique_lock lock(mutex_);
    store(tenantId, plan);
}

void TenantPlans::store(const std::string& tenantId, const TenantPlan& plan)
{
    if (entries_.size() >= maxEntries) {
        entries_.clear();
    }
    entries_[tenantId] = {plan, std::chrono::steady_clock::now()};
}

void TenantPlans::onChange(const std::string& payload)
{
    std::unique_lock lock(mutex_);
    ++generation_;
    if (payload == "*") {
        entries_.clear();
    } else if (payload.starts_with("tenant:")) {
        entries_.erase(payload.substr(7));
    }
}

} // namespace aih::tenancy
