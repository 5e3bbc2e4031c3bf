// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "metering/MonthlyQuota.h"
#include "metering/UsageMeter.h"

#include <functional>
#include <optional>

namespace aih::metering {

/// What a flush wrote of one tenant's API calls that succeeded, and the quota period after it.
struct QuotaProgress
{
    long long succeeded = 0;
    QuotaPeriod period;
};

/// Writes a batch of usage: minute, hour and day rollups, the per-key and per-user counters, and
/// the calls that succeeded towards the monthly quota, one transaction per tenant (row-level
/// security scopes each).
class UsageStore
{
public:
    /// `quotaOf`: the tenant's monthly quota in force.
    UsageStore(db::Database& database, const audit::AuditLog& audit,
               std::function<int(const std::string&)> quotaOf)
        : database_(database), audit_(audit), quotaOf_(std::move(quotaOf))
    {
    }
    /// Returns the quota's progress when any API call of the batch succeeded.
    std::optional<QuotaProgress> write(const std::string& tenantId, const UsageBatch& batch);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
    std::function<int(const std::string&)> quotaOf_;
};

} // namespace aih::metering
