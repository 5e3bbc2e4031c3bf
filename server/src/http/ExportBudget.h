// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/MetricsSource.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace aih::http {

/// How many streamed exports may run and for how long.
struct ExportLimits
{
    int maxConcurrent = 4;
    int maxPerTenant = 2;
    /// The whole export must be sent within this.
    std::chrono::seconds deadline{600};
    /// A reader that takes no byte for this long loses its connection.
    std::chrono::seconds stallTimeout{30};
};

/// Why an export was cut off before its end.
enum class CutOff
{
    Deadline,
    Stall,
};

/// Places for streamed exports (routes marked `streamed`), on this instance and per tenant.
///
/// An export is bound by its reader's speed: a client reading a few bytes a second keeps its
/// export, and the worker sending it, as long as it likes. Exports read the database in short
/// batches and hold no connection while they send, so a slow reader no longer starves the pool,
/// but it still holds a worker thread; this budget bounds how many workers exports can hold, and
/// the per-tenant share keeps one tenant from taking every place. Decided before the handler
/// runs: a refused export reads nothing and records nothing.
class ExportBudget final : public observability::MetricsSource
{
public:
    explicit ExportBudget(ExportLimits limits) : limits_(limits) {}

    /// Holds a place until destroyed (or moved from).
    class Slot
    {
    public:
        Slot() = default;
        Slot(ExportBudget& budget, std::string tenantId);
        Slot(Slot&& other) noexcept;
        Slot& operator=(Slot&& other) noexcept;
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        ~Slot();

    private:
        void release() noexcept;

        ExportBudget* budget_ = nullptr;
        std::string tenantId_;
    };

    /// A place for one of `tenantId`'s exports; throws ApiError(503 `exports_busy`, Retry-After)
    /// when the instance or the tenant has none free.
    Slot admit(const std::string& tenantId);
    void countCutOff(CutOff reason);

    const ExportLimits& limits() const { return limits_; }
    int active() const;
    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    void leave(const std::string& tenantId) noexcept;

    const ExportLimits limits_;
    mutable std::mutex mutex_;
    int active_ = 0;
    std::map<std::string, int, std::less<>> perTenant_;
    std::uint64_t started_ = 0;
    std::uint64_t refusedInstance_ = 0;
    std::uint64_t refusedTenant_ = 0;
    std::uint64_t cutOffDeadline_ = 0;
    std::uint64_t cutOffStall_ = 0;
};

} // namespace aih::http
