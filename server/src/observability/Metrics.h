// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/ConnectionCounters.h"
#include "observability/Counter.h"
#include "observability/RequestMetrics.h"
#include "ratelimit/RequestLimits.h"

namespace aih::observability {

/// Rate-limit decisions per limit a request counts against.
struct RateLimitCounters
{
    Counter keyAdmitted;
    Counter keyRefused;
    Counter tenantAdmitted;
    Counter tenantRefused;
};

/// What the server counts itself, for /metrics. Counts that belong to one component (the key
/// cache, the pool, the webhook, the audit batches) live in that component; these are the ones
/// observed where components are wired together.
struct Metrics
{
    RequestMetrics requests;
    RateLimitCounters rateLimit;
    Counter usageFlushes;
    Counter usageFlushFailures;
    ConnectionCounters connections;
};

/// The pipeline's limit step, counting each decision by the limit it concerns.
ratelimit::HeaderList admitCounted(ratelimit::RequestLimits& limits, const http::RequestContext& ctx,
                                   RateLimitCounters& counters);

} // namespace aih::observability
