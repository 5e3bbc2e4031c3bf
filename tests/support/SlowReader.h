// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

#include <Poco/Net/StreamSocket.h>
#include <QByteArray>
#include <chrono>
#include <string>

namespace aih::test {

/// A client that asks for a response and then takes its bytes only when told to: a reader too
/// slow for a streamed export. Its receive buffer is small, so the server soon waits on it. The
/// request says `Connection: close`, so a complete response ends with the connection.
class SlowReader
{
public:
    SlowReader(unsigned short port, const std::string& target, const Headers& headers);

    /// Reads until the response head is in; returns its status (0: the connection ended first).
    int readHead(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// Takes at most `bytes` more, waiting up to `timeout` for the first of them; how many came
    /// (0 at the end of the connection or when nothing came in time).
    std::size_t readSome(std::size_t bytes, std::chrono::milliseconds timeout);
    /// Takes everything until the server ends the connection (or resets it).
    void readToEnd(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    /// Ends the connection from this side without reading what is left.
    void close();

    int status() const { return status_; }
    const QByteArray& head() const { return head_; }
    /// The body bytes taken so far, still in chunked framing.
    const QByteArray& rawBody() const { return rawBody_; }
    /// True when the chunked body ended with its final, empty chunk: the server sent it all.
    bool complete() const;
    /// The body with its chunked framing removed (as much of it as came).
    QByteArray body() const;

private:
    Poco::Net::StreamSocket socket_;
    int status_ = 0;
    QByteArray head_;
    QByteArray rawBody_;
    bool ended_ = false;
};

} // namespace aih::test
