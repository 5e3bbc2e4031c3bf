// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/StripeForm.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/Context.h>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace aih::billing {

struct StripeSettings
{
    std::string apiBase = "https://api.stripe.com";
    std::string secretKey;
    std::chrono::milliseconds timeout{10'000}; ///< per attempt: connect, send and receive each
    int maxAttempts = 3;
    std::chrono::milliseconds firstBackoff{300};
};

/// Retry-After of a billing 503 that only an operator can end (no Stripe key or price is
/// configured): an hour, so that clients neither hammer nor give up for good.
constexpr int unconfiguredRetryAfterSeconds = 3600;

/// Talking to Stripe failed. `Unavailable`: no answer or 5xx even after retries (worth trying
/// again later). `Refused`: Stripe answered 4xx, or 2xx with something unreadable.
class StripeError : public std::runtime_error
{
public:
    enum class Kind
    {
        Unavailable,
        Refused
    };

    StripeError(Kind errorKind, int httpStatus, const std::string& message, std::string blamedParam = {})
        : std::runtime_error(message), kind(errorKind), status(httpStatus), param(std::move(blamedParam))
    {
    }

    Kind kind;
    int status;        ///< Stripe's HTTP status, 0 when there was none
    std::string param; ///< the request parameter Stripe blamed, if any
};

/// Stripe's REST API over HTTPS (plain HTTP only when the configured base says http://, as a
/// local fake does). Every request carries the pinned API version; every POST an idempotency
/// key the caller chooses once per logical operation, so the retries of a POST whose answer
/// was lost can never create a second object. Network errors and 5xx are retried with
/// exponential backoff and jitter; 4xx never are (the same request would fail the same way).
class StripeClient
{
public:
    /// The API version our parsing is written against.
    static constexpr const char* apiVersion = "2025-08-27.basil";

    explicit StripeClient(StripeSettings settings);
    ~StripeClient();
    StripeClient(const StripeClient&) = delete;
    StripeClient& operator=(const StripeClient&) = delete;

    bool configured() const { return !settings_.secretKey.empty(); }

    Poco::JSON::Object::Ptr post(const std::string& path, const StripeForm& form,
                                 const std::string& idempotencyKey) const;
    Poco::JSON::Object::Ptr get(const std::string& path) const;
    /// DELETE, which Stripe defines as idempotent (so it takes no key): ending a subscription.
    Poco::JSON::Object::Ptr remove(const std::string& path) const;

private:
    struct Reply
    {
        int status = 0;
        std::string body;
        bool mayRetry = true; ///< false when Stripe said Stripe-Should-Retry: false
        std::string requestId;
    };

    Poco::JSON::Object::Ptr call(const std::string& method, const std::string& path, const std::string& body,
                                 const std::string& idempotencyKey) const;
    Reply attempt(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& idempotencyKey) const;
    std::unique_ptr<Poco::Net::HTTPClientSession> openSession() const;
    std::chrono::milliseconds backoff(int failedAttempts) const;

    StripeSettings settings_;
    bool https_ = true;
    std::string host_;
    unsigned short port_ = 443;
    std::string pathPrefix_;
    Poco::Net::Context::Ptr tls_;
};

} // namespace aih::billing
