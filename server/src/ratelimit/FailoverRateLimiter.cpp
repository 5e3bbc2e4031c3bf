// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/FailoverRateLimiter.h"

#include "logging/Logger.h"

namespace aih::ratelimit {
namespace {

const logging::Logger failoverRateLimiterLogger("rate-limiter");

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

FailoverRateLimiter::FailoverRateLimiter(std::unique_ptr<SharedRateLimiter> redis, Window window)
    : redis_(std::move(redis)), local_(window)
{
}

template <typename Call> Outcome FailoverRateLimiter::decide(Call&& call, double now)
{
    if (redis_ && nowMs() >= retryAtMs_) {
        try {
            auto outcome = call(*redis_);
            noteReachable();
            return outcome;
        } catch (const std::exception& error) {
            noteUnreachable(error);
        }
    }
    if (redis_) {
        ++fallbacks_;
        handOverToLocal(now);
    }
    return call(local_);
}

void FailoverRateLimiter::handOverToLocal(double now)
{
    if (!handOverPending_.load()) {
        return;
    }
    // Requests wait here for the hand-over rather than decide on counters not yet started.
    std::lock_guard lock(handOver_);
    if (handOverPending_.exchange(false)) {
        local_.startFrom(redis_->standings(now), now);
    }
}

void FailoverRateLimiter::noteReachable()
{
    lastAnswerMs_.store(nowMs(), std::memory_order_relaxed);
    // A call that failed while this one was in flight set a back-off; this answer ends it, or
    // requests would stay on local limits while the state says shared.
    retryAtMs_ = 0;
    if (degraded_.exchange(false)) {
        failoverRateLimiterLogger.info("Redis reachable again: shared rate limits resumed");
    }
}

void FailoverRateLimiter::noteUnreachable(const std::exception& error)
{
    // Before anything can send requests to the local counters: the hand-over must be pending
    // by then, or they would decide on counters that do not know what Redis had counted.
    if (!degraded_.load()) {
        handOverPending_ = true;
    }
    retryAtMs_ = nowMs() + 1000;
    if (!degraded_.exchange(true)) {
        failoverRateLimiterLogger.warning(std::string("Redis unreachable, using local limits: ") +
                                          error.what());
    }
}

FailoverRateLimiter::State FailoverRateLimiter::probe()
{
    const auto now = nowMs();
    if (redis_ && now >= retryAtMs_ && now - lastAnswerMs_.load(std::memory_order_relaxed) > 1000) {
        try {
            redis_->ping();
            noteReachable();
        } catch (const std::exception& error) {
            noteUnreachable(error);
        }
    }
    return state();
}

Outcome FailoverRateLimiter::admit(const std::vector<Subject>& subjects, double now)
{
    return decide([&](RateLimiter& limiter) { return limiter.admit(subjects, now); }, now);
}

Outcome FailoverRateLimiter::peek(const std::vector<Subject>& subjects, double now)
{
    return decide([&](RateLimiter& limiter) { return limiter.peek(subjects, now); }, now);
}

FailoverRateLimiter::State FailoverRateLimiter::state() const
{
    if (!redis_) {
        return State::Local;
    }
    return degraded_ ? State::Degraded : State::Shared;
}

const char* stateName(FailoverRateLimiter::State state)
{
    switch (state) {
    case FailoverRateLimiter::State::Local:
        return "local";
    case FailoverRateLimiter::State::Shared:
        return "ok";
    case FailoverRateLimiter::State::Degraded:
        return "unavailable";
    }
    return "unknown";
}

void FailoverRateLimiter::writeMetrics(observability::PrometheusWriter& out) const
{
    const auto current = state();
    out.family("aih_redis_state", "gauge",
               "Where rate limits are decided: 1 for the current state (ok: Redis, local: no Redis "
               "configured, unavailable: Redis down, local limits in force).");
    for (const auto candidate : {State::Shared, State::Local, State::Degraded}) {
        out.sample("aih_redis_state", {{"state", stateName(candidate)}},
                   static_cast<std::uint64_t>(candidate == current ? 1 : 0));
    }
    out.family("aih_rate_limit_local_fallbacks_total", "counter",
               "Decisions taken on local limits because Redis was unavailable.");
    out.sample("aih_rate_limit_local_fallbacks_total", {}, fallbackDecisions());
}

} // namespace aih::ratelimit
