// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "identity/Caller.h"

#include <vector>

namespace aih::metering {

/// Which shares of the monthly quota (percent) the tenant is told about, and whether by mail as
/// well as by webhook and audit entry.
struct QuotaAlerts
{
    static constexpr std::size_t maxThresholds = 5;

    std::vector<int> thresholds; ///< ascending, 1 to 100, no repeats (50, 80, 100 by default)
    bool mail = true;
};

/// The tenant's quota alert settings: any member reads them, admins change them (audited as
/// `quota_alerts.updated`). A threshold added mid-period that the period has already reached is
/// announced as the change is saved.
class QuotaAlertService
{
public:
    QuotaAlertService(db::Database& database, const audit::AuditLog& audit)
        : database_(database), audit_(audit)
    {
    }

    QuotaAlerts get(identity::Caller& caller);
    /// Sorts the thresholds; 422 naming `thresholds` for none, more than five, repeats or any
    /// outside 1 to 100.
    QuotaAlerts set(identity::Caller& caller, QuotaAlerts alerts);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
};

} // namespace aih::metering
