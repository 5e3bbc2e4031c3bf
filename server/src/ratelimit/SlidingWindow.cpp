// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/SlidingWindow.h"

#include <algorithm>
#include <cmath>

namespace aih::ratelimit {

std::int64_t Window::indexAt(double now) const
{
    return static_cast<std::int64_t>(std::floor(now / static_cast<double>(seconds)));
}

double Window::previousWeight(double now) const
{
    const double start = static_cast<double>(indexAt(now) * seconds);
    return 1.0 - (now - start) / static_cast<double>(seconds);
}

bool fits(const WindowCounts& counts, std::int64_t limit, const Window& window, double now)
{
    const double estimate = static_cast<double>(counts.previous) * window.previousWeight(now) +
                            static_cast<double>(counts.current);
    return estimate + 1.0 <= static_cast<double>(limit);
}

Decision describe(const WindowCounts& counts, std::int64_t limit, const Window& window, double now,
                  bool allowed)
{
    const auto w = static_cast<double>(window.seconds);
    const double windowStart = static_cast<double>(window.indexAt(now) * window.seconds);
    const double estimate = static_cast<double>(counts.previous) * window.previousWeight(now) +
                            static_cast<double>(counts.current);
    Decision decision;
    decision.allowed = allowed;
    decision.limit = limit;
    decision.remaining = std::max<std::int64_t>(
        0, static_cast<std::int64_t>(std::floor(static_cast<double>(limit) - estimate)));
    decision.resetAt = static_cast<std::int64_t>(windowStart + w);
    if (!allowed) {
        // Solve for the first moment one more request fits.
        const auto l = static_cast<double>(limit);
        const auto current = static_cast<double>(counts.current);
        double at = 0;
        if (current + 1.0 > l) {
            // Not this window: in the next one, this window's count decays as previous.
            at = windowStart + w + w * (1.0 - (l - 1.0) / std::max(current, 1.0));
        } else {
            at =
                windowStart + w * (1.0 - (l - 1.0 - current) /
                                             static_cast<double>(std::max<std::int64_t>(counts.previous, 1)));
        }
        decision.retryAfter = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(at - now)));
        // The closed form and fits() round differently at whole seconds; never promise too early.
        if (!fits(counts, limit, window, now + static_cast<double>(decision.retryAfter)) &&
            window.indexAt(now + static_cast<double>(decision.retryAfter)) == window.indexAt(now)) {
            ++decision.retryAfter;
        }
    }
    return decision;
}

} // namespace aih::ratelimit
