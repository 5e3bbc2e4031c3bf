// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Change.h"
#include "metering/MonthlyQuota.h"
#include "time/Clock.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace aih::metering {

/// Enforces the monthly quota on the request path without a database round trip: per tenant,
/// the period's total as the last flush of this instance read it back (which includes every
/// instance's flushed calls), plus this instance's calls since. A tenant is loaded from the
/// database the first time one of its calls is seen, when its period ends, and after the
/// database announces a change of the tenant (a new billing period, a plan change).
///
/// The total lags other instances by about one usage flush, so a tenant can overshoot its quota
/// by what the other instances admit in that time; the thresholds are announced exactly, by the
/// flush (MonthlyQuota).
class QuotaGuard
{
public:
    using Loader = std::function<QuotaPeriod(const std::string& tenantId)>;

    explicit QuotaGuard(Loader loader, const time::Clock& clock = time::systemClock());

    /// Throws 429 (`limit: monthly`, Retry-After until the period ends) once the tenant's calls
    /// this period have reached `quota`. While the period cannot be loaded the call goes
    /// through, and loading is tried again a few seconds later.
    void check(const std::string& tenantId, int quota);
    /// An API call of the tenant succeeded.
    void count(const std::string& tenantId);
    /// A flush wrote `flushed` calls of the tenant and read the period back.
    void settle(const std::string& tenantId, const QuotaPeriod& period, long long flushed);
    /// The period as the database has it now, with this instance's unflushed calls added.
    QuotaPeriod view(const std::string& tenantId);
    /// The database announced a change: the tenant's period is loaded again before its next call.
    void onChange(const db::Change& change);

private:
    struct Entry
    {
        std::atomic<long long> flushedTotal{0};
        std::atomic<long long> unflushed{0};
        std::atomic<long long> end{0};    ///< 0: never loaded, or to be loaded again
        std::atomic<bool> loading{false}; ///< one thread loads; the others go on with what is there
        std::mutex detailMutex;           ///< guards start, notified and thresholds
        long long start = 0;
        std::vector<int> notified;
        std::vector<int> thresholds;
    };

    Entry* find(const std::string& tenantId);
    Entry& entryOf(const std::string& tenantId);
    Entry& current(const std::string& tenantId);
    void load(const std::string& tenantId, Entry& entry);
    static void apply(Entry& entry, const QuotaPeriod& period);

    Loader loader_;
    const time::Clock& clock_;
    std::shared_mutex mutex_;
    /// Entries are never removed (one per tenant seen), so pointers to them stay valid.
    std::unordered_map<std::string, std::unique_ptr<Entry>> entries_;
};

} // namespace aih::metering
