// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/LoadShedder.h"
#include "config/Config.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/ThreadPool.h>
#include <memory>

namespace aih::app {

/// aihd's HTTP side: Poco's HTTPServer sized for `maxConnections` concurrent keep-alive
/// connections, and load shedding past that.
///
/// Poco 1.11 serves a connection on one thread for as long as it stays open, so capacity is
/// threads: one per connection, created on demand with small stacks (an idle one costs a few
/// pages of memory and sleeps in poll). The acceptor admits a connection only while fewer than
/// `maxConnections` are open or queued; others go to the LoadShedder, which answers 503 with
/// `Retry-After`, instead of Poco's full queue closing them with a reset.
class HttpListener
{
public:
    HttpListener(const config::Config& config, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers);
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    unsigned short port() const { return server_->port(); }
    /// Stops accepting, lets in-flight requests finish (bounded), then closes idle keep-alives.
    void drain();

private:
    LoadShedder shedder_;
    Poco::ThreadPool threads_;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
};

} // namespace aih::app
