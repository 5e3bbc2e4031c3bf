// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <cstdint>

namespace aih::observability {

/// A monotonic count for /metrics. Relaxed: a scrape needs each value, not an order between them,
/// and the code that counts must not pay for more than one atomic addition.
class Counter
{
public:
    void add(std::uint64_t n = 1) noexcept { value_.fetch_add(n, std::memory_order_relaxed); }
    std::uint64_t value() const noexcept { return value_.load(std::memory_order_relaxed); }

private:
    std::atomic<std::uint64_t> value_{0};
};

} // namespace aih::observability
