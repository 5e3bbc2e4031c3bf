// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/StreamSocketImpl.h>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace aih::net {

/// A connected socket whose reads first return bytes the connection already took off the wire.
///
/// The connection layer reads and checks each request itself (head limits, framing, deadlines)
/// before Poco's HTTPServerRequestImpl parses it; Poco reads only through its session's socket,
/// so the checked bytes are handed to it here, and it cannot read past them into a request that
/// has not been checked. Reads from the wire itself (only when Poco is given a body too large to
/// hold, to drain) end at `deadline` with a Poco::TimeoutException.
class ReplaySocketImpl : public Poco::Net::StreamSocketImpl
{
public:
    /// Takes ownership of `fd`.
    explicit ReplaySocketImpl(poco_socket_t fd) : StreamSocketImpl(fd) {}

    /// Bytes the next reads return, ahead of the wire; replaces any not read yet.
    void replay(std::string bytes);
    /// Drops what was given to replay() and not read.
    void dropReplay();
    bool hasReplay() const { return at_ < replay_.size(); }
    void setDeadline(std::chrono::steady_clock::time_point deadline) { deadline_ = deadline; }

    using StreamSocketImpl::receiveBytes;
    int receiveBytes(void* buffer, int length, int flags = 0) override;
    int available() override;
    /// Both ends of a connected socket stay what they were, yet Poco asks the kernel for them
    /// (getsockname, getpeername) with every request it parses: asked once here.
    Poco::Net::SocketAddress address() override;
    Poco::Net::SocketAddress peerAddress() override;

private:
    std::string replay_;
    std::size_t at_ = 0;
    std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
    std::optional<Poco::Net::SocketAddress> address_;
    std::optional<Poco::Net::SocketAddress> peerAddress_;
};

} // namespace aih::net
