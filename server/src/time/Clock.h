// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <cstdint>

namespace aih::time {

/// The server's one source of the current time. Components take it at construction, so a test
/// can hand them a clock it sets instead of waiting for real time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Microseconds since the Unix epoch.
    virtual std::int64_t nowMicros() const = 0;

    std::int64_t nowSeconds() const { return nowMicros() / 1'000'000; }
    /// Seconds with a fraction, for sliding windows.
    double nowFractional() const { return static_cast<double>(nowMicros()) / 1e6; }
};

/// Wall-clock time from the operating system.
class SystemClock final : public Clock
{
public:
    std::int64_t nowMicros() const override;
};

/// The process's system clock, for components that are not given another.
const Clock& systemClock();

/// A clock that moves only when told to, for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t micros) : micros_(micros) {}
    std::int64_t nowMicros() const override { return micros_.load(std::memory_order_relaxed); }
    void set(std::int64_t micros) { micros_.store(micros, std::memory_order_relaxed); }
    void advanceSeconds(std::int64_t seconds)
    {
        micros_.fetch_add(seconds * 1'000'000, std::memory_order_relaxed);
    }

private:
    std::atomic<std::int64_t> micros_;
};

} // namespace aih::time
