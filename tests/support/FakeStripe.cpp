// SPDX-License-Identifier: Apache-2.0
#include "FakeStripe.h"

#include "StripeFixtures.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>
#include <QJsonDocument>
#include <ctime>

namespace aih::test {
namespace {

class Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(FakeStripe& fake) : fake_(fake) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        fake_.serve(request, response);
    }

private:
    FakeStripe& fake_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(FakeStripe& fake) : fake_(fake) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(fake_);
    }

private:
    FakeStripe& fake_;
};

std::vector<std::pair<std::string, std::string>> parseForm(const std::string& body)
{
    std::vector<std::pair<std::string, std::string>> form;
    std::size_t start = 0;
    while (start < body.size()) {
        auto end = body.find('&', start);
        if (end == std::string::npos) {
            end = body.size();
        }
        const auto pair = body.substr(start, end - start);
        const auto eq = pair.find('=');
        std::string key;
        std::string value;
        Poco::URI::decode(pair.substr(0, eq), key, true);
        if (eq != std::string::npos) {
            Poco::URI::decode(pair.substr(eq + 1), value, true);
        }
        form.emplace_back(key, value);
        start = end + 1;
    }
    return form;
}

QJsonObject stripeError(const std::string& type, const std::string& param, const QString& message)
{
    QJsonObject error{{"type", QString::fromStdString(type)}, {"message", message}};
    if (!param.empty()) {
        error["param"] = QString::fromStdString(param);
    }
    return {{"error", error}};
}

bool isUrl(const std::string& text)
{
    return text.starts_with("https://") || text.starts_with("http://");
}

} // namespace

std::string StripeRequest::field(const std::string& key) const
{
    for (const auto& [name, value] : form) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

std::string StripeRequest::header(const std::string& name) const
{
    const auto it = headers.find(Poco::toLower(name));
    return it == headers.end() ? std::string() : it->second;
}

FakeStripe::FakeStripe() : threads_(std::make_unique<Poco::ThreadPool>(2, 32))
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(32);
    params->setMaxQueued(256);
    params->setKeepAlive(false);
    server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), *threads_, socket, params);
    server_->start();
}

FakeStripe::~FakeStripe()
{
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
    }
    stopping_.notify_all();
    server_->stopAll(true);
    // stopAll does not wait for handlers still running; they use this object.
    threads_->joinAll();
}

unsigned short FakeStripe::port() const
{
    return server_->port();
}

std::map<QString, QString> FakeStripe::environment() const
{
    return {{"STRIPE_SECRET_KEY", secretKey},
            {"STRIPE_WEBHOOK_SECRET", webhookSecret},
            {"STRIPE_API_BASE", QString("http://127.0.0.1:%1").arg(port())},
            {"STRIPE_BASIC_PRICE_ID", basicPrice},
            {"STRIPE_PRO_PRICE_ID", proPrice},
            {"STRIPE_ENTERPRISE_PRICE_ID", enterprisePrice},
            {"STRIPE_TIMEOUT_MS", "1500"}};
}

void FakeStripe::putSubscription(const QJsonObject& subscription)
{
    std::lock_guard lock(mutex_);
    subscriptions_[subscription["id"].toString().toStdString()] = subscription;
}

void FakeStripe::failNext(int count, int status, const std::string& param)
{
    std::lock_guard lock(mutex_);
    failures_ = count;
    failureStatus_ = status;
    failureParam_ = param;
}

void FakeStripe::stallNext(int count, int milliseconds)
{
    std::lock_guard lock(mutex_);
    stalls_ = count;
    stallMs_ = milliseconds;
}

std::vector<StripeRequest> FakeStripe::requests() const
{
    std::lock_guard lock(mutex_);
    return requests_;
}

std::vector<StripeRequest> FakeStripe::requestsTo(const std::string& method, const std::string& path) const
{
    std::vector<StripeRequest> matching;
    for (const auto& request : requests()) {
        if (request.method == method && request.path == path) {
            matching.push_back(request);
        }
    }
    return matching;
}

QStringList FakeStripe::violations() const
{
    std::lock_guard lock(mutex_);
    return violations_;
}

std::map<std::string, QJsonObject> FakeStripe::customers() const
{
    std::lock_guard lock(mutex_);
    return customers_;
}

void FakeStripe::clearRequests()
{
    std::lock_guard lock(mutex_);
    requests_.clear();
    violations_.clear();
}

std::string FakeStripe::nextId(const std::string& prefix)
{
    return prefix + "aihfake" + std::to_string(++sequence_);
}

void FakeStripe::serve(Poco::Net::HTTPServerRequest& httpRequest, Poco::Net::HTTPServerResponse& httpResponse)
{
    StripeRequest request;
    request.receivedAt = std::chrono::steady_clock::now();
    request.method = httpRequest.getMethod();
    request.path = Poco::URI(httpRequest.getURI()).getPath();
    for (const auto& [name, value] : httpRequest) {
        request.headers[Poco::toLower(name)] = value;
    }
    std::string body;
    Poco::StreamCopier::copyToString(httpRequest.stream(), body);
    request.form = parseForm(body);
    Answer answer;
    int stall = 0;
    std::size_t number = 0;
    {
        std::lock_guard lock(mutex_);
        requests_.push_back(request);
        number = requests_.size();
        const auto key = request.header("Idempotency-Key");
        const auto replay = idempotent_.find(key);
        if (failures_ > 0) {
            --failures_;
            answer = {failureStatus_,
                      stripeError(failureStatus_ >= 500 ? "api_error" : "invalid_request_error",
                                  failureParam_, "Injected failure")};
        } else if (request.method == "POST" && replay != idempotent_.end()) {
            answer = replay->second.first == body
                         ? replay->second.second
                         : refuse(request, 400, "",
                                  "Keys for idempotent requests can only be used with the "
                                  "same parameters they were first used with.");
        } else {
            answer = route(request);
            if (request.method == "POST" && !key.empty() && answer.status < 500) {
                idempotent_[key] = {body, answer};
            }
        }
        if (stalls_ > 0) {
            --stalls_;
            stall = stallMs_;
        }
    }
    if (stall > 0) {
        std::unique_lock lock(mutex_);
        if (stopping_.wait_for(lock, std::chrono::milliseconds(stall), [this] { return stopped_; })) {
            return;
        }
    }
    httpResponse.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
    httpResponse.setContentType("application/json");
    httpResponse.set("Request-Id", "req_aihfake" + std::to_string(number));
    const auto text = QJsonDocument(answer.body).toJson(QJsonDocument::Compact).toStdString();
    httpResponse.sendBuffer(text.data(), text.size());
}

FakeStripe::Answer FakeStripe::refuse(const StripeRequest& request, int status, const std::string& param,
                                      const QString& message)
{
    violations_ << QString::fromStdString(request.method + " " + request.path + ": ") + message;
    return {status, stripeError("invalid_request_error", param, message)};
}

FakeStripe::Answer FakeStripe::route(const StripeRequest& request)
{
    if (request.header("Authorization") != std::string("Bearer ") + secretKey) {
        return refuse(request, 401, "", "Invalid API Key provided");
    }
    if (request.header("Stripe-Version") != apiVersion) {
        return refuse(request, 400, "", "Stripe-Version must be pinned to " + QString(apiVersion));
    }
    if (request.method == "POST") {
        const auto key = request.header("Idempotency-Key");
        if (key.empty() || key.size() > 255) {
            return refuse(request, 400, "", "every POST needs an Idempotency-Key of 1 to 255 characters");
        }
        if (request.header("Content-Type") != "application/x-www-form-urlencoded") {
            return refuse(request, 400, "", "POST bodies must be form encoded");
        }
    }
    if (request.method == "POST" && request.path == "/v1/customers") {
        return createCustomer(request);
    }
    if (request.method == "POST" && request.path == "/v1/checkout/sessions") {
        return createCheckoutSession(request);
    }
    if (request.method == "POST" && request.path == "/v1/billing_portal/sessions") {
        return createPortalSession(request);
    }
    const std::string subscriptions = "/v1/subscriptions/";
    if (request.method == "GET" && request.path.starts_with(subscriptions)) {
        const auto it = subscriptions_.find(request.path.substr(subscriptions.size()));
        if (it != subscriptions_.end()) {
            return {200, it->second};
        }
        return {404, stripeError("invalid_request_error", "id", "No such subscription")};
    }
    if (request.method == "DELETE" && request.path.starts_with(subscriptions)) {
        // Cancelling at once, as Stripe does: the subscription comes back canceled, and stays so.
        const auto it = subscriptions_.find(request.path.substr(subscriptions.size()));
        if (it == subscriptions_.end()) {
            return {404, stripeError("invalid_request_error", "id", "No such subscription")};
        }
        it->second["status"] = "canceled";
        it->second["canceled_at"] = static_cast<qint64>(std::time(nullptr));
        it->second["ended_at"] = it->second["canceled_at"];
        return {200, it->second};
    }
    return refuse(request, 404, "", "Unrecognized request URL");
}

FakeStripe::Answer FakeStripe::createCustomer(const StripeRequest& request)
{
    const auto tenantId = request.field("metadata[tenant_id]");
    if (tenantId.empty()) {
        return refuse(request, 400, "metadata", "customers must carry metadata[tenant_id]");
    }
    const auto id = nextId("cus_");
    auto customer = StripeFixtures::customer(
        QString::fromStdString(id),
        {{"tenant_id", QString::fromStdString(tenantId)},
         {"tenant_slug", QString::fromStdString(request.field("metadata[tenant_slug]"))}});
    customer["name"] = QString::fromStdString(request.field("name"));
    customers_[id] = customer;
    return {200, customer};
}

FakeStripe::Answer FakeStripe::createCheckoutSession(const StripeRequest& request)
{
    const auto tenantId = request.field("client_reference_id");
    const auto price = request.field("line_items[0][price]");
    const std::vector<std::pair<std::string, bool>> checks{
        {"mode", request.field("mode") == "subscription"},
        {"customer", customers_.contains(request.field("customer"))},
        {"client_reference_id", !tenantId.empty()},
        {"line_items[0][price]", price == basicPrice || price == proPrice || price == enterprisePrice},
        {"line_items[0][quantity]", request.field("line_items[0][quantity]") == "1"},
        {"success_url", isUrl(request.field("success_url"))},
        {"cancel_url", isUrl(request.field("cancel_url"))},
        {"metadata[tenant_id]", request.field("metadata[tenant_id]") == tenantId},
        {"subscription_data[metadata][tenant_id]",
         request.field("subscription_data[metadata][tenant_id]") == tenantId},
    };
    for (const auto& [param, ok] : checks) {
        if (!ok) {
            return refuse(request, 400, param, "Invalid or missing " + QString::fromStdString(param));
        }
    }
    auto session = StripeFixtures::checkoutSession(QString::fromStdString(nextId("cs_test_")),
                                                   QString::fromStdString(request.field("customer")), {},
                                                   QString::fromStdString(tenantId));
    session["success_url"] = QString::fromStdString(request.field("success_url"));
    session["cancel_url"] = QString::fromStdString(request.field("cancel_url"));
    return {200, session};
}

FakeStripe::Answer FakeStripe::createPortalSession(const StripeRequest& request)
{
    if (!customers_.contains(request.field("customer"))) {
        return refuse(request, 400, "customer", "No such customer");
    }
    if (!isUrl(request.field("return_url"))) {
        return refuse(request, 400, "return_url", "Invalid return_url");
    }
    return {200, StripeFixtures::portalSession(QString::fromStdString(nextId("bps_")),
                                               QString::fromStdString(request.field("customer")),
                                               QString::fromStdString(request.field("return_url")))};
}

} // namespace aih::test
