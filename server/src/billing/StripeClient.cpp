// SPDX-License-Identifier: Apache-2.0
#include "billing/StripeClient.h"

#include "billing/StripeObjects.h"
#include "crypto/ClientTls.h"
#include "logging/Logger.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>
#include <mutex>
#include <sodium.h>
#include <thread>

namespace aih::billing {
namespace {

const logging::Logger stripeClientLogger("stripe");

constexpr std::size_t maxReplyBytes = 4 * 1024 * 1024;
constexpr auto maxBackoff = std::chrono::milliseconds(5000);

std::string readCapped(std::istream& in)
{
    std::string body;
    char buffer[16 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > maxReplyBytes) {
            throw Poco::IOException("Stripe's reply exceeds " + std::to_string(maxReplyBytes) + " bytes");
        }
    }
    return body;
}

/// Stripe's `error.message` and `error.param`, when the body is its error object.
std::pair<std::string, std::string> errorOf(const std::string& body)
{
    try {
        const auto root = parseStripeJson(body);
        const auto error = root->getObject("error");
        if (error) {
            return {error->optValue<std::string>("message", ""), error->optValue<std::string>("param", "")};
        }
    } catch (const std::exception&) {
        // Not Stripe's error shape: the status alone has to do.
    }
    return {};
}

} // namespace

StripeClient::StripeClient(StripeSettings settings) : settings_(std::move(settings))
{
    const Poco::URI uri(settings_.apiBase);
    https_ = uri.getScheme() != "http";
    host_ = uri.getHost();
    port_ = uri.getPort();
    pathPrefix_ = uri.getPath();
    while (!pathPrefix_.empty() && pathPrefix_.back() == '/') {
        pathPrefix_.pop_back();
    }
    if (https_) {
        tls_ = crypto::clientTlsContext();
    }
}

StripeClient::~StripeClient() = default;

Poco::JSON::Object::Ptr StripeClient::post(const std::string& path, const StripeForm& form,
                                           const std::string& idempotencyKey) const
{
    return call("POST", path, encodeForm(form), idempotencyKey);
}

Poco::JSON::Object::Ptr StripeClient::get(const std::string& path) const
{
    return call("GET", path, {}, {});
}

Poco::JSON::Object::Ptr StripeClient::remove(const std::string& path) const
{
    return call("DELETE", path, {}, {});
}

Poco::JSON::Object::Ptr StripeClient::call(const std::string& method, const std::string& path,
                                           const std::string& body, const std::string& idempotencyKey) const
{
    Reply reply;
    std::string failure;
    for (int attemptNumber = 1; attemptNumber <= settings_.maxAttempts; ++attemptNumber) {
        if (attemptNumber > 1) {
            std::this_thread::sleep_for(backoff(attemptNumber - 1));
        }
        try {
            reply = attempt(method, path, body, idempotencyKey);
        } catch (const Poco::Exception& error) {
            failure = error.displayText();
            stripeClientLogger.warning(method + " " + path + " attempt " + std::to_string(attemptNumber) +
                                       " failed: " + failure);
            continue;
        }
        if (reply.status < 500) {
            break;
        }
        failure = "HTTP " + std::to_string(reply.status);
        stripeClientLogger.warning(method + " " + path + " attempt " + std::to_string(attemptNumber) +
                                       " got " + failure,
                                   {{"stripe_request_id", reply.requestId}});
        if (!reply.mayRetry) {
            break;
        }
    }
    if (reply.status == 0 || reply.status >= 500) {
        throw StripeError(StripeError::Kind::Unavailable, reply.status,
                          "Stripe " + method + " " + path + " failed: " + failure);
    }
    if (reply.status >= 300) {
        const auto [message, param] = errorOf(reply.body);
        throw StripeError(StripeError::Kind::Refused, reply.status,
                          "Stripe refused " + method + " " + path + " with " + std::to_string(reply.status) +
                              " (request " + reply.requestId + "): " + message,
                          param);
    }
    try {
        return parseStripeJson(reply.body);
    } catch (const StripeFormatError& error) {
        throw StripeError(StripeError::Kind::Refused, reply.status,
                          "Stripe's reply to " + method + " " + path + " is unreadable: " + error.what());
    }
}

StripeClient::Reply StripeClient::attempt(const std::string& method, const std::string& path,
                                          const std::string& body, const std::string& idempotencyKey) const
{
    auto session = openSession();
    Poco::Net::HTTPRequest request(method, pathPrefix_ + path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + settings_.secretKey);
    request.set("Stripe-Version", apiVersion);
    request.set("User-Agent", "aihd");
    request.set("Accept", "application/json");
    if (method == "POST") {
        request.set("Idempotency-Key", idempotencyKey);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    auto& out = session->sendRequest(request);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    Poco::Net::HTTPResponse response;
    auto& in = session->receiveResponse(response);
    Reply reply;
    reply.status = static_cast<int>(response.getStatus());
    reply.body = readCapped(in);
    reply.mayRetry = response.get("Stripe-Should-Retry", "") != "false";
    reply.requestId = response.get("Request-Id", "");
    return reply;
}

std::unique_ptr<Poco::Net::HTTPClientSession> StripeClient::openSession() const
{
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (https_) {
        session = std::make_unique<Poco::Net::HTTPSClientSession>(host_, port_, tls_);
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>(host_, port_);
    }
    const Poco::Timespan timeout(
        std::chrono::duration_cast<std::chrono::microseconds>(settings_.timeout).count());
    session->setTimeout(timeout, timeout, timeout);
    session->setKeepAlive(false);
    return session;
}

std::chrono::milliseconds StripeClient::backoff(int failedAttempts) const
{
    auto delay = settings_.firstBackoff * (1LL << std::min(failedAttempts - 1, 10));
    delay = std::min<std::chrono::milliseconds>(delay, maxBackoff);
    // Full jitter over the upper half, so clients that failed together do not retry together.
    const auto half = delay.count() / 2;
    return std::chrono::milliseconds(half + static_cast<long long>(randombytes_uniform(
                                                static_cast<std::uint32_t>(std::max<long long>(half, 1)))));
}

} // namespace aih::billing
