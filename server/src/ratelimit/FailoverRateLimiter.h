// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/MetricsSource.h"
#include "ratelimit/LocalRateLimiter.h"
#include "ratelimit/RateLimiter.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

namespace aih::ratelimit {

/// Redis when it answers, this process's own counters when it does not. API traffic fails
/// open onto the local limits, which start from what Redis last said each subject had left:
/// a subject at its limit stays refused, and one below it may be admitted up to what was left
/// by each instance on its own. Redis is tried again at most once a second until it answers,
/// at which point shared counting resumes by itself.
class FailoverRateLimiter final : public RateLimiter, public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;
    /// `redis` may be null: local limits only.
    FailoverRateLimiter(std::unique_ptr<SharedRateLimiter> redis, Window window);

    Outcome admit(const std::vector<Subject>& subjects, double now) override;
    Outcome peek(const std::vector<Subject>& subjects, double now) override;

    enum class State
    {
        Local,    ///< no Redis configured
        Shared,   ///< deciding in Redis
        Degraded, ///< Redis configured but unreachable
    };
    State state() const;
    /// The state after asking Redis directly when nothing has asked it within the last second,
    /// so readiness is right even before (or without) any API traffic.
    State probe();
    std::uint64_t fallbackDecisions() const { return fallbacks_; }

private:
    template <typename Call> Outcome decide(Call&& call, double now);
    /// Once per outage: local counting starts where shared counting left off.
    void handOverToLocal(double now);
    void noteReachable();
    void noteUnreachable(const std::exception& error);

    std::unique_ptr<SharedRateLimiter> redis_;
    LocalRateLimiter local_;
    std::atomic<std::int64_t> retryAtMs_{0};
    std::atomic<bool> degraded_{false};
    std::atomic<bool> handOverPending_{false};
    std::mutex handOver_;
    std::atomic<std::int64_t> lastAnswerMs_{0};
    std::atomic<std::uint64_t> fallbacks_{0};
};

const char* stateName(FailoverRateLimiter::State state);

} // namespace aih::ratelimit
