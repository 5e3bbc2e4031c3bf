// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/PeriodicWorker.h"

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace aih::metering {

/// The nil UUID stands for "no key" (a signed-in session) in the rollup tables.
inline constexpr const char* sessionKeyId = "00000000-0000-0000-0000-000000000000";

struct UsageCell
{
    std::string tenantId;
    std::string apiKeyId;
    std::string userId;
    std::int64_t minute = 0; ///< Unix minutes
    int statusClass = 2;

    auto operator<=>(const UsageCell&) const = default;
};

struct UsageBatch
{
    using TenantKey = std::pair<std::string, std::string>;

    std::map<UsageCell, std::int64_t> calls;
    /// Per (tenant, key): the latest use (Unix seconds), and the latest use of a rotated key's
    /// old secret.
    std::map<TenantKey, std::int64_t> keyLastUsed;
    std::map<TenantKey, std::int64_t> keyPreviousSecretUsed;

    bool empty() const { return calls.empty(); }
    void merge(const UsageBatch& other);
    /// One batch per tenant, since each is written in its own tenant-scoped transaction.
    std::map<std::string, UsageBatch> byTenant() const;
};

/// Counts calls in memory and hands them to a writer in batches, so a request costs a map
/// update instead of a database write. A failed write is merged back and retried with the next
/// batch; stop() writes what is left, so a graceful shutdown loses nothing.
class UsageMeter
{
public:
    /// Writes one tenant's batch; throws on failure.
    using Writer = std::function<void(const std::string& tenantId, const UsageBatch&)>;

    UsageMeter(Writer writer, std::chrono::milliseconds interval);
    ~UsageMeter();

    void record(const std::string& tenantId, const std::string& apiKeyId, const std::string& userId,
                int status, double unixSeconds, bool previousSecret);
    void start();
    /// Writes everything recorded so far; returns false if the writer failed (kept for retry).
    bool flush();
    void stop();

private:
    Writer writer_;
    std::mutex mutex_;
    UsageBatch pending_;
    std::mutex flushMutex_;
    app::PeriodicWorker worker_;
};

} // namespace aih::metering
