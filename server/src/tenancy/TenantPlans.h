// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"
#include "db/Database.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace aih::tenancy {

struct TenantPlan
{
    Tier tier = Tier::Free;
    std::string status;
    int apiRateLimit = 0;
};

/// Each tenant's tier and API limit, cached per instance: rate limiting and plan gating need
/// them on every request. Entries are dropped when the database announces a change
/// (ChangeListener payload `tenant:<id>`), and after a minute regardless.
class TenantPlans
{
public:
    explicit TenantPlans(db::Database& database);

    TenantPlan get(const std::string& tenantId);
    void put(const std::string& tenantId, const TenantPlan& plan);
    void onChange(const std::string& payload);

private:
    struct Entry
    {
        TenantPlan plan;
        std::chrono::steady_clock::time_point loadedAt;
    };

    void store(const std::string& tenantId, const TenantPlan& plan);

    db::Database& database_;
    std::shared_mutex mutex_; // read on every API call, written on a miss or a change
    std::unordered_map<std::string, Entry> entries_;
    std::uint64_t generation_ = 0;
};

} // namespace aih::tenancy
