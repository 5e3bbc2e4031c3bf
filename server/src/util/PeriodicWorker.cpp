// SPDX-License-Identifier: Apache-2.0
#include "util/PeriodicWorker.h"

namespace aih::util {

PeriodicWorker::PeriodicWorker(std::function<void()> tick, std::chrono::milliseconds interval)
    : tick_(std::move(tick)), interval_(interval)
{
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
}

void PeriodicWorker::start()
{
    thread_ = std::thread([this] { run(); });
}

void PeriodicWorker::run()
{
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, interval_, [this] { return stopping_; });
        lock.unlock();
        tick_();
        lock.lock();
    }
}

void PeriodicWorker::stop()
{
    {
        std::lock_guard lock(mutex_);
        if (stopping_) {
            return;
        }
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) {
        thread_.join();
    }
    tick_();
}

} // namespace aih::util
