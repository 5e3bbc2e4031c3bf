// SPDX-License-Identifier: Apache-2.0
#include "net/HttpConnection.h"

#include "errors/ApiError.h"
#include "http/ClosingAnswer.h"
#include "http/HttpDate.h"
#include "net/AnswerAndLinger.h"

#include <Poco/Ascii.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/NetException.h>
#include <Poco/String.h>
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

namespace aih::net {
namespace {

/// RFC 9112 6.1 and 6.3: a body framed by anything but chunked alone, framed twice, or by a
/// Content-Length given twice or not as digits, could be read differently by a proxy in front of
/// us (Poco reads only the first of repeated headers); such requests are refused.
bool hasUnambiguousFraming(const Poco::Net::HTTPServerRequest& request)
{
    int lengths = 0;
    int codings = 0;
    for (const auto& [name, value] : request) {
        if (Poco::icompare(name, "Content-Length") == 0) {
            ++lengths;
            if (value.empty() || !std::all_of(value.begin(), value.end(), Poco::Ascii::isDigit)) {
                return false;
            }
        } else if (Poco::icompare(name, "Transfer-Encoding") == 0) {
            ++codings;
        }
    }
    if (lengths > 1 || codings > 1) {
        return false;
    }
    return codings == 0 || (lengths == 0 && request.getChunkedTransferEncoding());
}

/// RFC 9110 5.5: CR, LF and NUL are never part of a field; Poco keeps a NUL it reads in a value,
/// or in the method or target of the request line (RFC 9112 3: visible characters only), which
/// would reach handlers, logs and the database. Such requests are refused.
bool hasValidFields(const Poco::Net::HTTPServerRequest& request)
{
    const auto control = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7F;
    };
    if (std::any_of(request.getMethod().begin(), request.getMethod().end(), control) ||
        std::any_of(request.getURI().begin(), request.getURI().end(), control)) {
        return false;
    }
    const std::string_view forbidden("\r\n\0", 3);
    return std::none_of(request.begin(), request.end(), [&](const auto& field) {
        return field.first.find_first_of(forbidden) != std::string::npos ||
               field.second.find_first_of(forbidden) != std::string::npos;
    });
}

/// The accepted socket as a worker uses it. Blocking reads and writes, bounded: a worker reads a
/// request only once bytes have arrived, and a client that stops halfway releases its worker
/// after `timeout`.
Poco::Net::StreamSocket boundedSocket(const Poco::Net::StreamSocket& accepted, const Poco::Timespan& timeout)
{
    Poco::Net::StreamSocket socket(accepted);
    socket.setNoDelay(true);
    socket.setReceiveTimeout(timeout);
    socket.setSendTimeout(timeout);
    return socket;
}

} // namespace

// Nothing reads params_ after session_ is given its copy: clang's analyzer cannot see the atomic
// reference count, so it takes the release of that copy for the last one (a use after free).
HttpConnection::HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params)
    : socket_(boundedSocket(socket, params->getTimeout())), params_(std::move(params)),
      requestsLeft_(params_->getMaxKeepAliveRequests()), session_(socket_, params_),
      idleSince_(std::chrono::steady_clock::now())
{
}

HttpConnection::Outcome HttpConnection::serve(Poco::Net::HTTPRequestHandlerFactory& handlers, bool closing)
{
    do {
        try {
            Poco::Net::HTTPServerResponseImpl response(session_);
            Poco::Net::HTTPServerRequestImpl request(response, session_, params_.get());
            // Poco takes any word for the version and would echo it back as the status line's.
            if (request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_1 &&
                request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_0) {
                throw Poco::Net::MessageException("unsupported HTTP version");
            }
            if (!hasUnambiguousFraming(request)) {
                throw Poco::Net::MessageException("unsupported or ambiguous body framing");
            }
            if (!hasValidFields(request)) {
                throw Poco::Net::MessageException("a header field holds CR, LF or NUL");
            }
            response.set("Date", http::httpDateNow());
            response.setVersion(request.getVersion());
            --requestsLeft_;
            const bool keepAlive =
                !closing && requestsLeft_ > 0 && params_->getKeepAlive() && request.getKeepAlive();
            response.setKeepAlive(keepAlive);
            std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(handlers.createRequestHandler(request));
            if (request.getExpectContinue() && response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK) {
                response.sendContinue();
            }
            handler->handleRequest(request, response);
            if (!keepAlive || !response.getKeepAlive()) {
                return Outcome::Close;
            }
        } catch (const Poco::Net::NoMessageException&) {
            return Outcome::Close; // the client closed between requests
        } catch (const Poco::Net::MessageException&) {
            answerAndLinger(socket_,
                            http::closingAnswer(errors::ApiError(errors::ErrorCode::MalformedRequest,
                                                                 "The request is not valid HTTP/1.1.")));
            return Outcome::Malformed;
        } catch (const Poco::Exception&) {
            return Outcome::Close; // timed out, reset, or broken mid-request
        } catch (const std::exception&) {
            return Outcome::Close;
        }
    } while (session_.hasBufferedInput());
    return Outcome::KeepOpen;
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
    try {
        return socket_.available() > 0;
    } catch (const Poco::Exception&) {
        return false;
    }
}

void HttpConnection::markIdle(std::chrono::steady_clock::time_point now)
{
    idleSince_.store(now);
    state_.store(State::Idle);
}

} // namespace aih::net
