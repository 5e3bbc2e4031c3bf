// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyVerifier.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "errors/ApiError.h"
#include "http/RequestContext.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace aih::audit {

/// A refused request worth an audit entry: an API key refused (bad secret, revoked, scope, rate
/// limit), a signed-in user refused (role, other tenant, rate limit), or an operator refused
/// (platform-support changing something, a limit), in the platform's chain.
struct Denial
{
    std::string tenantId;
    std::string action; ///< api_key.denied | access.denied
    Actor actor;
    std::string reason; ///< authentication | scope | forbidden | tenant_mismatch | rate_limit
    std::string route;
    Origin origin;
    std::string detail;
    int status = 0;
};

/// Which refusals are audited, and as what. `refusedKey` names the stored key behind a refused
/// API key, for refusals that happen before the caller is known.
std::optional<Denial> denialOf(const http::RequestContext& ctx, const errors::ApiError& error,
                               const std::optional<apikeys::KeyIdentity>& refusedKey);

/// How many denial entries one tenant's trail takes per window. Refusals past it are counted,
/// not written one group at a time, and the window's count becomes one summary entry.
struct DenialCap
{
    std::size_t entriesPerWindow = 60;
    std::chrono::milliseconds window{60'000};
};

/// Keeps denials in memory and writes them in batches, like usage metering: a refused request
/// costs a map update, not a database write, and a flood of refusals (a client hammering past
/// its rate limit) becomes one entry per key, reason and route per flush, with its count.
/// Outsiders choose which key ids and routes they are refused on, so each tenant's trail takes
/// at most `DenialCap::entriesPerWindow` of these entries per window (the largest groups first);
/// the rest are summed into one `audit.denials_suppressed` entry written after the window.
class DenialRecorder final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;
    using KeyIdentifier = std::function<std::optional<apikeys::KeyIdentity>(const http::RequestContext&)>;

    DenialRecorder(db::Database& database, const AuditLog& log, KeyIdentifier identifyKey,
                   DenialCap cap = {});

    /// For the pipeline's refusal step: cheap, never throws.
    void note(const http::RequestContext& ctx, const errors::ApiError& error) noexcept;
    /// Writes what was noted, one transaction per tenant; keeps what failed for the next flush.
    void flush();

    /// Tenant batches written and batches that failed (kept for the next flush), for /metrics.
    std::uint64_t batchesWritten() const { return batchesWritten_.value(); }
    std::uint64_t batchesFailed() const { return batchesFailed_.value(); }
    /// Refusals written in entries of their own, and those over a tenant's cap, counted only in
    /// its summary entry.
    std::uint64_t refusalsWritten() const { return refusalsWritten_.value(); }
    std::uint64_t refusalsSuppressed() const { return refusalsSuppressed_.value(); }

private:
    struct Pending
    {
        Denial first;
        std::int64_t count = 0;
        std::int64_t firstAt = 0;
        std::int64_t lastAt = 0;
    };
    using Batch = std::map<std::string, Pending>;
    /// One tenant's use of its cap in the current window, and what went over it.
    struct Quota
    {
        std::chrono::steady_clock::time_point windowStart;
        std::size_t written = 0;
        std::int64_t groups = 0;   ///< entries not written
        std::int64_t requests = 0; ///< refusals in them
        std::int64_t firstAt = 0;
        std::int64_t lastAt = 0;
    };

    void add(Denial denial);
    /// Splits one tenant's batch into what its cap still allows and what it suppresses.
    Batch admit(Quota& quota, Batch batch);
    void write(const std::string& tenantId, const Batch& pending, const std::optional<Quota>& suppressed);

    db::Database& database_;
    const AuditLog& log_;
    KeyIdentifier identifyKey_;
    std::mutex mutex_;
    Batch pending_;
    std::int64_t dropped_ = 0;
    DenialCap cap_;
    std::mutex flushMutex_;
    std::map<std::string, Quota> quotas_; ///< under flushMutex_
    observability::Counter batchesWritten_;
    observability::Counter batchesFailed_;
    observability::Counter refusalsWritten_;
    observability::Counter refusalsSuppressed_;
};

} // namespace aih::audit
