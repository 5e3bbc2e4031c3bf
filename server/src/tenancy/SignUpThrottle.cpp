// SPDX-License-Identifier: Apache-2.0
#include "tenancy/SignUpThrottle.h"

#include "crypto/Secrets.h"
#include "errors/ApiError.h"

#include <algorithm>

namespace aih::tenancy {

SignUpThrottle::SignUpThrottle(ratelimit::RateLimiter& limiter, int perAddress, int perHour,
                               const time::Clock& clock)
    : limiter_(limiter), perAddress_(perAddress), perHour_(perHour), clock_(clock)
{
}

void SignUpThrottle::admit(const std::string& address)
{
    const auto outcome = limiter_.admit({{"address", "signup:ip:" + crypto::sha256Hex(address), perAddress_},
                                         {"platform", "signup:all", perHour_}},
                                        clock_.nowFractional());
    if (outcome.refusedBy < 0) {
        return;
    }
    const auto& refusal = outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)];
    throw errors::ApiError(errors::ErrorCode::RateLimited, "Too many sign-ups; try again later.")
        .withRetryAfter(static_cast<int>(std::max<std::int64_t>(1, refusal.retryAfter)))
        .withExtension("limit", "signup");
}

} // namespace aih::tenancy
