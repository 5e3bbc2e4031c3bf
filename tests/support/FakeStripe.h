// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Net
} // namespace Poco

namespace aih::test {

/// One request aihd sent to the fake, as received.
struct StripeRequest
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers; ///< names lower-cased
    std::vector<std::pair<std::string, std::string>> form;
    std::chrono::steady_clock::time_point receivedAt;

    /// The decoded form value of `key`, empty when absent.
    std::string field(const std::string& key) const;
    std::string header(const std::string& name) const;
};

/// A local stand-in for Stripe's API on a loopback port, in the test process. It answers with
/// objects built from Stripe's fixtures and checks what a real Stripe would: the secret key,
/// the pinned API version, an Idempotency-Key on every POST (replaying the first answer for a
/// repeated key, as Stripe does), and the form fields checkout, customers and the portal need.
/// Requests it would refuse are answered as Stripe would and listed in violations(). It can
/// fail on demand (HTTP errors, or answers slower than the client waits).
class FakeStripe
{
public:
    static constexpr const char* secretKey = "sk_test_aihfake_4eC39HqLyjWDarjtT1zdp7dc";
    static constexpr const char* webhookSecret = "whsec_aihfake_0123456789abcdefghijklmnop";
    static constexpr const char* apiVersion = "2025-08-27.basil";
    static constexpr const char* basicPrice = "price_aih_basic_monthly";
    static constexpr const char* proPrice = "price_aih_pro_monthly";
    static constexpr const char* enterprisePrice = "price_aih_enterprise_monthly";

    FakeStripe();
    ~FakeStripe();
    FakeStripe(const FakeStripe&) = delete;
    FakeStripe& operator=(const FakeStripe&) = delete;

    unsigned short port() const;
    /// The STRIPE_* settings that point an aihd at this fake.
    std::map<QString, QString> environment() const;

    /// Stripe's current state of a subscription, as GET /v1/subscriptions/{id} returns it;
    /// DELETE cancels it at once.
    void putSubscription(const QJsonObject& subscription);

    /// The next `count` requests are answered with `status` (and Stripe's error naming `param`).
    void failNext(int count, int status, const std::string& param = {});
    /// The next `count` requests are processed, then answered after `milliseconds`.
    void stallNext(int count, int milliseconds);

    std::vector<StripeRequest> requests() const;
    std::vector<StripeRequest> requestsTo(const std::string& method, const std::string& path) const;
    /// What aihd sent that Stripe would have refused; a passing test expects none.
    QStringList violations() const;
    /// Customers this fake has created, by id.
    std::map<std::string, QJsonObject> customers() const;
    void clearRequests();

    /// Handles one request; called by the fake's HTTP server threads.
    void serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

private:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    Answer route(const StripeRequest& request);
    Answer createCustomer(const StripeRequest& request);
    Answer createCheckoutSession(const StripeRequest& request);
    Answer createPortalSession(const StripeRequest& request);
    Answer refuse(const StripeRequest& request, int status, const std::string& param, const QString& message);
    std::string nextId(const std::string& prefix);

    mutable std::mutex mutex_;
    /// Wakes stalled answers when the fake shuts down.
    std::condition_variable stopping_;
    bool stopped_ = false;
    std::vector<StripeRequest> requests_;
    QStringList violations_;
    std::map<std::string, QJsonObject> customers_;
    std::map<std::string, QJsonObject> subscriptions_;
    /// Idempotency key -> (request body, answer), as Stripe keeps them for 24 hours.
    std::map<std::string, std::pair<std::string, Answer>> idempotent_;
    int failures_ = 0;
    int failureStatus_ = 500;
    std::string failureParam_;
    int stalls_ = 0;
    int stallMs_ = 0;
    int sequence_ = 0;
    /// Its own threads, so shutting down can wait for every handler to leave this object.
    std::unique_ptr<Poco::ThreadPool> threads_;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
};

} // namespace aih::test
