// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Transaction.h"

#include <Poco/JSON/Array.h>
#include <string>
#include <vector>

namespace aih::metering {

/// A tenant's quota period and the calls that succeeded in it. Times are Unix seconds.
struct QuotaPeriod
{
    long long start = 0;
    long long end = 0;
    long long used = 0;
    std::vector<int> notified;   ///< thresholds (percent) already announced this period
    std::vector<int> thresholds; ///< the tenant's, ascending (QuotaAlerts)
    bool alertMail = true;       ///< thresholds are mailed to the admins too
};

/// Percentages as PostgreSQL's array_to_string writes a smallint[] ("50,80,100").
std::vector<int> percentagesFrom(const std::string& commaList);
/// Percentages as the API shows them: a JSON array of numbers.
Poco::JSON::Array::Ptr percentagesJson(const std::vector<int>& percentages);

/// The monthly quota's bookkeeping in the database: each usage flush adds the calls that succeeded
/// to the tenant's current period (its Stripe billing period while a subscription runs, else the
/// UTC calendar month), and announces every threshold of the tenant's (QuotaAlerts) the total has
/// reached and not yet announced: a `usage.threshold` webhook event, a mail to the tenant's admins
/// (unless they turned it off) and a `usage.threshold_crossed` audit entry. The addition locks the period's
/// row, so concurrent flushes of several instances announce each threshold once.
class MonthlyQuota
{
public:
    /// Adds `calls` and announces every threshold the total has reached and not yet announced
    /// (with no calls: after the quota changed); returns the period after.
    static QuotaPeriod count(db::Transaction& tx, long long calls, int quota, const audit::AuditLog& audit);
    /// The current period as recorded so far.
    static QuotaPeriod current(db::Transaction& tx);
};

} // namespace aih::metering
