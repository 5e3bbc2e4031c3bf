// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/StreamSocket.h>
#include <atomic>
#include <chrono>

namespace aih::net {

/// One client connection between its requests: the socket and Poco's session, whose read buffer
/// must outlive a single request because a client may already have sent the next one.
///
/// The HttpListener's workers call serve() when the socket has bytes to read; no thread is held
/// while the connection sits idle between requests.
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
        Malformed, ///< answered 400 and closed: the bytes were not an HTTP request Poco could parse
    };

    HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params);
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /// Answers the request that made the socket readable, and any the client sent behind it
    /// (pipelined, already in the session's buffer). Each is parsed and answered by Poco's
    /// request and response classes and `handlers`, exactly as Poco's own connection loop would.
    /// `closing` answers with `Connection: close` (the server is draining).
    Outcome serve(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing);

    int fd() const { return socket_.impl()->sockfd(); }
    /// Before closing after a final answer: if the client is still sending (pipelined requests
    /// behind a `Connection: close`), reads that first, so the close is not a reset that could
    /// destroy the answer before the client reads it.
    void lingerIfSending();
    /// Ends both directions, so a worker waiting on this socket (or the poller) wakes up.
    void shutdown();

    /// Idle → Busy when a worker takes it, Busy → Idle when it waits for the next request, and
    /// Idle → Closing when the listener closes it; only the thread that wins a change acts.
    bool claim(State from, State to) { return state_.compare_exchange_strong(from, to); }
    void markIdle(std::chrono::steady_clock::time_point now);
    bool isIdle() const { return state_.load() == State::Idle; }
    /// Bytes from the client are waiting to be read (its next request has begun to arrive).
    bool hasInput() const;
    std::chrono::steady_clock::time_point idleSince() const { return idleSince_.load(); }

private:
    /// Poco's session, with its count of bytes read ahead made visible.
    class Session : public Poco::Net::HTTPServerSession
    {
    public:
        using HTTPServerSession::HTTPServerSession;
        bool hasBufferedInput() const { return buffered() > 0; }
    };

    Poco::Net::StreamSocket socket_;
    Poco::Net::HTTPServerParams::Ptr params_;
    int requestsLeft_;
    Session session_;
    std::atomic<State> state_{State::Idle};
    std::atomic<std::chrono::steady_clock::time_point> idleSince_;
};

} // namespace aih::net
