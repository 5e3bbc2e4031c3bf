// SPDX-License-Identifier: Apache-2.0
#include "observability/Metrics.h"

#include "http/ApiError.h"
#include "http/RequestContext.h"

namespace aih::observability {

ratelimit::HeaderList admitCounted(ratelimit::RequestLimits& limits, const http::RequestContext& ctx,
                                   RateLimitCounters& counters)
{
    try {
        auto headers = limits.admit(ctx);
        if (!headers.empty()) {
            // Counted against the tenant's limit always, and the key's too for an API key.
            counters.tenantAdmitted.add();
            if (ctx.principal.isApiKey()) {
                counters.keyAdmitted.add();
            }
        }
        return headers;
    } catch (const http::ApiError& error) {
        if (error.code() == http::ErrorCode::RateLimited) {
            const auto limit = error.extensions().find("limit");
            const bool byKey = limit != error.extensions().end() && limit->second == "key";
            (byKey ? counters.keyRefused : counters.tenantRefused).add();
        }
        throw;
    }
}

} // namespace aih::observability
