// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoStartThrottle.h"

#include "crypto/Secrets.h"
#include "errors/ApiError.h"

#include <algorithm>

namespace aih::sso {

SsoStartThrottle::SsoStartThrottle(ratelimit::RateLimiter& limiter, const time::Clock& clock)
    : limiter_(limiter), clock_(clock)
{
}

void SsoStartThrottle::admit(const std::string& address, const std::string& tenantId)
{
    const auto outcome =
        limiter_.admit({{"address", "sso:ip:" + crypto::sha256Hex(address), perAddressPerHour},
                        {"tenant", "sso:tenant:" + tenantId, perTenantPerHour}},
                       clock_.nowFractional());
    if (outcome.refusedBy < 0) {
        return;
    }
    const auto& refusal = outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)];
    throw errors::ApiError(errors::ErrorCode::RateLimited,
                           "Too many single sign-on attempts; try again later.")
        .withRetryAfter(static_cast<int>(std::max<std::int64_t>(1, refusal.retryAfter)))
        .withExtension("limit", "sso");
}

} // namespace aih::sso
