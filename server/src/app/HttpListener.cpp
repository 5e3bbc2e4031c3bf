// SPDX-License-Identifier: Apache-2.0
#include "app/HttpListener.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <algorithm>
#include <chrono>
#include <thread>

namespace aih::app {
namespace {

// Enough for the deepest request path (JSON, libpqxx, argon2 allocates on the heap); 1,000
// threads then reserve 1 GiB of address space, of which only touched pages cost memory.
constexpr int threadStackBytes = 1024 * 1024;
// Between a worker taking a connection off Poco's queue and counting it as current, it is in
// neither count: a few extra threads absorb the connections admitted in that window.
constexpr int admissionSlack = 16;
constexpr int retryAfterSeconds = 1;

/// Runs on the one acceptor thread, so admissions never race each other; counts only fall
/// concurrently, which errs on the side of shedding.
class CapacityFilter : public Poco::Net::TCPServerConnectionFilter
{
public:
    CapacityFilter(int capacity, LoadShedder& shedder) : capacity_(capacity), shedder_(shedder) {}

    void watch(const Poco::Net::TCPServer& server) { server_ = &server; }

    bool accept(const Poco::Net::StreamSocket& socket) override
    {
        if (server_->currentConnections() + server_->queuedConnections() < capacity_) {
            return true;
        }
        shedder_.shed(socket);
        return false;
    }

private:
    const int capacity_;
    LoadShedder& shedder_;
    const Poco::Net::TCPServer* server_ = nullptr;
};

} // namespace

HttpListener::HttpListener(const config::Config& config, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers)
    : shedder_(static_cast<std::size_t>(config.maxQueuedConnections), retryAfterSeconds),
      threads_(std::min(config.threads, config.maxConnections), config.maxConnections + admissionSlack, 60,
               threadStackBytes)
{
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(config.listenHost, config.listenPort), true, false);
    // The kernel's accept queue absorbs a burst of connects (every wrk client at once) while
    // the acceptor admits or sheds them; the kernel caps it at net.core.somaxconn.
    socket.listen(std::max(1024, config.maxConnections));
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(config.maxConnections + admissionSlack);
    // Admission keeps Poco's own queue below capacity, so Poco never refuses on its own.
    params->setMaxQueued(config.maxConnections + admissionSlack);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(10'000);
    params->setKeepAliveTimeout(Poco::Timespan(config.keepAliveTimeout.count(), 0));
    params->setTimeout(Poco::Timespan(30, 0));
    server_ = std::make_unique<Poco::Net::HTTPServer>(handlers, threads_, socket, params);
    Poco::AutoPtr<CapacityFilter> filter = new CapacityFilter(config.maxConnections, shedder_);
    filter->watch(*server_);
    server_->setConnectionFilter(filter);
    server_->start();
}

HttpListener::~HttpListener()
{
    server_->stopAll(true);
}

void HttpListener::drain()
{
    server_->stopAll(false);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (server_->currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server_->stopAll(true);
}

} // namespace aih::app
