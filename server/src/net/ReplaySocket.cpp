// SPDX-License-Identifier: Apache-2.0
#include "net/ReplaySocket.h"

#include <Poco/Exception.h>
#include <Poco/Timespan.h>
#include <algorithm>
#include <cstring>
#include <sys/socket.h>

namespace aih::net {

void ReplaySocketImpl::replay(std::string bytes)
{
    replay_ = std::move(bytes);
    at_ = 0;
}

void ReplaySocketImpl::dropReplay()
{
    replay_.clear();
    at_ = 0;
}

int ReplaySocketImpl::receiveBytes(void* buffer, int length, int flags)
{
    if (hasReplay() && length > 0) {
        const auto count = std::min(static_cast<std::size_t>(length), replay_.size() - at_);
        std::memcpy(buffer, replay_.data() + at_, count);
        if ((flags & MSG_PEEK) == 0) {
            at_ += count;
        }
        return static_cast<int>(count);
    }
    if (deadline_ != std::chrono::steady_clock::time_point::max()) {
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            deadline_ - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !poll(Poco::Timespan(left.count()), SELECT_READ)) {
            throw Poco::TimeoutException("the request did not arrive in time");
        }
    }
    return StreamSocketImpl::receiveBytes(buffer, length, flags);
}

int ReplaySocketImpl::available()
{
    return static_cast<int>(replay_.size() - at_) + StreamSocketImpl::available();
}

Poco::Net::SocketAddress ReplaySocketImpl::address()
{
    if (!address_) {
        address_ = StreamSocketImpl::address();
    }
    return *address_;
}

Poco::Net::SocketAddress ReplaySocketImpl::peerAddress()
{
    if (!peerAddress_) {
        peerAddress_ = StreamSocketImpl::peerAddress();
    }
    return *peerAddress_;
}

} // namespace aih::net
