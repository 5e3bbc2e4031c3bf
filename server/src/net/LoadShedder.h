// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/ConnectionCounters.h"

#include <Poco/Net/StreamSocket.h>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace aih::net {

/// Answers connections the server has no room for with `503` + `Retry-After` +
/// `Connection: close`, on a few threads of its own, so a client past capacity is told to come
/// back instead of having its connection reset. It reads the request head before answering and
/// the client's remaining bytes before closing: closing a socket with unread input makes the
/// kernel send a reset, which is exactly what shedding is meant to avoid.
class LoadShedder
{
public:
    /// `maxWaiting`: connections held for their answer; past that they are closed unanswered.
    /// Counts each connection it takes as `shed` (answered) or `dropped` in `counters`.
    LoadShedder(std::size_t maxWaiting, int retryAfterSeconds, observability::ConnectionCounters& counters);
    ~LoadShedder();
    LoadShedder(const LoadShedder&) = delete;
    LoadShedder& operator=(const LoadShedder&) = delete;

    /// Takes the connection over without blocking the caller (the acceptor thread); `detail`
    /// says why in the problem document.
    void shed(const Poco::Net::StreamSocket& socket, std::string detail);

private:
    void work();

    const std::size_t maxWaiting_;
    const int retryAfterSeconds_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::pair<Poco::Net::StreamSocket, std::string>> waiting_;
    bool stopping_ = false;
    observability::ConnectionCounters& counters_;
    std::vector<std::thread> workers_;
};

} // namespace aih::net
