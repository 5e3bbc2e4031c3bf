// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/MetricsSource.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace aih::auth {

/// Bounds how many argon2id computations run at once. Each takes 19 MiB and tens of milliseconds
/// of a core: unbounded, 150 concurrent sign-ups grew aihd to 1.8 GiB and slowed every other
/// tenant's requests a hundredfold. Past the bound a caller waits for a place, up to `maxWait`
/// and behind at most `maxWaiting` others (each holds a worker), then gets a 503 with
/// Retry-After: a burst of real sign-ins queues briefly, a flood is refused, and the rest of the
/// server keeps its cores.
class HashingGate final : public observability::MetricsSource
{
public:
    HashingGate(int maxConcurrent, int maxWaiting, std::chrono::milliseconds maxWait);

    /// Holds a place for the lifetime of the object.
    class Place
    {
    public:
        explicit Place(HashingGate& gate);
        ~Place();
        Place(const Place&) = delete;
        Place& operator=(const Place&) = delete;

    private:
        HashingGate& gate_;
    };

    int maxConcurrent() const { return maxConcurrent_; }
    /// Computations let through so far.
    std::uint64_t started() const;
    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    void enter();
    void leave();

    const int maxConcurrent_;
    const int maxWaiting_;
    const std::chrono::milliseconds maxWait_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    int running_ = 0;
    int waiting_ = 0;
    std::uint64_t started_ = 0;
    std::uint64_t refused_ = 0;
};

} // namespace aih::auth
