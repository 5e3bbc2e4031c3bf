// SPDX-License-Identifier: Apache-2.0
#include "accounts/LinkRequest.h"

#include "crypto/Secrets.h"
#include "errors/ApiError.h"

#include <algorithm>

namespace aih::accounts {

void admitLinkRequest(ratelimit::RateLimiter& limiter, const LinkLimits& limits, const std::string& address,
                      double now)
{
    const auto bucket = std::string(limits.kind) + ":ip:" + crypto::sha256Hex(address);
    const auto outcome = limiter.admit({{"address", bucket, limits.requestsPerAddress}}, now);
    if (outcome.refusedBy >= 0) {
        throw errors::ApiError(errors::ErrorCode::RateLimited,
                               "Too many requests for a mailed link; try again later.")
            .withRetryAfter(static_cast<int>(std::max<std::int64_t>(1, outcome.decisions[0].retryAfter)))
            .withExtension("limit", std::string(limits.limitName));
    }
}

bool admitLinkMail(ratelimit::RateLimiter& limiter, const LinkLimits& limits, const std::string& userId,
                   double now)
{
    const auto bucket = std::string(limits.kind) + ":user:" + userId;
    return limiter.admit({{"account", bucket, limits.mailsPerAccount}}, now).refusedBy < 0;
}

} // namespace aih::accounts
