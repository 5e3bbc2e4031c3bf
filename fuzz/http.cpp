// SPDX-License-Identifier: Apache-2.0
// Fuzz target `http`: raw bytes from a client through the listener's own request framing,
// HttpConnection::serve, over a socketpair: the input is written to one end, which is then shut
// for writing, and the other end is served as the listener would serve it, with a handler that
// reads each request's whole body and answers 200.
// Asserts, beyond no crash, no hang and no sanitizer report:
//  - every request that reaches a handler has a method token and a URI free of whitespace and
//    control characters, and header names and values free of CR, LF and NUL (what a proxy and
//    we might read differently: request smuggling);
//  - a body read to its end is never longer than its Content-Length says;
//  - whatever goes back to the client starts with an HTTP/1.x status line.
#include "net/HttpConnection.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace {

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "http: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// Not whitespace nor a control character; bytes past ASCII are not checked here.
bool isTokenChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte > 0x20 && byte != 0x7F;
}

class ReadAllHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        const auto& method = request.getMethod();
        const auto& uri = request.getURI();
        if (method.empty() || uri.empty()) {
            fail("a request without a method or URI reached a handler", method + " " + uri);
        }
        for (const char c : method + uri) {
            if (!isTokenChar(c)) {
                fail("a method or URI with whitespace or a control character reached a handler",
                     method + uri);
            }
        }
        for (const auto& [name, value] : request) {
            if ((name + value).find_first_of(std::string("\r\n\0", 3)) != std::string::npos) {
                fail("a header with CR, LF or NUL reached a handler", name + ": " + value);
            }
        }
        std::string body;
        char buffer[4096];
        auto& in = request.stream();
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            body.append(buffer, static_cast<std::size_t>(in.gcount()));
        }
        if (request.hasContentLength() && !request.getChunkedTransferEncoding() &&
            static_cast<Poco::Int64>(body.size()) > request.getContentLength64()) {
            fail("a body longer than its Content-Length was read", body);
        }
        response.setContentLength(2);
        response.send() << "ok";
    }
};

class Handlers : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new ReadAllHandler;
    }
};

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// libFuzzer's timers interrupt a blocking connect, which then goes on in the background.
bool connectTo(int fd, const sockaddr_in& address)
{
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        return true;
    }
    if (errno != EINTR) {
        return false;
    }
    pollfd wait{fd, POLLOUT, 0};
    while (::poll(&wait, 1, -1) < 0) {
        if (errno != EINTR) {
            return false;
        }
    }
    int error = 0;
    socklen_t length = sizeof error;
    return ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    std::signal(SIGPIPE, SIG_IGN);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Everything the client sends fits the socket buffers, so the write never waits for the server.
    if (size > 16 * 1024) {
        return 0;
    }
    static Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0), 16);
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(listener.address().port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (client < 0 || !connectTo(client, address)) {
        std::perror("connect");
        std::abort();
    }
    // Closing with a reset leaves no TIME_WAIT behind, so a long run never runs out of ports.
    const linger reset{1, 0};
    ::setsockopt(client, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    if (!writeAll(client, std::string_view(reinterpret_cast<const char*>(data), size)) ||
        ::shutdown(client, SHUT_WR) != 0) {
        std::perror("write");
        std::abort();
    }

    static Handlers handlers;
    static const Poco::Net::HTTPServerParams::Ptr params = [] {
        Poco::Net::HTTPServerParams::Ptr p(new Poco::Net::HTTPServerParams);
        p->setTimeout(Poco::Timespan(1, 0));
        p->setKeepAlive(true);
        p->setMaxKeepAliveRequests(100);
        return p;
    }();
    {
        const auto socket = listener.acceptConnection();
        const aih::net::RequestLimits limits;
        aih::net::HttpConnection connection(socket, params, limits, "127.0.0.1");
        // As the listener does: serve again while the connection stays open and the client sends.
        for (int round = 0; round < 200; ++round) {
            if (connection.serve(handlers, false) != aih::net::HttpConnection::Outcome::KeepOpen) {
                break;
            }
        }
        connection.shutdown();
    }

    std::string answer;
    char buffer[4096];
    ssize_t received;
    while ((received = ::read(client, buffer, sizeof buffer)) > 0 || (received < 0 && errno == EINTR)) {
        if (received > 0) {
            answer.append(buffer, static_cast<std::size_t>(received));
        }
    }
    ::close(client);
    if (!answer.empty() && !answer.starts_with("HTTP/1.1 ") && !answer.starts_with("HTTP/1.0 ")) {
        fail("the answer does not start with a status line", answer);
    }
    return 0;
}
