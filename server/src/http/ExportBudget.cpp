// SPDX-License-Identifier: Apache-2.0
#include "http/ExportBudget.h"

#include "errors/ApiError.h"
#include "observability/PrometheusWriter.h"

#include <utility>

namespace aih::http {
namespace {

// An export lasts seconds to minutes; a client told to come back in a few seconds finds a place
// soon enough without hammering the instance.
constexpr int retryAfterSeconds = 5;

} // namespace

ExportBudget::Slot::Slot(ExportBudget& budget, std::string tenantId)
    : budget_(&budget), tenantId_(std::move(tenantId))
{
}

ExportBudget::Slot::Slot(Slot&& other) noexcept
    : budget_(std::exchange(other.budget_, nullptr)), tenantId_(std::move(other.tenantId_))
{
}

ExportBudget::Slot& ExportBudget::Slot::operator=(Slot&& other) noexcept
{
    if (this != &other) {
        release();
        budget_ = std::exchange(other.budget_, nullptr);
        tenantId_ = std::move(other.tenantId_);
    }
    return *this;
}

ExportBudget::Slot::~Slot()
{
    release();
}

void ExportBudget::Slot::release() noexcept
{
    if (budget_ != nullptr) {
        std::exchange(budget_, nullptr)->leave(tenantId_);
    }
}

ExportBudget::Slot ExportBudget::admit(const std::string& tenantId)
{
    {
        std::lock_guard lock(mutex_);
        const auto held = perTenant_.find(tenantId);
        const int tenantActive = held == perTenant_.end() ? 0 : held->second;
        if (active_ < limits_.maxConcurrent && tenantActive < limits_.maxPerTenant) {
            ++active_;
            ++perTenant_[tenantId];
            ++started_;
            return {*this, tenantId};
        }
        ++(active_ >= limits_.maxConcurrent ? refusedInstance_ : refusedTenant_);
    }
    throw errors::ApiError(errors::ErrorCode::ExportsBusy,
                           "Too many exports are running; try again in a moment.")
        .withRetryAfter(retryAfterSeconds);
}

void ExportBudget::leave(const std::string& tenantId) noexcept
{
    std::lock_guard lock(mutex_);
    --active_;
    if (const auto held = perTenant_.find(tenantId); held != perTenant_.end() && --held->second <= 0) {
        perTenant_.erase(held);
    }
}

void ExportBudget::countCutOff(CutOff reason)
{
    std::lock_guard lock(mutex_);
    ++(reason == CutOff::Deadline ? cutOffDeadline_ : cutOffStall_);
}

int ExportBudget::active() const
{
    std::lock_guard lock(mutex_);
    return active_;
}

void ExportBudget::writeMetrics(observability::PrometheusWriter& out) const
{
    std::unique_lock lock(mutex_);
    const auto active = static_cast<std::uint64_t>(active_);
    const auto started = started_;
    const auto refusedInstance = refusedInstance_;
    const auto refusedTenant = refusedTenant_;
    const auto deadline = cutOffDeadline_;
    const auto stall = cutOffStall_;
    lock.unlock();
    out.family("aih_exports_active", "gauge", "Streamed exports being sent now.");
    out.sample("aih_exports_active", {}, active);
    out.family("aih_exports_limit", "gauge", "Streamed exports allowed at once on this instance.");
    out.sample("aih_exports_limit", {}, static_cast<std::uint64_t>(limits_.maxConcurrent));
    out.family("aih_exports_started_total", "counter", "Streamed exports given a place.");
    out.sample("aih_exports_started_total", {}, started);
    observability::counterFamily(out, "aih_exports_refused_total",
                                 "Exports refused with 503 because the instance's or the tenant's "
                                 "places were taken.",
                                 "scope", {{"instance", refusedInstance}, {"tenant", refusedTenant}});
    observability::counterFamily(out, "aih_exports_cut_off_total",
                                 "Exports whose connection was cut before the end: past the deadline, or "
                                 "a reader that took nothing for the stall limit.",
                                 "reason", {{"deadline", deadline}, {"stall", stall}});
}

} // namespace aih::http
