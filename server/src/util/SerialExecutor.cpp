// SPDX-License-Identifier: Apache-2.0
#include "util/SerialExecutor.h"

#include "logging/Logger.h"

#include <exception>

namespace aih::util {
namespace {

const logging::Logger serialExecutorLogger("executor");

} // namespace

SerialExecutor::SerialExecutor(std::string name, std::size_t capacity, std::chrono::milliseconds settle)
    : name_(std::move(name)), capacity_(capacity), settle_(settle), thread_([this] { run(); })
{
}

SerialExecutor::~SerialExecutor()
{
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

bool SerialExecutor::post(std::function<void()> task)
{
    {
        const std::lock_guard lock(mutex_);
        if (stopping_ || tasks_.size() >= capacity_) {
            return false;
        }
        tasks_.push_back({std::chrono::steady_clock::now() + settle_, std::move(task)});
    }
    wake_.notify_one();
    return true;
}

void SerialExecutor::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
            if (tasks_.empty()) {
                return; // stopping, and everything queued has run
            }
            // Not before it is due; while stopping, at once (the queue is being drained).
            wake_.wait_until(lock, tasks_.front().due, [this] { return stopping_; });
            task = std::move(tasks_.front().task);
            tasks_.pop_front();
        }
        try {
            task();
        } catch (const std::exception& error) {
            serialExecutorLogger.error("a background task failed",
                                       {{"executor", name_}, {"error", error.what()}});
        }
    }
}

} // namespace aih::util
