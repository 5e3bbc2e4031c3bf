// SPDX-License-Identifier: Apache-2.0
#include "net/LoadShedder.h"

#include "errors/ApiError.h"
#include "http/ClosingAnswer.h"
#include "net/AnswerAndLinger.h"

#include <Poco/Exception.h>
#include <chrono>
#include <string>

namespace aih::net {
namespace {

// Each answer holds its thread until the client has read it and closed (closing first would
// reset a client that is still sending), which takes a busy client tens of milliseconds:
// enough threads that shedding keeps up with clients that reconnect at once.
constexpr int shedThreads = 32;
constexpr std::size_t maxHeadBytes = std::size_t{16} * 1024;
constexpr auto headWait = std::chrono::milliseconds(200);

struct HeadBuffer
{
    std::string bytes;
    bool operator()() const
    {
        return bytes.find("\r\n\r\n") != std::string::npos || bytes.size() >= maxHeadBytes;
    }
    void consume(const char* data, std::size_t size) { bytes.append(data, size); }
};

} // namespace

LoadShedder::LoadShedder(std::size_t maxWaiting, int retryAfterSeconds,
                         observability::ConnectionCounters& counters)
    : maxWaiting_(maxWaiting), retryAfterSeconds_(retryAfterSeconds), counters_(counters)
{
    for (int i = 0; i < shedThreads; ++i) {
        workers_.emplace_back([this] { work(); });
    }
}

LoadShedder::~LoadShedder()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    ready_.notify_all();
    for (auto& worker : workers_) {
        worker.join();
    }
}

void LoadShedder::shed(const Poco::Net::StreamSocket& socket, std::string detail)
{
    {
        std::lock_guard lock(mutex_);
        if (waiting_.size() < maxWaiting_) {
            waiting_.emplace_back(socket, std::move(detail));
            ready_.notify_one();
            return;
        }
    }
    // Even the waiting line is full: closing now is the only answer left that costs nothing.
    counters_.dropped.add();
}

void LoadShedder::work()
{
    for (;;) {
        Poco::Net::StreamSocket socket;
        std::string detail;
        bool stopping = false;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (waiting_.empty()) {
                return;
            }
            socket = waiting_.front().first;
            detail = std::move(waiting_.front().second);
            waiting_.pop_front();
            stopping = stopping_;
        }
        bool answered = false;
        if (stopping) {
            // Shutting down: answering the whole line could take minutes; the clients retry.
            socket.close();
            counters_.dropped.add();
            continue;
        }
        try {
            HeadBuffer head;
            readFor(socket, headWait, head);
            answered = answerAndLinger(
                socket, http::closingAnswer(errors::ApiError(errors::ErrorCode::ServiceUnavailable, detail)
                                                .withRetryAfter(retryAfterSeconds_)));
        } catch (...) {
            // Whatever went wrong with this client, the shedder goes on with the next.
        }
        socket.close();
        (answered ? counters_.shed : counters_.dropped).add();
    }
}

} // namespace aih::net
