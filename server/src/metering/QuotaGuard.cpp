// SPDX-License-Identifier: Apache-2.0
#include "metering/QuotaGuard.h"

#include "errors/ApiError.h"
#include "logging/Logger.h"

#include <algorithm>

namespace aih::metering {
namespace {

const logging::Logger quotaGuardLogger("quota");

// While the database cannot say, a tenant's calls go through and it is asked again this soon.
constexpr long long unknownRetrySeconds = 5;
constexpr long long longestRetryAfter = 31LL * 24 * 3600;

} // namespace

QuotaGuard::QuotaGuard(Loader loader, const time::Clock& clock) : loader_(std::move(loader)), clock_(clock) {}

QuotaGuard::Entry* QuotaGuard::find(const std::string& tenantId)
{
    const std::shared_lock lock(mutex_);
    const auto found = entries_.find(tenantId);
    return found == entries_.end() ? nullptr : found->second.get();
}

QuotaGuard::Entry& QuotaGuard::entryOf(const std::string& tenantId)
{
    if (auto* entry = find(tenantId)) {
        return *entry;
    }
    const std::unique_lock lock(mutex_);
    auto& slot = entries_[tenantId];
    if (!slot) {
        slot = std::make_unique<Entry>();
    }
    return *slot;
}

void QuotaGuard::apply(Entry& entry, const QuotaPeriod& period)
{
    entry.flushedTotal = period.used;
    const std::lock_guard lock(entry.detailMutex);
    if (period.start != entry.start) {
        // A new period: what this instance counted belongs to the last one (its flush adds it
        // to the period current when it runs).
        entry.unflushed = 0;
    }
    entry.start = period.start;
    entry.notified = period.notified;
    entry.thresholds = period.thresholds;
    entry.end = period.end;
}

void QuotaGuard::load(const std::string& tenantId, Entry& entry)
{
    try {
        apply(entry, loader_(tenantId));
    } catch (const std::exception& error) {
        quotaGuardLogger.warning("the quota period could not be loaded; calls go through meanwhile",
                                 {{"tenant", tenantId}, {"error", error.what()}});
        // From now, not from before the attempt: a load that waited for the pool must not
        // leave the entry due again at once.
        entry.end = clock_.nowSeconds() + unknownRetrySeconds;
    }
}

QuotaGuard::Entry& QuotaGuard::current(const std::string& tenantId)
{
    auto& entry = entryOf(tenantId);
    if (clock_.nowSeconds() < entry.end || entry.loading.exchange(true)) {
        return entry; // in its period, or another thread is loading it: what is there stands
    }
    struct Done
    {
        std::atomic<bool>& loading;
        ~Done() { loading = false; }
    } done{entry.loading};
    load(tenantId, entry);
    return entry;
}

void QuotaGuard::check(const std::string& tenantId, int quota)
{
    auto& entry = current(tenantId);
    if (entry.flushedTotal + entry.unflushed < quota) {
        return;
    }
    const auto end = entry.end.load();
    const auto wait = std::clamp<long long>(end - clock_.nowSeconds(), 1, longestRetryAfter);
    throw errors::ApiError(errors::ErrorCode::RateLimited,
                           "The monthly quota of " + std::to_string(quota) +
                               " calls is used up until the billing period ends.")
        .withExtension("limit", "monthly")
        .withRetryAfter(static_cast<int>(wait))
        .withHeaders({{"X-RateLimit-Limit", std::to_string(quota)},
                      {"X-RateLimit-Remaining", "0"},
                      {"X-RateLimit-Reset", std::to_string(clock_.nowSeconds() + wait)}});
}

void QuotaGuard::count(const std::string& tenantId)
{
    if (auto* entry = find(tenantId)) {
        ++entry->unflushed;
    }
}

void QuotaGuard::settle(const std::string& tenantId, const QuotaPeriod& period, long long flushed)
{
    auto* entry = find(tenantId);
    if (!entry) {
        return;
    }
    // Calls counted before the entry existed were flushed too: never below zero.
    auto unflushed = entry->unflushed.load();
    while (!entry->unflushed.compare_exchange_weak(unflushed, std::max(0LL, unflushed - flushed))) {
    }
    apply(*entry, period);
}

QuotaPeriod QuotaGuard::view(const std::string& tenantId)
{
    // Read afresh: an instance that serves none of the tenant's API calls flushes none, so its
    // figure would miss what the others flushed since.
    auto& entry = entryOf(tenantId);
    load(tenantId, entry);
    QuotaPeriod period;
    period.used = entry.flushedTotal + entry.unflushed;
    period.end = entry.end;
    const std::lock_guard lock(entry.detailMutex);
    period.start = entry.start;
    period.notified = entry.notified;
    period.thresholds = entry.thresholds;
    return period;
}

void QuotaGuard::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    if (change.subject != Subject::Everything && change.subject != Subject::Tenant) {
        return;
    }
    const std::shared_lock lock(mutex_);
    for (auto& [tenantId, entry] : entries_) {
        if (change.subject == Subject::Everything || tenantId == change.id) {
            entry->end = 0;
        }
    }
}

} // namespace aih::metering
