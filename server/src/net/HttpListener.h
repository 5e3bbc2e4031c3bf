// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Config.h"
#include "net/HttpConnection.h"
#include "net/LoadShedder.h"
#include "observability/ConnectionCounters.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Thread.h>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace aih::net {

/// aihd's HTTP side: up to `maxConnections` concurrent keep-alive connections, waited on
/// together with epoll, served by a pool of workers, and load shedding past that.
///
/// Poco 1.11's HTTPServer holds a thread for each open connection: at a thousand keep-alive
/// clients that is a thousand threads taking turns on two cores, and a tail latency of hundreds
/// of milliseconds. Here an idle connection costs no thread. Workers wait on one epoll set
/// (EPOLLONESHOT, so each readiness goes to exactly one of them), answer the request with Poco's
/// own request/response classes and the same handler factory, and re-arm the connection. A
/// worker that finds work waiting takes it without sleeping, so under load the cores stay on
/// requests instead of on context switches.
///
/// A request that blocks (a slow client, a slow query) holds its worker, so the pool grows
/// whenever fewer than `threads` workers are free to serve, up to one per connection: blocked
/// work never starves the rest, as with a thread per connection, but threads only exist for it.
class HttpListener
{
public:
    /// `counters` is kept current for /metrics; it must outlive the listener.
    HttpListener(const config::Config& config, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                 observability::ConnectionCounters& counters);
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    unsigned short port() const { return port_; }
    /// Stops accepting, lets in-flight requests finish (bounded), then closes idle keep-alives.
    void drain();

private:
    /// One place in the pool. `busySinceMs`: when the worker's current request began
    /// (steady-clock ms), 0 while it waits; one cache line each, so workers never contend
    /// writing their own. `thread` is touched only by the watcher and the destructor.
    struct alignas(64) WorkerSlot
    {
        std::atomic<std::int64_t> busySinceMs{0};
        std::atomic<bool> running{false};
        std::unique_ptr<Poco::Thread> thread;
    };

    void acceptLoop();
    void admit(const Poco::Net::StreamSocket& socket);
    void workLoop(WorkerSlot& slot);
    /// Whether this idle worker should leave: the watcher asks that many to, when the pool has
    /// had more than it needed for a while.
    bool mayLeave();
    void stopThreads();
    void watchLoop();
    void startWorkers(int count);
    void rearm(HttpConnection& connection);
    void close(HttpConnection* connection);
    /// One connection from `peer` fewer; under connectionsMutex_.
    void forget(const std::string& peer);
    /// Closes every idle connection matching `due`, a worker then finding it shut and removing it;
    /// how many.
    template <typename Due> int closeIdle(Due&& due);

    Poco::Net::HTTPRequestHandlerFactory::Ptr handlers_;
    Poco::Net::HTTPServerParams::Ptr params_;
    const int capacity_;
    const int freeWorkersWanted_;
    const int maxWorkers_;
    const int maxPerAddress_;
    const std::chrono::seconds keepAliveTimeout_;
    const RequestLimits requestLimits_;
    observability::ConnectionCounters& counters_; ///< its `open` is the count admission checks
    LoadShedder shedder_;
    Poco::Net::ServerSocket socket_;
    unsigned short port_ = 0;
    int epoll_ = -1;
    int wakeup_ = -1; ///< an eventfd in the epoll set that, once written, wakes every worker

    std::atomic<bool> accepting_{true};
    std::atomic<bool> draining_{false};
    std::atomic<bool> stopping_{false};

    std::mutex connectionsMutex_;
    std::unordered_map<HttpConnection*, std::unique_ptr<HttpConnection>> connections_;
    std::unordered_map<std::string, int> perAddress_; ///< open connections by peer address

    std::unique_ptr<WorkerSlot[]> slots_; ///< one per possible worker
    std::atomic<int> running_{0};         ///< workers started and not left
    std::atomic<int> leaving_{0};         ///< workers asked to leave and not yet gone
    int slotsUsed_ = 0; ///< slots ever given a worker (the watcher scans only these); watcher-owned
    std::thread acceptor_;
    std::thread watcher_;
};

} // namespace aih::net
