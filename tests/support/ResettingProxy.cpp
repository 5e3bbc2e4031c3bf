// SPDX-License-Identifier: Apache-2.0
#include "ResettingProxy.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace aih::test {
namespace {

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

sockaddr_in loopback(unsigned short port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// A close that sends RST instead of FIN: the peer sees "connection reset", as after a dropped
/// NAT entry, rather than an orderly end.
void abortiveClose(int fd)
{
    if (fd < 0) {
        return;
    }
    linger hard{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

/// Moves what `from` has to `to`; false when `from` ended or either side failed.
bool pump(int from, int to)
{
    char buffer[64 * 1024];
    const auto got = ::read(from, buffer, sizeof buffer);
    if (got <= 0) {
        return false;
    }
    for (ssize_t sent = 0; sent < got;) {
        const auto written = ::send(to, buffer + sent, static_cast<std::size_t>(got - sent), MSG_NOSIGNAL);
        if (written <= 0) {
            return false;
        }
        sent += written;
    }
    return true;
}

} // namespace

ResettingProxy::ResettingProxy(unsigned short targetPort, int idleResetMs)
    : targetPort_(targetPort), idleResetMs_(idleResetMs)
{
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    auto address = loopback(0);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 128) != 0 || ::pipe(wakeup_) != 0) {
        throw std::runtime_error("the proxy cannot listen");
    }
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { run(); });
}

ResettingProxy::~ResettingProxy()
{
    stopping_ = true;
    [[maybe_unused]] const auto written = ::write(wakeup_[1], "x", 1);
    thread_.join();
    for (auto& pair : pairs_) {
        reset(pair);
    }
    ::close(listener_);
    ::close(wakeup_[0]);
    ::close(wakeup_[1]);
}

int ResettingProxy::resetAll()
{
    const int before = resets_.load();
    ++resetRequests_;
    [[maybe_unused]] const auto written = ::write(wakeup_[1], "r", 1);
    // The proxy's thread does the resetting; wait until it has.
    while (resetRequests_.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return resets_.load() - before;
}

void ResettingProxy::reset(Pair& pair)
{
    abortiveClose(pair.client);
    abortiveClose(pair.server);
    pair.client = pair.server = -1;
}

void ResettingProxy::run()
{
    while (!stopping_) {
        std::vector<pollfd> fds{{listener_, POLLIN, 0}, {wakeup_[0], POLLIN, 0}};
        for (const auto& pair : pairs_) {
            fds.push_back({pair.client, POLLIN, 0});
            fds.push_back({pair.server, POLLIN, 0});
        }
        ::poll(fds.data(), fds.size(), 50);
        if (fds[1].revents & POLLIN) {
            char drained[64];
            [[maybe_unused]] const auto got = ::read(wakeup_[0], drained, sizeof drained);
        }
        if (resetRequests_.load() > 0) {
            for (auto& pair : pairs_) {
                reset(pair);
                ++resets_;
            }
            pairs_.clear();
            resetRequests_ = 0;
            continue;
        }
        const auto now = nowMs();
        for (std::size_t i = 0; i < pairs_.size(); ++i) {
            auto& pair = pairs_[i];
            const auto& clientSide = fds[2 + 2 * i];
            const auto& serverSide = fds[3 + 2 * i];
            bool open = true;
            if (clientSide.revents & (POLLIN | POLLHUP | POLLERR)) {
                open = pump(pair.client, pair.server);
                pair.lastActiveMs = now;
            }
            if (open && (serverSide.revents & (POLLIN | POLLHUP | POLLERR))) {
                open = pump(pair.server, pair.client);
                pair.lastActiveMs = now;
            }
            if (!open) {
                ::close(pair.client);
                ::close(pair.server);
                pair.client = pair.server = -1;
            } else if (idleResetMs_ > 0 && now - pair.lastActiveMs >= idleResetMs_) {
                reset(pair);
                ++resets_;
            }
        }
        std::erase_if(pairs_, [](const Pair& pair) { return pair.client < 0; });
        if (fds[0].revents & POLLIN) {
            const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                continue;
            }
            const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            auto target = loopback(targetPort_);
            if (::connect(server, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0) {
                abortiveClose(client);
                ::close(server);
                continue;
            }
            const int one = 1;
            ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            pairs_.push_back({client, server, now});
        }
    }
}

} // namespace aih::test
