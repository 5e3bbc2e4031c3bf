// SPDX-License-Identifier: Apache-2.0
#include "auth/HashingGate.h"

#include "errors/ApiError.h"
#include "observability/PrometheusWriter.h"

namespace aih::auth {

HashingGate::HashingGate(int maxConcurrent, int maxWaiting, std::chrono::milliseconds maxWait)
    : maxConcurrent_(maxConcurrent), maxWaiting_(maxWaiting), maxWait_(maxWait)
{
}

HashingGate::Place::Place(HashingGate& gate) : gate_(gate)
{
    gate_.enter();
}

HashingGate::Place::~Place()
{
    gate_.leave();
}

void HashingGate::enter()
{
    std::unique_lock lock(mutex_);
    const auto free = [this] { return running_ < maxConcurrent_; };
    bool admitted = free();
    if (!admitted && waiting_ < maxWaiting_) {
        ++waiting_;
        admitted = freed_.wait_for(lock, maxWait_, free);
        --waiting_;
    }
    if (!admitted) {
        ++refused_;
        throw errors::ApiError(errors::ErrorCode::ServiceUnavailable,
                               "Too many password checks at once; try again in a moment.")
            .withRetryAfter(1);
    }
    ++running_;
    ++started_;
}

std::uint64_t HashingGate::started() const
{
    std::lock_guard lock(mutex_);
    return started_;
}

void HashingGate::leave()
{
    {
        std::lock_guard lock(mutex_);
        --running_;
    }
    freed_.notify_one();
}

void HashingGate::writeMetrics(observability::PrometheusWriter& out) const
{
    int running = 0;
    std::uint64_t started = 0;
    std::uint64_t refused = 0;
    {
        std::lock_guard lock(mutex_);
        running = running_;
        started = started_;
        refused = refused_;
    }
    out.family("aih_password_hashes_running", "gauge", "argon2id computations running now.");
    out.sample("aih_password_hashes_running", {}, static_cast<std::uint64_t>(running));
    out.family("aih_password_hashes_limit", "gauge", "argon2id computations allowed at once.");
    out.sample("aih_password_hashes_limit", {}, static_cast<std::uint64_t>(maxConcurrent_));
    out.family("aih_password_hashes_total", "counter", "argon2id computations let through the gate.");
    out.sample("aih_password_hashes_total", {}, started);
    out.family("aih_password_hashes_refused_total", "counter",
               "Password checks refused with 503 because the hashing gate stayed full.");
    out.sample("aih_password_hashes_refused_total", {}, refused);
}

} // namespace aih::auth
