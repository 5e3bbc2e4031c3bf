// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/StreamSocket.h>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace aih::app {

/// Answers connections the server has no room for with `503` + `Retry-After` +
/// `Connection: close`, on a few threads of its own, so a client past capacity is told to come
/// back instead of having its connection reset. It reads the request head before answering and
/// the client's remaining bytes before closing: closing a socket with unread input makes the
/// kernel send a reset, which is exactly what shedding is meant to avoid.
class LoadShedder
{
public:
    /// `maxWaiting`: connections held for their answer; past that they are closed unanswered.
    LoadShedder(std::size_t maxWaiting, int retryAfterSeconds);
    ~LoadShedder();
    LoadShedder(const LoadShedder&) = delete;
    LoadShedder& operator=(const LoadShedder&) = delete;

    /// Takes the connection over without blocking the caller (the acceptor thread).
    void shed(const Poco::Net::StreamSocket& socket);
    std::uint64_t answered() const { return answered_; }
    std::uint64_t dropped() const { return dropped_; }

private:
    void work();

    const std::size_t maxWaiting_;
    const int retryAfterSeconds_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Poco::Net::StreamSocket> waiting_;
    bool stopping_ = false;
    std::atomic<std::uint64_t> answered_{0};
    std::atomic<std::uint64_t> dropped_{0};
    std::vector<std::thread> workers_;
};

} // namespace aih::app
