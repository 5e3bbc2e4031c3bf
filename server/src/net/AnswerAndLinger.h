// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>
#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace aih::net {

/// Reads whatever arrives within `wait`, stopping early once `enough()` holds or the peer
/// closes; each piece goes to `enough.consume(data, size)`.
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

/// Sends a final `answer` (one that says `Connection: close`), ends the sending side, then reads
/// and discards what the client still sends until it closes, for at most a second and a
/// megabyte; the caller then closes the socket. Closing a socket with unread input makes the
/// kernel reset the connection, and a reset client may never read the answer. False when the
/// client was gone before the answer went out.
bool answerAndLinger(Poco::Net::StreamSocket& socket, const std::string& answer);

} // namespace aih::net
