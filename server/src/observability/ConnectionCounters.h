// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/Counter.h"
#include "observability/MetricsSource.h"

#include <atomic>
#include <cstdint>

namespace aih::observability {

/// What the HTTP listener counts about connections, read at scrape time.
struct ConnectionCounters final : MetricsSource
{
    Counter admitted;   ///< connections taken into service
    Counter shed;       ///< past capacity: answered 503 + Retry-After
    Counter dropped;    ///< past capacity and past the shedders' waiting line, or gone before the 503
    Counter idleClosed; ///< closed after the keep-alive timeout
    Counter malformed;  ///< requests too malformed to route: answered 400 and closed
    std::atomic<std::int64_t> open{0};    ///< connections open now
    std::atomic<std::int64_t> workers{0}; ///< HTTP workers started

    void writeMetrics(PrometheusWriter& out) const override;
};

} // namespace aih::observability
