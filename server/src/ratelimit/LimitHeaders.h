// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ratelimit/RateLimiter.h"

#include <string>
#include <utility>
#include <vector>

namespace aih::ratelimit {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// Seconds from the whole second `nowSecond` until the decision's quota is available again: on
/// a refusal, its Retry-After (when one more request fits); otherwise until its window ends.
std::int64_t secondsUntilAvailable(const Decision& decision, std::int64_t nowSecond);

/// The headers a counted response carries for `outcome` at `now`: the IETF `RateLimit-Policy`
/// and `RateLimit` fields list every subject; the classic `X-RateLimit-*` fields describe the
/// refusing subject, else the one with the fewest calls left. Every subject's `t=` and
/// `X-RateLimit-Reset` come from secondsUntilAvailable, so on a 429 `Retry-After`, `t=` and
/// `X-RateLimit-Reset - now` are one number.
HeaderList limitHeaders(const std::vector<Subject>& subjects, const Outcome& outcome, double now);

} // namespace aih::ratelimit
