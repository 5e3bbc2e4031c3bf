// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/UserShare.h"

#include <algorithm>
#include <cmath>

namespace aih::ratelimit {

std::int64_t userRateLimit(std::int64_t tenantLimit, double share)
{
    const auto shared = static_cast<std::int64_t>(std::floor(static_cast<double>(tenantLimit) * share));
    return std::min(tenantLimit, std::max(minimumUserRateLimit, shared));
}

} // namespace aih::ratelimit
