// SPDX-License-Identifier: Apache-2.0
#include "egress/GuardedHttpClient.h"

#include "crypto/ClientTls.h"

#include <Poco/Net/DNS.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>
#include <Poco/URI.h>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace aih::egress {
namespace {

using Poco::Net::IPAddress;

struct Target
{
    bool https = true;
    std::string host;
    unsigned short port = 443;
    std::string pathAndQuery;
};

Target targetOf(const std::string& url)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception&) {
        throw EgressError(EgressError::Kind::Refused, "not a valid URL: " + url);
    }
    Target target;
    if (uri.getScheme() != "https" && uri.getScheme() != "http") {
        throw EgressError(EgressError::Kind::Refused, "only http(s) URLs can be fetched: " + url);
    }
    if (uri.getHost().empty() || !uri.getUserInfo().empty()) {
        throw EgressError(EgressError::Kind::Refused, "the URL needs a host and no user name: " + url);
    }
    target.https = uri.getScheme() == "https";
    target.host = uri.getHost();
    target.port = uri.getPort();
    target.pathAndQuery = uri.getPathEtc();
    if (target.pathAndQuery.empty()) {
        target.pathAndQuery = "/";
    }
    return target;
}

/// Every address of the host, each allowed; the first is the one to dial.
IPAddress checkedAddress(const Target& target, const EgressPolicy& policy)
{
    std::vector<IPAddress> addresses;
    IPAddress literal;
    if (IPAddress::tryParse(target.host, literal)) {
        addresses.push_back(literal);
    } else {
        try {
            addresses = Poco::Net::DNS::hostByName(target.host).addresses();
        } catch (const Poco::Exception& error) {
            throw EgressError(EgressError::Kind::Unreachable,
                              "cannot resolve " + target.host + ": " + error.displayText());
        }
    }
    if (addresses.empty()) {
        throw EgressError(EgressError::Kind::Unreachable, target.host + " has no address");
    }
    for (const auto& address : addresses) {
        if (!policy.permits(address)) {
            throw EgressError(EgressError::Kind::Refused,
                              target.host + " resolves to an address this server may not connect to");
        }
    }
    if (!target.https && !policy.explicitlyAllowed(addresses.front())) {
        throw EgressError(EgressError::Kind::Refused, "only https URLs are allowed: http://" + target.host);
    }
    return addresses.front();
}

/// Cuts the connection once the whole exchange has run past its deadline. The per-step timeouts
/// alone let a peer that sends a byte before each one runs out hold the call (and the thread that
/// made it) for ever.
class Deadline
{
public:
    Deadline(const Poco::Net::StreamSocket& socket, std::chrono::milliseconds limit)
        : socket_(socket), thread_([this, limit] { watch(limit); })
    {
    }
    ~Deadline()
    {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

    bool expired() const { return expired_; }

private:
    void watch(std::chrono::milliseconds limit)
    {
        std::unique_lock lock(mutex_);
        if (wake_.wait_for(lock, limit, [this] { return done_; })) {
            return;
        }
        expired_ = true;
        try {
            socket_.shutdown(); // the blocked read or write returns at once
        } catch (const Poco::Exception&) {
            // Already closed: nothing waits on it.
        }
    }

    Poco::Net::StreamSocket socket_; ///< shares the connection with the caller's socket
    std::mutex mutex_;
    std::condition_variable wake_;
    bool done_ = false;
    std::atomic<bool> expired_{false};
    std::thread thread_;
};

std::string readCapped(std::istream& in, std::size_t limit)
{
    std::string body;
    char buffer[8192];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > limit) {
            throw EgressError(EgressError::Kind::TooLarge,
                              "the answer exceeds " + std::to_string(limit) + " bytes");
        }
    }
    return body;
}

} // namespace

GuardedHttpClient::GuardedHttpClient(EgressPolicy policy, std::chrono::milliseconds timeout,
                                     std::size_t maxResponseBytes)
    : policy_(std::move(policy)), timeout_(timeout), maxResponseBytes_(maxResponseBytes),
      tls_(crypto::clientTlsContext())
{
}

void GuardedHttpClient::vet(const std::string& url) const
{
    checkedAddress(targetOf(url), policy_);
}

OutboundResponse GuardedHttpClient::send(const OutboundRequest& request) const
{
    const auto target = targetOf(request.url);
    const auto address = checkedAddress(target, policy_);
    const Poco::Timespan timeout(std::chrono::duration_cast<std::chrono::microseconds>(timeout_).count());
    // Each step may take the timeout, the whole exchange three of them.
    const auto overall = timeout_ * 3;
    std::optional<Deadline> deadline;
    const auto why = [&](const std::string& error) {
        return deadline && deadline->expired()
                   ? "no complete answer from " + target.host + " within " +
                         std::to_string(
                             std::chrono::duration_cast<std::chrono::milliseconds>(overall).count()) +
                         " ms"
                   : "no answer from " + target.host + ": " + error;
    };
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress(address, target.port), timeout);
        deadline.emplace(socket, overall);
        socket.setReceiveTimeout(timeout);
        socket.setSendTimeout(timeout);
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (target.https) {
            session = std::make_unique<Poco::Net::HTTPSClientSession>(
                Poco::Net::SecureStreamSocket::attach(socket, target.host, tls_));
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(socket);
        }
        session->setTimeout(timeout);
        session->setKeepAlive(false);

        Poco::Net::HTTPRequest out(request.method, target.pathAndQuery, Poco::Net::HTTPMessage::HTTP_1_1);
        out.setHost(target.host, target.port);
        out.set("Accept", "application/json");
        out.set("User-Agent", "aihd");
        for (const auto& [name, value] : request.headers) {
            out.set(name, value);
        }
        if (!request.body.empty() || request.method == "POST") {
            out.setContentType(request.contentType);
            out.setContentLength(static_cast<std::streamsize>(request.body.size()));
        }
        session->sendRequest(out) << request.body;
        Poco::Net::HTTPResponse in;
        auto& stream = session->receiveResponse(in);
        OutboundResponse response;
        response.status = static_cast<int>(in.getStatus());
        response.contentType = in.getContentType();
        if (in.hasContentLength() && in.getContentLength64() > static_cast<Poco::Int64>(maxResponseBytes_)) {
            throw EgressError(EgressError::Kind::TooLarge,
                              "the answer exceeds " + std::to_string(maxResponseBytes_) + " bytes");
        }
        response.body = readCapped(stream, maxResponseBytes_);
        // A cut-off connection can read as the answer's end: it is a failure all the same.
        if (deadline->expired()) {
            throw EgressError(EgressError::Kind::Unreachable, why("cut off"));
        }
        return response;
    } catch (const EgressError&) {
        throw;
    } catch (const Poco::Exception& error) {
        throw EgressError(EgressError::Kind::Unreachable, why(error.displayText()));
    } catch (const std::exception& error) {
        throw EgressError(EgressError::Kind::Unreachable, why(error.what()));
    }
}

} // namespace aih::egress
