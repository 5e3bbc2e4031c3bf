// SPDX-License-Identifier: Apache-2.0
#include "app/LoadShedder.h"

#include "http/ApiError.h"
#include "http/Problem.h"
#include "http/RequestId.h"

#include <Poco/Exception.h>
#include <Poco/Timespan.h>
#include <array>
#include <chrono>
#include <string>

namespace aih::app {
namespace {

// Each answer holds its thread until the client has read it and closed (closing first would
// reset a client that is still sending), which takes a busy client tens of milliseconds:
// enough threads that shedding keeps up with clients that reconnect at once.
constexpr int shedThreads = 32;
constexpr std::size_t maxHeadBytes = 16 * 1024;
constexpr auto headWait = std::chrono::milliseconds(200);
constexpr auto drainWait = std::chrono::milliseconds(1000);

std::string overloadResponse(int retryAfterSeconds)
{
    const auto problem = http::problemResponse(
        http::ApiError(http::ErrorCode::ServiceUnavailable, "The server is at its connection capacity.")
            .withRetryAfter(retryAfterSeconds),
        http::requestIdFor(""));
    std::string text =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + problem.contentType +
        "\r\nContent-Length: " + std::to_string(problem.body.size()) +
        "\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& [name, value] : problem.headers) {
        text += name + ": " + value + "\r\n";
    }
    return text + "\r\n" + problem.body;
}

/// Reads whatever arrives within `wait`, stopping early once `enough` says so or the peer closes.
template <typename Enough>
void readFor(Poco::Net::StreamSocket& socket, std::chrono::milliseconds wait, Enough& enough)
{
    const auto deadline = std::chrono::steady_clock::now() + wait;
    std::array<char, 4096> buffer{};
    while (!enough()) {
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !socket.poll(Poco::Timespan(left.count()), Poco::Net::Socket::SELECT_READ)) {
            return;
        }
        const int received = socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
        if (received <= 0) {
            return;
        }
        enough.consume(buffer.data(), static_cast<std::size_t>(received));
    }
}

struct RequestHead
{
    std::string bytes;
    bool operator()() const
    {
        return bytes.find("\r\n\r\n") != std::string::npos || bytes.size() >= maxHeadBytes;
    }
    void consume(const char* data, std::size_t size) { bytes.append(data, size); }
};

struct Discard
{
    bool operator()() const { return false; }
    void consume(const char*, std::size_t) {}
};

} // namespace

LoadShedder::LoadShedder(std::size_t maxWaiting, int retryAfterSeconds)
    : maxWaiting_(maxWaiting), retryAfterSeconds_(retryAfterSeconds)
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

void LoadShedder::shed(const Poco::Net::StreamSocket& socket)
{
    {
        std::lock_guard lock(mutex_);
        if (waiting_.size() < maxWaiting_) {
            waiting_.push_back(socket);
            ready_.notify_one();
            return;
        }
    }
    // Even the waiting line is full: closing now is the only answer left that costs nothing.
    ++dropped_;
}

void LoadShedder::work()
{
    for (;;) {
        Poco::Net::StreamSocket socket;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (waiting_.empty()) {
                return;
            }
            socket = waiting_.front();
            waiting_.pop_front();
        }
        try {
            RequestHead head;
            readFor(socket, headWait, head);
            const auto response = overloadResponse(retryAfterSeconds_);
            socket.setSendTimeout(Poco::Timespan(1, 0));
            socket.sendBytes(response.data(), static_cast<int>(response.size()));
            socket.shutdownSend();
            Discard rest;
            readFor(socket, drainWait, rest);
            ++answered_;
        } catch (const Poco::Exception&) {
            ++dropped_;
        }
        socket.close();
    }
}

} // namespace aih::app
