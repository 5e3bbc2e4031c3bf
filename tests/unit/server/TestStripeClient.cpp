// SPDX-License-Identifier: Apache-2.0
// The Stripe client against the fake Stripe: what it sends, what it retries, what it refuses.
#include "FakeStripe.h"
#include "StripeFixtures.h"
#include "billing/StripeClient.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <atomic>
#include <thread>

using namespace aih::billing;
using aih::test::FakeStripe;
using aih::test::StripeFixtures;

namespace {

StripeSettings settingsFor(const std::string& base)
{
    return StripeSettings{base, FakeStripe::secretKey, std::chrono::milliseconds(400), 3,
                          std::chrono::milliseconds(20)};
}

std::string baseOf(const FakeStripe& fake)
{
    return "http://127.0.0.1:" + std::to_string(fake.port());
}

const StripeForm customerForm{{"name", "Acme & Sons, \"Ltd\""}, {"metadata[tenant_id]", "tenant-1"}};

/// Counts the requests that reach it; with TLS they only do if the client trusted the certificate.
class CountingFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(std::atomic<int>& count) : count_(count) {}
        void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override
        {
            ++count_;
            response.setContentType("application/json");
            response.send() << R"({"id":"cus_reached"})";
        }

    private:
        std::atomic<int>& count_;
    };

    explicit CountingFactory(std::atomic<int>& count) : count_(count) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(count_);
    }

private:
    std::atomic<int>& count_;
};

} // namespace

class TestStripeClient : public QObject
{
    Q_OBJECT

private slots:
    void init() { fake = std::make_unique<FakeStripe>(); }
    void cleanup() { fake.reset(); }

    void formEncodingEscapesEverythingButUnreservedCharacters()
    {
        QCOMPARE(QByteArray::fromStdString(encodeForm({{"line_items[0][price]", "price_1"}, {"a", ""}})),
                 QByteArray("line_items%5B0%5D%5Bprice%5D=price_1&a="));
        QCOMPARE(QByteArray::fromStdString(encodeForm({{"url", "https://x.example/p?a=1&b=2 ü~"}})),
                 QByteArray("url=https%3A%2F%2Fx.example%2Fp%3Fa%3D1%26b%3D2%20%C3%BC~"));
        QVERIFY(encodeForm({}).empty());
    }

    void postCarriesKeyVersionIdempotencyKeyAndForm()
    {
        const StripeClient client(settingsFor(baseOf(*fake)));
        const auto customer = client.post("/v1/customers", customerForm, "customer-tenant-1");
        QVERIFY(customer->getValue<std::string>("id").starts_with("cus_"));
        const auto sent = fake->requestsTo("POST", "/v1/customers");
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(QByteArray::fromStdString(sent[0].header("Authorization")),
                 QByteArray("Bearer ") + FakeStripe::secretKey);
        QCOMPARE(QByteArray::fromStdString(sent[0].header("Stripe-Version")),
                 QByteArray(FakeStripe::apiVersion));
        QCOMPARE(QByteArray::fromStdString(sent[0].header("Idempotency-Key")),
                 QByteArray("customer-tenant-1"));
        QCOMPARE(QByteArray::fromStdString(sent[0].field("name")), QByteArray("Acme & Sons, \"Ltd\""));
        QCOMPARE(QByteArray::fromStdString(sent[0].field("metadata[tenant_id]")), QByteArray("tenant-1"));
        QVERIFY2(fake->violations().isEmpty(), qPrintable(fake->violations().join("\n")));
    }

    void getSendsNoIdempotencyKey()
    {
        fake->putSubscription(
            StripeFixtures::subscription("sub_x", "cus_x", "active", "price_p", 1'900'000'000));
        const StripeClient client(settingsFor(baseOf(*fake)));
        const auto sub = client.get("/v1/subscriptions/sub_x");
        QCOMPARE(QByteArray::fromStdString(sub->getValue<std::string>("status")), QByteArray("active"));
        QVERIFY(fake->requests().at(0).header("Idempotency-Key").empty());
    }

    void serverErrorsAreRetriedWithTheSameIdempotencyKey()
    {
        fake->failNext(2, 500);
        const StripeClient client(settingsFor(baseOf(*fake)));
        client.post("/v1/customers", customerForm, "same-key");
        const auto sent = fake->requestsTo("POST", "/v1/customers");
        QCOMPARE(sent.size(), std::size_t(3));
        for (const auto& request : sent) {
            QCOMPARE(QByteArray::fromStdString(request.header("Idempotency-Key")), QByteArray("same-key"));
        }
        QCOMPARE(fake->customers().size(), std::size_t(1));
    }

    void anAnswerLostToTheTimeoutIsRetriedWithoutCreatingTwice()
    {
        // The first attempt is processed but answered after the client gave up on it.
        fake->stallNext(1, 1500);
        const StripeClient client(settingsFor(baseOf(*fake)));
        const auto customer = client.post("/v1/customers", customerForm, "lost-answer");
        QCOMPARE(fake->requestsTo("POST", "/v1/customers").size(), std::size_t(2));
        QCOMPARE(fake->customers().size(), std::size_t(1));
        QCOMPARE(fake->customers().begin()->first, customer->getValue<std::string>("id"));
    }

    void clientErrorsAreNotRetried()
    {
        fake->failNext(1, 400, "success_url");
        const StripeClient client(settingsFor(baseOf(*fake)));
        try {
            client.post("/v1/customers", customerForm, "bad");
            QFAIL("a 400 must throw");
        } catch (const StripeError& error) {
            QCOMPARE(error.kind, StripeError::Kind::Refused);
            QCOMPARE(error.status, 400);
            QCOMPARE(QByteArray::fromStdString(error.param), QByteArray("success_url"));
        }
        QCOMPARE(fake->requests().size(), std::size_t(1));
    }

    void missingObjectIsRefusedNotRetried()
    {
        const StripeClient client(settingsFor(baseOf(*fake)));
        try {
            client.get("/v1/subscriptions/sub_missing");
            QFAIL("a 404 must throw");
        } catch (const StripeError& error) {
            QCOMPARE(error.kind, StripeError::Kind::Refused);
            QCOMPARE(error.status, 404);
        }
        QCOMPARE(fake->requests().size(), std::size_t(1));
    }

    void persistentServerErrorsEndUnavailableAfterThreeAttempts()
    {
        fake->failNext(100, 503);
        const StripeClient client(settingsFor(baseOf(*fake)));
        try {
            client.post("/v1/customers", customerForm, "down");
            QFAIL("must give up");
        } catch (const StripeError& error) {
            QCOMPARE(error.kind, StripeError::Kind::Unavailable);
            QCOMPARE(error.status, 503);
        }
        QCOMPARE(fake->requests().size(), std::size_t(3));
    }

    void unreachableStripeIsUnavailable()
    {
        unsigned short closedPort = 0;
        {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
            closedPort = probe.address().port();
        }
        const StripeClient client(settingsFor("http://127.0.0.1:" + std::to_string(closedPort)));
        QElapsedTimer timer;
        timer.start();
        try {
            client.get("/v1/subscriptions/sub_x");
            QFAIL("must fail");
        } catch (const StripeError& error) {
            QCOMPARE(error.kind, StripeError::Kind::Unavailable);
            QCOMPARE(error.status, 0);
        }
        QVERIFY2(timer.elapsed() < 5000, "connection errors are retried briefly, not for long");
    }

    void httpsBaseSpeaksTls()
    {
        Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
        unsigned char first = 0;
        std::thread peek([&] {
            auto connection = listener.acceptConnection();
            connection.receiveBytes(&first, 1);
        });
        const StripeClient client(
            settingsFor("https://127.0.0.1:" + std::to_string(listener.address().port())));
        QVERIFY_THROWS_EXCEPTION(StripeError, client.get("/v1/subscriptions/sub_x"));
        peek.join();
        QCOMPARE(int(first), 0x16); // a TLS handshake record, not "GET "
    }

    void untrustedCertificateIsRefused()
    {
        QTemporaryDir dir;
        const auto key = dir.filePath("key.pem");
        const auto cert = dir.filePath("cert.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                                  "/CN=127.0.0.1", "-keyout", key, "-out", cert});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        Poco::Net::Context::Ptr context =
            new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, key.toStdString(), cert.toStdString(),
                                   "", Poco::Net::Context::VERIFY_NONE);
        Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 64, context);
        std::atomic<int> reached{0};
        Poco::Net::HTTPServer server(new CountingFactory(reached), socket, new Poco::Net::HTTPServerParams);
        server.start();
        const StripeClient client(settingsFor("https://127.0.0.1:" + std::to_string(server.port())));
        try {
            client.get("/v1/customers/cus_x");
            QFAIL("a self-signed certificate must not be trusted");
        } catch (const StripeError& error) {
            QCOMPARE(error.kind, StripeError::Kind::Unavailable);
        }
        server.stopAll(true);
        QCOMPARE(reached.load(), 0);
    }

private:
    std::unique_ptr<FakeStripe> fake;
};

QTEST_GUILESS_MAIN(TestStripeClient)
#include "TestStripeClient.moc"
