// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "analytics/AnalyticsReport.h"
#include "analytics/PlatformReport.h"
#include "identity/Caller.h"
#include "tenancy/TenantPlans.h"

namespace aih::analytics {

/// Usage analytics: a tenant's own (plan feature `analytics`), and the operator's view of all.
class AnalyticsService
{
public:
    explicit AnalyticsService(db::Database& database) : database_(database) {}

    /// `now` in Unix seconds; calls_last_hour counts its minute and the 59 before.
    AnalyticsReport tenantReport(identity::Caller& caller, const AnalyticsRange& range, std::int64_t now);
    PlatformReport platformReport(std::int64_t now);

private:
    db::Database& database_;
};

} // namespace aih::analytics
