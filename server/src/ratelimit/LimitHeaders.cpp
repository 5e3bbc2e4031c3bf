// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/LimitHeaders.h"

#include <algorithm>
#include <cmath>

namespace aih::ratelimit {

std::int64_t secondsUntilAvailable(const Decision& decision, std::int64_t nowSecond)
{
    // One meaning for every subject: seconds until its quota is available again. A refusal's
    // Retry-After is already that (the first whole second that fits); an admitted request has
    // quota now, and the window end is when its count starts to decay.
    if (!decision.allowed) {
        return decision.retryAfter;
    }
    return std::max<std::int64_t>(0, decision.resetAt - nowSecond);
}

HeaderList limitHeaders(const std::vector<Subject>& subjects, const Outcome& outcome, double now)
{
    std::size_t described = 0;
    for (std::size_t i = 1; i < outcome.decisions.size(); ++i) {
        if (outcome.decisions[i].remaining < outcome.decisions[described].remaining) {
            described = i;
        }
    }
    if (outcome.refusedBy >= 0) {
        described = static_cast<std::size_t>(outcome.refusedBy);
    }
    const auto nowSecond = static_cast<std::int64_t>(std::floor(now));
    const auto& d = outcome.decisions[described];
    HeaderList headers;
    headers.reserve(5);
    headers.emplace_back("X-RateLimit-Limit", std::to_string(d.limit));
    headers.emplace_back("X-RateLimit-Remaining", std::to_string(d.remaining));
    headers.emplace_back("X-RateLimit-Reset",
                         std::to_string(nowSecond + secondsUntilAvailable(d, nowSecond)));
    std::string policy;
    std::string state;
    policy.reserve(48 * subjects.size());
    state.reserve(48 * subjects.size());
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        const auto& decision = outcome.decisions[i];
        const char* separator = i ? ", \"" : "\"";
        policy.append(separator).append(subjects[i].name).append("\";q=");
        policy.append(std::to_string(decision.limit)).append(";w=3600");
        state.append(separator).append(subjects[i].name).append("\";r=");
        state.append(std::to_string(decision.remaining))
            .append(";t=")
            .append(std::to_string(secondsUntilAvailable(decision, nowSecond)));
    }
    headers.emplace_back("RateLimit-Policy", policy);
    headers.emplace_back("RateLimit", state);
    return headers;
}

} // namespace aih::ratelimit
