// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "observability/MetricsSource.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

namespace aih::http {

/// Request counts and latency histograms by route pattern and status. The request path only
/// does arithmetic: a route's slot is its position in the routing table, a status's slot comes
/// from a fixed array, and recording is two relaxed atomic additions; no lock, no string, no map.
/// Requests that match no route share one `unmatched` slot, so labels stay bounded whatever
/// paths clients send.
class RequestMetrics final : public observability::MetricsSource
{
public:
    /// Upper bounds of the latency buckets, in seconds.
    static constexpr std::array<double, 14> bounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,    0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
    /// The statuses given their own series; anything else is counted under `other`.
    static constexpr std::array<int, 24> statuses{200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400,
                                                  401, 402, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503};

    /// Allocates a slot for every route of the finished table; call once, before serving.
    void bind(const Router& router);
    /// For the pipeline's last step; `route` is null for a request that matched none.
    void record(const Route* route, int status, std::chrono::microseconds elapsed) noexcept;
    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    static constexpr std::size_t statusSlots = statuses.size() + 1;

    struct Series
    {
        std::array<std::atomic<std::uint64_t>, bounds.size() + 1> buckets{};
        std::atomic<std::uint64_t> sumMicros{0};
    };
    struct RouteSlots
    {
        std::array<Series, statusSlots> byStatus;
    };

    static std::size_t statusSlot(int status) noexcept;

    const Route* first_ = nullptr;
    std::size_t routeCount_ = 0;
    /// One per route, then the shared unmatched slot.
    std::unique_ptr<RouteSlots[]> slots_;
};

} // namespace aih::http
