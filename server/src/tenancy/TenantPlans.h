// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"
#include "cache/InvalidatingCache.h"
#include "db/Change.h"
#include "db/Database.h"

#include <optional>
#include <string>

namespace aih::tenancy {

struct TenantPlan
{
    Tier tier = Tier::Free;
    std::string status;
    int apiRateLimit = 0;   ///< the operator's override if set, else the plan's
    bool suspended = false; ///< by an operator: its members are refused
    int monthlyQuota = 0;   ///< calls that may succeed in a billing period: override, else the plan's
};

/// The monthly quota in force: the operator's override if set, else the tier's.
inline int monthlyQuotaOf(Tier tier, std::optional<int> override)
{
    return override.value_or(planFor(tier).monthlyCallQuota);
}

/// Each tenant's tier and API limit, cached per instance: rate limiting and plan gating need
/// them on every request. Entries are dropped when the database announces a change
/// (ChangeListener payload `tenant:<id>`), and after a minute regardless.
class TenantPlans
{
public:
    explicit TenantPlans(db::Database& database);

    TenantPlan get(const std::string& tenantId);
    void put(const std::string& tenantId, const TenantPlan& plan);
    void onChange(const db::Change& change);

private:
    TenantPlan load(const std::string& tenantId);

    db::Database& database_;
    cache::InvalidatingCache<TenantPlan> cache_;
};

} // namespace aih::tenancy
