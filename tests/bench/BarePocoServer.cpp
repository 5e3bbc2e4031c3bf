// SPDX-License-Identifier: Apache-2.0
// The benchmark's reference: a bare Poco HTTPServer, tuned like aihd, answering every request
// with the same body that aihd sends for GET /api/gurus/spiritual. What aihd adds on top
// (authentication, tenant, limits, metering, logging) is the difference the benchmark measures.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

class FixedBody : public Poco::Net::HTTPRequestHandler
{
public:
    explicit FixedBody(const std::string& body) : body_(body) {}
    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override
    {
        // sendBuffer is Poco's fastest way to answer with a body held in memory (headers counted
        // once, body written straight to the socket), so the reference is the best bare Poco does.
        response.setContentType("application/json");
        response.sendBuffer(body_.data(), body_.size());
    }

private:
    const std::string& body_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(std::string body) : body_(std::move(body)) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new FixedBody(body_);
    }

private:
    std::string body_;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: aih_bench_bare_poco PORT THREADS BODY_FILE\n";
        return 2;
    }
    std::ifstream in(argv[3]);
    std::stringstream body;
    body << in.rdbuf();
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    Poco::Net::ServerSocket socket(
        Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(std::stoi(argv[1]))), 1024);
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(std::stoi(argv[2]));
    params->setMaxQueued(1024);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(10'000);
    Poco::ThreadPool threads(2, std::stoi(argv[2]));
    Poco::Net::HTTPServer server(new Factory(body.str()), threads, socket, params);
    server.start();
    int received = 0;
    sigwait(&signals, &received);
    server.stopAll(true);
    return 0;
}
