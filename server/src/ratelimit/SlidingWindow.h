// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace aih::ratelimit {

/// The sliding-window counter: requests are counted in fixed windows aligned to the epoch, and
/// the rate over the last full window is estimated as
///     previous_window_count * (1 - elapsed_fraction_of_current) + current_window_count.
///
/// Error bound: within any aligned window at most `limit` requests are admitted, exactly (the
/// count for it is exact). Over an arbitrary window of the same length the estimate assumes the
/// previous window's requests were spread evenly; if they all came at its very end, up to
/// 2 x limit can pass in the worst case across the boundary. Measured on real traffic the
/// overshoot is small, and in exchange a decision needs two counters instead of a log per
/// request, which is what makes one atomic Redis script per decision cheap.
struct WindowCounts
{
    std::int64_t previous = 0;
    std::int64_t current = 0;
};

struct Decision
{
    bool allowed = true;
    std::int64_t limit = 0;
    std::int64_t remaining = 0;
    /// Unix seconds at which the current window ends.
    std::int64_t resetAt = 0;
    /// Seconds until a request would be admitted again (0 when allowed).
    std::int64_t retryAfter = 0;
};

struct Window
{
    std::int64_t seconds = 3600;

    std::int64_t indexAt(double now) const;
    /// Weight of the previous window's count at `now`: 1 at the window start, 0 at its end.
    double previousWeight(double now) const;
};

/// Whether one more request fits; counts are before this request.
bool fits(const WindowCounts& counts, std::int64_t limit, const Window& window, double now);
/// The decision as reported to the client; `counts` include this request when it was admitted.
Decision describe(const WindowCounts& counts, std::int64_t limit, const Window& window, double now,
                  bool allowed);

} // namespace aih::ratelimit
