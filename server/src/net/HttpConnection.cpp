// SPDX-License-Identifier: Apache-2.0
#include "net/HttpConnection.h"

#include "http/ClosingAnswer.h"
#include "http/HttpDate.h"
#include "net/AnswerAndLinger.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/NetException.h>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace aih::net {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using Clock = std::chrono::steady_clock;

/// Taken off the wire per read, and at most this many reads in a row before the request so far
/// is looked at: what a request may hold is bounded by its checks, not by what a client sends.
constexpr std::size_t readBytes = std::size_t{16} * 1024;
constexpr int readsAtOnce = 16;

/// The accepted socket as this connection uses it: its own descriptor (the accepted one is
/// closed with the acceptor's copy), reading first what the connection has already checked.
/// Blocking writes, bounded by `timeout`; reads never wait on the client except where a body
/// too large to hold is drained, and there only until the request's deadline.
Poco::Net::StreamSocket replaySocket(const Poco::Net::StreamSocket& accepted, const Poco::Timespan& timeout)
{
    const int fd = ::fcntl(accepted.impl()->sockfd(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        throw Poco::IOException("cannot take the connection over");
    }
    Poco::Net::StreamSocket socket(new ReplaySocketImpl(fd));
    socket.setNoDelay(true);
    socket.setReceiveTimeout(timeout);
    socket.setSendTimeout(timeout);
    return socket;
}

/// Sends without waiting: for answers to clients that are not reading in step (a request too
/// slow to arrive), where whatever the kernel takes at once is all they get.
void sendNow(int fd, const std::string& bytes)
{
    [[maybe_unused]] const auto sent = ::send(fd, bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
}

ApiError tooSlow(const RequestLimits& limits)
{
    return {ErrorCode::RequestTimeout, "The request did not arrive in time: its head must arrive within " +
                                           std::to_string(limits.headTimeout.count()) +
                                           " s, its body within " +
                                           std::to_string(limits.bodyTimeout.count()) + " s after it."};
}

} // namespace

// Nothing reads params_ after session_ is given its copy: clang's analyzer cannot see the atomic
// reference count, so it takes the release of that copy for the last one (a use after free).
HttpConnection::HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                               const RequestLimits& limits, std::string peer)
    : socket_(replaySocket(socket, params->getTimeout())),
      replay_(static_cast<ReplaySocketImpl*>(socket_.impl())), params_(std::move(params)), limits_(limits),
      peer_(std::move(peer)), requestsLeft_(params_->getMaxKeepAliveRequests()), session_(socket_, params_),
      idleSince_(Clock::now())
{
}

HttpConnection::Outcome HttpConnection::serve(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing)
{
    auto taken = takeInput();
    for (;;) {
        if (!arrival_.started) {
            // RFC 9112 2.2: empty lines before a request line are ignored.
            const auto first = inbox_.find_first_not_of("\r\n");
            inbox_.erase(0, first == std::string::npos ? inbox_.size() : first);
            if (inbox_.empty() && taken == Taken::Part) {
                taken = takeInput();
                continue;
            }
            if (inbox_.empty()) {
                return taken == Taken::Ended ? Outcome::Close : Outcome::KeepOpen;
            }
            arrival_.started = true;
            setDeadline(Clock::now() + limits_.headTimeout);
        }
        bool passThrough = false;
        bool ready = false;
        try {
            ready = takeRequest(passThrough);
        } catch (const ApiError& error) {
            return refuse(error, true);
        }
        if (!ready) {
            if (taken == Taken::Part) {
                taken = takeInput();
                continue;
            }
            if (taken == Taken::Ended) {
                return refuse(
                    ApiError(ErrorCode::MalformedRequest, "The request ended before it was complete."), true);
            }
            if (Clock::now() >= deadline_.load()) {
                // No lingering: a client this slow would hold the worker as long as it liked.
                return refuse(tooSlow(limits_), false);
            }
            return Outcome::KeepOpen; // the rest is on its way; no worker waits for it
        }
        bool keepAlive = false;
        try {
            keepAlive = answer(handlers, closing, passThrough);
        } catch (const Poco::Net::MessageException&) {
            return refuse(ApiError(ErrorCode::MalformedRequest, "The request is not valid HTTP/1.1."), true);
        } catch (const Poco::Exception&) {
            return Outcome::Close; // timed out, reset, or broken mid-request
        } catch (const std::exception&) {
            return Outcome::Close;
        }
        if (!keepAlive) {
            return Outcome::Close;
        }
    }
}

HttpConnection::Taken HttpConnection::takeInput()
{
    std::array<char, readBytes> buffer{};
    for (int read = 0; read < readsAtOnce; ++read) {
        const auto received = ::recv(fd(), buffer.data(), buffer.size(), MSG_DONTWAIT);
        if (received > 0) {
            inbox_.append(buffer.data(), static_cast<std::size_t>(received));
            if (static_cast<std::size_t>(received) < buffer.size()) {
                // Short: the socket had no more just now. Asking again would only say so (a
                // system call per request); what comes later, an end included, wakes the
                // connection again once it is rearmed.
                return Taken::All;
            }
            continue;
        }
        if (received < 0 && errno == EINTR) {
            continue;
        }
        if (received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return Taken::All;
        }
        return Taken::Ended; // closed, or reset
    }
    return Taken::Part;
}

std::optional<RequestHead> HttpConnection::checkHead()
{
    // The whole head is checked again only when a line has ended (or none has yet, or it has
    // grown past a limit), so a head sent a byte at a time costs a check per line, not per byte.
    const std::string_view arrived(inbox_);
    const HeadLimits limits;
    const bool lineEnded = arrived.find('\n', arrival_.checkedTo) != std::string_view::npos;
    const auto lastLineFeed = arrived.rfind('\n');
    const bool noLineYet = lastLineFeed == std::string_view::npos;
    const bool tooLong = arrived.size() > limits.maxHeadBytes ||
                         (!noLineYet && arrived.size() - lastLineFeed > limits.maxFieldLineBytes + 1);
    arrival_.checkedTo = arrived.size();
    if (!lineEnded && !noLineYet && !tooLong) {
        return std::nullopt;
    }
    return checkRequestHead(arrived, limits);
}

bool HttpConnection::takeRequest(bool& passThrough)
{
    if (!arrival_.head) {
        arrival_.head = checkHead();
        if (!arrival_.head) {
            return false;
        }
        setDeadline(Clock::now() + limits_.bodyTimeout);
        if (arrival_.head->chunked) {
            arrival_.chunks.emplace(limits_.maxBodyBytes);
        }
        if (arrival_.head->contentLength && *arrival_.head->contentLength > limits_.maxBodyBytes) {
            // Too large to hold: Poco reads it off the wire, where the pipeline refuses it (413),
            // draining a moderately oversized one so that a client still sending reads the answer.
            sendContinue();
            passThrough = true;
            replay_->setDeadline(deadline_.load());
            replay_->replay(std::move(inbox_));
            inbox_.clear();
            arrival_ = {};
            return true;
        }
    }
    const auto& head = *arrival_.head;
    const auto body = std::string_view(inbox_).substr(head.size);
    std::string request;
    std::size_t used = 0;
    if (arrival_.chunks) {
        if (!arrival_.chunks->decode(body)) {
            sendContinue();
            return false;
        }
        request = inbox_.substr(0, head.size) + arrival_.chunks->canonical();
        used = head.size + arrival_.chunks->consumed();
    } else {
        const auto length = static_cast<std::size_t>(head.contentLength.value_or(0));
        if (body.size() < length) {
            sendContinue();
            return false;
        }
        used = head.size + length;
        request = inbox_.substr(0, used);
    }
    replay_->replay(std::move(request));
    inbox_.erase(0, used);
    arrival_ = {};
    return true;
}

void HttpConnection::sendContinue()
{
    if (!arrival_.head || !arrival_.head->expectContinue || arrival_.continueSent) {
        return;
    }
    arrival_.continueSent = true;
    const std::string interim = "HTTP/1.1 100 Continue\r\n\r\n";
    try {
        socket_.sendBytes(interim.data(), static_cast<int>(interim.size()));
    } catch (const Poco::Exception&) {
        // The client is gone: its request is refused when the rest fails to arrive.
    }
}

bool HttpConnection::answer(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing, bool passThrough)
{
    bool keepAlive = false;
    {
        Poco::Net::HTTPServerResponseImpl response(session_);
        Poco::Net::HTTPServerRequestImpl request(response, session_, params_.get());
        response.set("Date", http::httpDateNow());
        response.setVersion(request.getVersion());
        --requestsLeft_;
        // After a body passed through unread, where the next request begins is not known.
        keepAlive = !closing && !passThrough && requestsLeft_ > 0 && params_->getKeepAlive() &&
                    request.getKeepAlive();
        response.setKeepAlive(keepAlive);
        std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(handlers.createRequestHandler(request));
        handler->handleRequest(request, response);
        keepAlive = keepAlive && response.getKeepAlive();
    }
    // Whatever of this request the handler left unread is dropped: it is never a next request.
    Poco::Buffer<char> unread(0);
    session_.drainBuffer(unread);
    replay_->dropReplay();
    replay_->setDeadline(Clock::time_point::max());
    setDeadline(Clock::time_point::max());
    return keepAlive;
}

HttpConnection::Outcome HttpConnection::refuse(const ApiError& error, bool linger)
{
    const auto answer = http::closingAnswer(error);
    if (linger) {
        answerAndLinger(socket_, answer);
    } else {
        sendNow(fd(), answer);
    }
    return Outcome::Malformed;
}

void HttpConnection::setDeadline(Clock::time_point deadline)
{
    deadline_.store(deadline);
}

void HttpConnection::timeOut(Clock::time_point now)
{
    if (now >= deadline_.load()) {
        sendNow(fd(), http::closingAnswer(tooSlow(limits_)));
    }
    shutdown();
}

bool HttpConnection::overdue(Clock::time_point now, Clock::time_point idleLimit) const
{
    const auto deadline = deadline_.load();
    if (deadline != Clock::time_point::max()) {
        return now >= deadline;
    }
    return idleSince_.load() < idleLimit;
}

void HttpConnection::shutdown()
{
    try {
        socket_.shutdown();
    } catch (const Poco::Exception&) {
        // Already disconnected: the poller reports it all the same.
    }
}

void HttpConnection::lingerIfSending()
{
    if (hasInput()) {
        answerAndLinger(socket_, "");
    }
}

bool HttpConnection::hasInput() const
{
    // Straight from the kernel: the watcher asks this while a worker may be using the socket.
    int waiting = 0;
    return ::ioctl(fd(), FIONREAD, &waiting) == 0 && waiting > 0;
}

void HttpConnection::markIdle(Clock::time_point now)
{
    idleSince_.store(now);
    state_.store(State::Idle);
}

} // namespace aih::net
