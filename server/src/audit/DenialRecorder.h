// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyVerifier.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "errors/ApiError.h"
#include "http/RequestContext.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace aih::audit {

/// A refused request worth an audit entry: an API key refused (bad secret, revoked, scope, rate
/// limit) or a signed-in user refused (role, other tenant, rate limit).
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

/// Keeps denials in memory and writes them in batches, like usage metering: a refused request
/// costs a map update, not a database write, and a flood of refusals (a client hammering past
/// its rate limit) becomes one entry per key, reason and route per flush, with its count.
class DenialRecorder final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;
    using KeyIdentifier = std::function<std::optional<apikeys::KeyIdentity>(const http::RequestContext&)>;

    DenialRecorder(db::Database& database, const AuditLog& log, KeyIdentifier identifyKey);

    /// For the pipeline's refusal step: cheap, never throws.
    void note(const http::RequestContext& ctx, const errors::ApiError& error) noexcept;
    /// Writes what was noted, one transaction per tenant; keeps what failed for the next flush.
    void flush();

    /// Tenant batches written and batches that failed (kept for the next flush), for /metrics.
    std::uint64_t batchesWritten() const { return batchesWritten_.value(); }
    std::uint64_t batchesFailed() const { return batchesFailed_.value(); }

private:
    struct Pending
    {
        Denial first;
        std::int64_t count = 0;
        std::int64_t firstAt = 0;
        std::int64_t lastAt = 0;
    };
    using Batch = std::map<std::string, Pending>;

    void add(Denial denial);
    void write(const std::string& tenantId, const Batch& pending);

    db::Database& database_;
    const AuditLog& log_;
    KeyIdentifier identifyKey_;
    std::mutex mutex_;
    Batch pending_;
    std::int64_t dropped_ = 0;
    observability::Counter batchesWritten_;
    observability::Counter batchesFailed_;
};

} // namespace aih::audit
