// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace aih::util {

/// Runs `tick` every `interval` on a thread of its own. stop() wakes the thread, joins it and
/// runs one last tick, so work held in memory (usage counts, audit denials) is written out at a
/// graceful shutdown.
class PeriodicWorker
{
public:
    PeriodicWorker(std::function<void()> tick, std::chrono::milliseconds interval);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker&) = delete;
    PeriodicWorker& operator=(const PeriodicWorker&) = delete;

    void start();
    /// Idempotent; the final tick runs once.
    void stop();

private:
    void run();

    std::function<void()> tick_;
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace aih::util
