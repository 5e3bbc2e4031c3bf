// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace aih::util {

/// Runs tasks one at a time, in order, on a thread of its own, after whoever posted them has
/// moved on: work whose duration must not show in an answer (whether an account exists) is
/// done here, after the answer. Each task waits `settle` after it was posted, so that on a busy
/// machine it does not compete with the answer it must not show in: a mail composed the moment
/// it is queued once made the answer for an existing account 2 ms slower on two cores. The
/// queue is bounded; a full queue refuses new tasks rather than grow without limit under a
/// flood. The destructor runs what is queued, then joins.
class SerialExecutor
{
public:
    SerialExecutor(std::string name, std::size_t capacity,
                   std::chrono::milliseconds settle = std::chrono::milliseconds(50));
    ~SerialExecutor();
    SerialExecutor(const SerialExecutor&) = delete;
    SerialExecutor& operator=(const SerialExecutor&) = delete;

    /// False when the queue is full (the task is dropped).
    bool post(std::function<void()> task);

private:
    void run();

    std::string name_;
    std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable wake_;
    struct Queued
    {
        std::chrono::steady_clock::time_point due;
        std::function<void()> task;
    };

    std::chrono::milliseconds settle_;
    std::deque<Queued> tasks_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace aih::util
