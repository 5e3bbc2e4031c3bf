// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ApiError.h"
#include "net/ChunkedBody.h"
#include "net/ReplaySocket.h"
#include "net/RequestHead.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/StreamSocket.h>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace aih::net {

/// Limits on how a request arrives, from the configuration.
struct RequestLimits
{
    std::size_t maxBodyBytes = std::size_t{1024} * 1024;
    std::chrono::seconds headTimeout{10}; ///< from a request's first byte to the end of its head
    std::chrono::seconds bodyTimeout{30}; ///< from the end of the head to the end of the body
};

/// One client connection between its requests: the socket, Poco's session (which writes the
/// answers), and the bytes of a request that has begun to arrive.
///
/// The HttpListener's workers call serve() when the socket has bytes to read; no thread is held
/// while the connection sits idle between requests, nor while a request trickles in: serve()
/// takes what has arrived and returns, and only a request that has fully arrived (head and a
/// body up to the limit, checked by checkRequestHead and ChunkedBody) is given to Poco's request
/// classes and the handlers. A request still incomplete at its deadline is answered 408.
class HttpConnection
{
public:
    enum class State
    {
        Idle,
        Busy,
        Closing
    };
    enum class Outcome
    {
        KeepOpen,
        Close,
        Malformed, ///< answered 4xx and closed: not a request this server takes, or too slow
    };

    HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                   const RequestLimits& limits, std::string peer);
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /// Takes in what the client has sent and answers every request that is complete, each
    /// parsed and answered by Poco's request and response classes and `handlers`, exactly as
    /// Poco's own connection loop would. `closing` answers with `Connection: close` (the server
    /// is draining).
    Outcome serve(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing);

    int fd() const { return socket_.impl()->sockfd(); }
    const std::string& peer() const { return peer_; }
    /// Before closing after a final answer: if the client is still sending (pipelined requests
    /// behind a `Connection: close`), reads that first, so the close is not a reset that could
    /// destroy the answer before the client reads it.
    void lingerIfSending();
    /// Ends both directions, so a worker waiting on this socket (or the poller) wakes up.
    void shutdown();
    /// For the watcher, once it has claimed an idle connection for closing: answers 408 if a
    /// request was under way and is past its deadline (without waiting on the client), then
    /// shuts the connection down.
    void timeOut(std::chrono::steady_clock::time_point now);

    /// Idle → Busy when a worker takes it, Busy → Idle when it waits for the next request, and
    /// Idle → Closing when the listener closes it; only the thread that wins a change acts.
    bool claim(State from, State to) { return state_.compare_exchange_strong(from, to); }
    void markIdle(std::chrono::steady_clock::time_point now);
    bool isIdle() const { return state_.load() == State::Idle; }
    /// Part of a request has arrived, and not all of it.
    bool requestUnderWay() const { return deadline_.load() != std::chrono::steady_clock::time_point::max(); }
    /// Bytes from the client are waiting to be read (its next request has begun to arrive).
    bool hasInput() const;
    /// Due to be closed: part of a request has arrived and its deadline has passed, or nothing
    /// has, and the connection has been idle since before `idleLimit`.
    bool overdue(std::chrono::steady_clock::time_point now,
                 std::chrono::steady_clock::time_point idleLimit) const;

private:
    /// What is known about the request arriving in `inbox_`.
    struct Arrival
    {
        bool started = false;
        std::optional<RequestHead> head;
        std::optional<ChunkedBody> chunks;
        bool continueSent = false;
        std::size_t checkedTo = 0; ///< how much of `inbox_` the head checks have seen
    };
    enum class Taken
    {
        All,   ///< everything the client had sent so far
        Part,  ///< as much as one read takes at once; more may be waiting
        Ended, ///< the client closed its side
    };

    Taken takeInput();
    /// Whether the request at the front of `inbox_` has fully arrived; if so, hands its bytes
    /// to the socket for Poco, and says in `passThrough` that its body was too large to hold.
    bool takeRequest(bool& passThrough);
    std::optional<RequestHead> checkHead();
    void sendContinue();
    bool answer(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing, bool passThrough);
    Outcome refuse(const errors::ApiError& error, bool linger);
    void setDeadline(std::chrono::steady_clock::time_point deadline);

    Poco::Net::StreamSocket socket_;
    ReplaySocketImpl* replay_; ///< socket_'s, owned by it
    Poco::Net::HTTPServerParams::Ptr params_;
    RequestLimits limits_;
    std::string peer_;
    int requestsLeft_;
    Poco::Net::HTTPServerSession session_;
    std::string inbox_; ///< bytes taken off the wire and not yet given to Poco
    Arrival arrival_;
    std::atomic<State> state_{State::Idle};
    std::atomic<std::chrono::steady_clock::time_point> idleSince_;
    /// When the request under way must have arrived; max() while none is.
    std::atomic<std::chrono::steady_clock::time_point> deadline_{
        std::chrono::steady_clock::time_point::max()};
};

} // namespace aih::net
