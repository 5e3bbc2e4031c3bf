// SPDX-License-Identifier: Apache-2.0
#pragma once

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
/// done here, after the answer. The queue is bounded; a full queue refuses new tasks rather than
/// grow without limit under a flood. The destructor runs what is queued, then joins.
class SerialExecutor
{
public:
    SerialExecutor(std::string name, std::size_t capacity);
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
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace aih::util
