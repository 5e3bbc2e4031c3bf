// SPDX-License-Identifier: Apache-2.0
#include "net/HttpListener.h"

#include <Poco/Exception.h>
#include <Poco/Timespan.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace aih::net {
namespace {

// Enough for the deepest request path (JSON, libpqxx, argon2 allocates on the heap); a thousand
// workers then reserve 1 GiB of address space, of which only touched pages cost memory.
constexpr int threadStackBytes = 1024 * 1024;
constexpr int retryAfterSeconds = 1;
// A request running this long is treated as blocked (on its client or the database): the pool
// grows so that `threads` workers stay free for everyone else. Far above any CPU-bound answer.
constexpr auto blockedAfter = std::chrono::milliseconds(50);
constexpr auto watchEvery = std::chrono::milliseconds(10);
constexpr auto idleCheckEvery = std::chrono::milliseconds(250);
constexpr auto drainFor = std::chrono::seconds(10);
constexpr int workerWaitMs = 1000;
// Workers started for blocked requests leave once a period this long has passed in which they
// were never needed (the most workers blocked at once, plus `threads`, stayed below the pool):
// the pool follows the load back down instead of keeping its peak.
constexpr auto shrinkPeriod = std::chrono::seconds(10);
constexpr std::uint32_t armedEvents = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;

std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void failSystem(const char* what)
{
    throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

} // namespace

HttpListener::HttpListener(const config::Config& config, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                           observability::ConnectionCounters& counters)
    : handlers_(std::move(handlers)), params_(new Poco::Net::HTTPServerParams),
      capacity_(config.maxConnections), freeWorkersWanted_(std::min(config.threads, config.maxConnections)),
      maxWorkers_(config.maxConnections), maxPerAddress_(config.maxConnectionsPerAddress),
      keepAliveTimeout_(config.keepAliveTimeout), requestLimits_{config.maxBodyBytes,
                                                                 config.requestHeadTimeout,
                                                                 config.requestBodyTimeout},
      counters_(counters),
      shedder_(static_cast<std::size_t>(config.maxQueuedConnections), retryAfterSeconds, counters),
      slots_(std::make_unique<WorkerSlot[]>(static_cast<std::size_t>(config.maxConnections)))
{
    params_->setKeepAlive(true);
    params_->setMaxKeepAliveRequests(10'000);
    params_->setKeepAliveTimeout(Poco::Timespan(config.keepAliveTimeout.count(), 0));
    params_->setTimeout(Poco::Timespan(30, 0));

    socket_.bind(Poco::Net::SocketAddress(config.listenHost, config.listenPort), true, false);
    // The kernel's accept queue absorbs a burst of connects (every wrk client at once) while
    // the acceptor admits or sheds them; the kernel caps it at net.core.somaxconn.
    socket_.listen(std::max(1024, config.maxConnections));
    port_ = socket_.address().port();

    epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
    if (epoll_ < 0) {
        failSystem("epoll_create1");
    }
    try {
        wakeup_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (wakeup_ < 0) {
            failSystem("eventfd");
        }
        // Level-triggered and never read: once written, every epoll_wait sees it.
        epoll_event wake{};
        wake.events = EPOLLIN;
        wake.data.ptr = nullptr;
        if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, wakeup_, &wake) != 0) {
            failSystem("epoll_ctl");
        }
        startWorkers(freeWorkersWanted_);
        watcher_ = std::thread([this] { watchLoop(); });
        acceptor_ = std::thread([this] { acceptLoop(); });
    } catch (...) {
        stopThreads();
        throw;
    }
}

HttpListener::~HttpListener()
{
    stopThreads();
}

void HttpListener::stopThreads()
{
    accepting_ = false;
    if (acceptor_.joinable()) {
        acceptor_.join();
    }
    stopping_ = true;
    {
        // A worker may be blocked reading a half-sent request: shutting the socket wakes it.
        std::lock_guard lock(connectionsMutex_);
        for (auto& [raw, connection] : connections_) {
            connection->shutdown();
        }
    }
    if (wakeup_ >= 0) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(wakeup_, &one, sizeof one);
    }
    if (watcher_.joinable()) {
        watcher_.join();
    }
    for (int i = 0; i < slotsUsed_; ++i) {
        if (slots_[i].thread) {
            slots_[i].thread->join();
        }
    }
    connections_.clear();
    if (wakeup_ >= 0) {
        ::close(wakeup_);
    }
    if (epoll_ >= 0) {
        ::close(epoll_);
    }
}

void HttpListener::drain()
{
    accepting_ = false;
    if (acceptor_.joinable()) {
        acceptor_.join();
    }
    socket_.close();
    draining_ = true;
    // Requests in flight finish and are answered with `Connection: close`; idle connections
    // close now. A worker may re-arm one it finished just as draining began, so look again.
    const auto deadline = std::chrono::steady_clock::now() + drainFor;
    while (counters_.open > 0 && std::chrono::steady_clock::now() < deadline) {
        closeIdle([](const HttpConnection&) { return true; });
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void HttpListener::acceptLoop()
{
    while (accepting_) {
        try {
            // Waking every so often lets drain() stop the acceptor without closing the socket
            // under it.
            if (!socket_.poll(Poco::Timespan(0, 200'000), Poco::Net::Socket::SELECT_READ)) {
                continue;
            }
            admit(socket_.acceptConnection());
        } catch (...) {
            // Out of file descriptors or memory, or a client that left before being accepted: a
            // short pause keeps a persistent failure from spinning this thread.
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
}

void HttpListener::admit(const Poco::Net::StreamSocket& socket)
{
    // Only this thread adds connections, so the count can only be lower than read, which errs
    // on the side of admitting no more than capacity.
    if (counters_.open.load() >= capacity_) {
        shedder_.shed(socket, "The server is at its connection capacity.");
        return;
    }
    // The socket's own peer: which proxies to trust for a client's address is not decided here.
    auto peer = socket.peerAddress().host().toString();
    {
        std::lock_guard lock(connectionsMutex_);
        if (perAddress_[peer] >= maxPerAddress_) {
            shedder_.shed(socket, "Too many connections from this address.");
            return;
        }
        ++perAddress_[peer];
    }
    std::unique_ptr<HttpConnection> connection;
    try {
        connection = std::make_unique<HttpConnection>(socket, params_, requestLimits_, peer);
    } catch (...) {
        std::lock_guard lock(connectionsMutex_);
        forget(peer);
        throw;
    }
    auto* raw = connection.get();
    {
        std::lock_guard lock(connectionsMutex_);
        connections_.emplace(raw, std::move(connection));
    }
    ++counters_.open;
    counters_.admitted.add();
    epoll_event event{};
    event.events = armedEvents;
    event.data.ptr = raw;
    if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, raw->fd(), &event) != 0) {
        close(raw);
    }
}

void HttpListener::workLoop(WorkerSlot& slot)
{
    epoll_event event{};
    while (!stopping_) {
        const int ready = ::epoll_wait(epoll_, &event, 1, workerWaitMs);
        if (ready == 0 && mayLeave()) {
            slot.running = false;
            return;
        }
        if (ready <= 0 || stopping_ || event.data.ptr == nullptr) {
            continue; // timed out, interrupted, or woken to stop
        }
        auto* connection = static_cast<HttpConnection*>(event.data.ptr);
        if (!connection->claim(HttpConnection::State::Idle, HttpConnection::State::Busy)) {
            close(connection); // closeIdle() shut it; this is the one event that reports it
            continue;
        }
        slot.busySinceMs = steadyMs();
        auto outcome = HttpConnection::Outcome::Close;
        try {
            outcome = connection->serve(*handlers_, draining_);
        } catch (...) {
            // serve() answers what it can itself; anything escaping it ends only this connection.
        }
        if (outcome == HttpConnection::Outcome::KeepOpen && !draining_) {
            rearm(*connection);
        } else {
            if (outcome == HttpConnection::Outcome::Malformed) {
                counters_.malformed.add();
            } else {
                connection->lingerIfSending(); // may take a second: still busy, as the watcher sees it
            }
            close(connection);
        }
        slot.busySinceMs = 0;
    }
}

void HttpListener::rearm(HttpConnection& connection)
{
    connection.markIdle(std::chrono::steady_clock::now());
    epoll_event event{};
    event.events = armedEvents;
    event.data.ptr = &connection;
    if (::epoll_ctl(epoll_, EPOLL_CTL_MOD, connection.fd(), &event) != 0) {
        // It cannot be waited on any more, so no event will come for it: close it here. Should
        // closeIdle() have claimed it meanwhile, that only shut the socket; closing is still
        // left to whoever gets the event, which is now this thread.
        close(&connection);
    }
}

void HttpListener::close(HttpConnection* connection)
{
    ::epoll_ctl(epoll_, EPOLL_CTL_DEL, connection->fd(), nullptr);
    std::unique_ptr<HttpConnection> closing;
    {
        std::lock_guard lock(connectionsMutex_);
        auto found = connections_.find(connection);
        if (found == connections_.end()) {
            return;
        }
        closing = std::move(found->second);
        connections_.erase(found);
        forget(closing->peer());
    }
    --counters_.open;
}

void HttpListener::forget(const std::string& peer)
{
    auto found = perAddress_.find(peer);
    if (found != perAddress_.end() && --found->second <= 0) {
        perAddress_.erase(found);
    }
}

template <typename Due> int HttpListener::closeIdle(Due&& due)
{
    int closed = 0;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(connectionsMutex_);
    for (auto& [raw, connection] : connections_) {
        // A connection whose next request has arrived is about to be served, not idle; one
        // whose request is under way and overdue closes whatever it is still sending.
        if (connection->isIdle() && due(*connection) &&
            (connection->requestUnderWay() || !connection->hasInput()) &&
            connection->claim(HttpConnection::State::Idle, HttpConnection::State::Closing)) {
            connection->timeOut(now);
            ++closed;
        }
    }
    return closed;
}

void HttpListener::startWorkers(int count)
{
    for (int i = 0; i < maxWorkers_ && count > 0; ++i) {
        auto& slot = slots_[i];
        if (slot.running) {
            continue;
        }
        if (slot.thread) {
            slot.thread->join(); // a worker that left: its place is reused
        }
        slotsUsed_ = std::max(slotsUsed_, i + 1);
        slot.thread = std::make_unique<Poco::Thread>("http-worker");
        slot.thread->setStackSize(threadStackBytes);
        slot.running = true;
        ++running_;
        ++counters_.workers;
        try {
            slot.thread->startFunc([this, &slot] { workLoop(slot); });
        } catch (...) {
            slot.thread.reset();
            slot.running = false;
            --running_;
            --counters_.workers;
            throw;
        }
        --count;
    }
}

bool HttpListener::mayLeave()
{
    int asked = leaving_.load();
    while (asked > 0) {
        if (leaving_.compare_exchange_weak(asked, asked - 1)) {
            --running_;
            --counters_.workers;
            return true;
        }
    }
    return false;
}

void HttpListener::watchLoop()
{
    auto nextIdleCheck = std::chrono::steady_clock::now();
    auto nextShrink = std::chrono::steady_clock::now() + shrinkPeriod;
    int mostBlocked = 0; // in this shrink period
    while (!stopping_) {
        std::this_thread::sleep_for(watchEvery);
        const auto nowMs = steadyMs();
        int blocked = 0;
        for (int i = 0; i < slotsUsed_; ++i) {
            const auto since = slots_[i].busySinceMs.load(std::memory_order_relaxed);
            blocked += since != 0 && nowMs - since >= blockedAfter.count();
        }
        mostBlocked = std::max(mostBlocked, blocked);
        const int free = running_.load() - blocked;
        if (free < freeWorkersWanted_ && !stopping_) {
            leaving_ = 0; // needed after all
            try {
                startWorkers(freeWorkersWanted_ - free);
            } catch (const Poco::Exception&) {
                // Out of threads for now: the workers there are keep serving; try next time.
            }
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= nextShrink) {
            // Idle workers take these requests up at their next empty wait (within a second).
            leaving_ = std::max(0, running_.load() - (mostBlocked + freeWorkersWanted_));
            nextShrink = now + shrinkPeriod;
            mostBlocked = blocked;
        }
        if (now >= nextIdleCheck) {
            nextIdleCheck = now + idleCheckEvery;
            const auto idleLimit = now - keepAliveTimeout_;
            counters_.idleClosed.add(
                static_cast<std::uint64_t>(closeIdle([now, idleLimit](const HttpConnection& connection) {
                    return connection.overdue(now, idleLimit);
                })));
        }
    }
}

} // namespace aih::net
