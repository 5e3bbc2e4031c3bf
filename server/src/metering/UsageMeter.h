// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "util/PeriodicWorker.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
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

/// A UsageCell made of borrowed strings, to find an existing cell without copying any.
struct UsageCellView
{
    std::string_view tenantId;
    std::string_view apiKeyId;
    std::string_view userId;
    std::int64_t minute = 0;
    int statusClass = 2;
};

/// Orders cells and views alike, so the request path looks a cell up without allocating.
struct UsageCellOrder
{
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A& a, const B& b) const
    {
        return std::tie(a.tenantId, a.apiKeyId, a.userId, a.minute, a.statusClass) <
               std::tie(b.tenantId, b.apiKeyId, b.userId, b.minute, b.statusClass);
    }
};

/// Orders (tenant, key) pairs of owned or borrowed strings alike.
struct TenantKeyOrder
{
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A& a, const B& b) const
    {
        return std::tie(a.first, a.second) < std::tie(b.first, b.second);
    }
};

struct UsageBatch
{
    using TenantKey = std::pair<std::string, std::string>;
    using LatestUse = std::map<TenantKey, std::int64_t, TenantKeyOrder>;

    std::map<UsageCell, std::int64_t, UsageCellOrder> calls;
    /// Per (tenant, key): the latest use (Unix seconds), and the latest use of a rotated key's
    /// old secret.
    LatestUse keyLastUsed;
    LatestUse keyPreviousSecretUsed;

    bool empty() const { return calls.empty(); }
    void merge(const UsageBatch& other);
    /// One batch per tenant, since each is written in its own tenant-scoped transaction.
    std::map<std::string, UsageBatch> byTenant() const;
};

/// Counts calls in memory and hands them to a writer in batches, so a request costs a map
/// update instead of a database write. A failed write is merged back and retried with the next
/// batch; stop() writes what is left, so a graceful shutdown loses nothing.
class UsageMeter final : public observability::MetricsSource
{
public:
    /// Writes one tenant's batch; throws on failure.
    using Writer = std::function<void(const std::string& tenantId, const UsageBatch&)>;

    UsageMeter(Writer writer, std::chrono::milliseconds interval);
    ~UsageMeter() override;

    void record(const std::string& tenantId, const std::string& apiKeyId, const std::string& userId,
                int status, double unixSeconds, bool previousSecret);
    void start();
    /// Writes everything recorded so far; returns false if the writer failed (kept for retry).
    bool flush();
    void stop();
    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    /// Counts are kept in shards, each thread always using the same one, so concurrent requests
    /// rarely wait for each other; a flush takes every shard's counts in turn.
    struct Shard
    {
        std::mutex mutex;
        UsageBatch pending;
    };
    static constexpr std::size_t shardCount = 16;

    Shard& shardOfThisThread();

    Writer writer_;
    std::array<Shard, shardCount> shards_;
    std::mutex flushMutex_;
    observability::Counter batchesWritten_;
    observability::Counter batchesFailed_;
    util::PeriodicWorker worker_;
};

} // namespace aih::metering
