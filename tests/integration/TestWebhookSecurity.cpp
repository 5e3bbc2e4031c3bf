// SPDX-License-Identifier: Apache-2.0
// What the webhook refuses or ignores: forged, tampered, replayed-late and unreadable deliveries,
// and events it has no business with. Nothing of it may change a tenant.
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "StripeFixtures.h"

#include <QJsonDocument>
#include <QtTest>

using namespace aih::test;

class TestWebhookSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(stripe.environment()); }

    void tamperedBodyIsRejected()
    {
        const auto t = createTenant(client(), "hook-tamper");
        const auto sub = linkCustomer(client(), stripe, t);
        const auto payload = QJsonDocument(subscriptionEvent("customer.subscription.created", unixNow(), sub,
                                                             "active", "basic"))
                                 .toJson(QJsonDocument::Compact);
        const auto signature = stripeSignature(payload, FakeStripe::webhookSecret, unixNow());
        auto tampered = payload;
        tampered.replace(FakeStripe::basicPrice, FakeStripe::enterprisePrice);
        const auto response = deliverPayload(client(), tampered, signature);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), QString("invalid_signature"));
        QCOMPARE(tierOf(client(), t), QString("free"));
        QCOMPARE(
            scalar(db(), "SELECT count(*) FROM stripe_events WHERE tenant_id = '" + t.id.toStdString() + "'"),
            0LL);
        // The untouched body with the same signature goes through.
        QCOMPARE(outcomeOf(deliverPayload(client(), payload, signature)), QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("basic"));
    }

    void wrongSecretIsRejected()
    {
        const auto t = createTenant(client(), "hook-secret");
        const auto event = subscriptionEvent("customer.subscription.created", unixNow(),
                                             linkCustomer(client(), stripe, t), "active", "pro");
        const auto response = deliverEvent(client(), event, 0, "whsec_somebody_elses_endpoint_secret");
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), QString("invalid_signature"));
        QCOMPARE(tierOf(client(), t), QString("free"));
    }

    void staleTimestampIsRejectedInBothDirections()
    {
        const auto t = createTenant(client(), "hook-stale");
        const auto event = subscriptionEvent("customer.subscription.created", unixNow(),
                                             linkCustomer(client(), stripe, t), "active", "pro");
        QCOMPARE(deliverEvent(client(), event, unixNow() - 330).status, 400);
        QCOMPARE(deliverEvent(client(), event, unixNow() + 330).status, 400);
        QCOMPARE(tierOf(client(), t), QString("free"));
        QCOMPARE(deliverEvent(client(), event, unixNow() - 280).status, 200);
        QCOMPARE(tierOf(client(), t), QString("pro"));
    }

    void anyOfSeveralSignaturesMayMatch()
    {
        const auto t = createTenant(client(), "hook-rolling");
        const auto payload =
            QJsonDocument(subscriptionEvent("customer.subscription.created", unixNow(),
                                            linkCustomer(client(), stripe, t), "active", "basic"))
                .toJson(QJsonDocument::Compact);
        const auto now = unixNow();
        const auto old = stripeV1(payload, "whsec_the_secret_being_rolled_out", now);
        const auto current = stripeV1(payload, FakeStripe::webhookSecret, now);
        const auto response =
            deliverPayload(client(), payload, "t=" + std::to_string(now) + ",v1=" + old + ",v1=" + current);
        QCOMPARE(response.status, 200);
        QCOMPARE(tierOf(client(), t), QString("basic"));
    }

    void missingOrMalformedSignatureIsRejected_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("no timestamp") << QByteArray("v1=00");
        QTest::newRow("text timestamp") << QByteArray("t=now,v1=00");
        QTest::newRow("v0 only") << QByteArray("t=1700000000,v0=00");
    }

    void missingOrMalformedSignatureIsRejected()
    {
        QFETCH(QByteArray, signature);
        const auto event = StripeFixtures::event(newEventId(), "invoice.paid", unixNow(), {});
        const auto response =
            deliverPayload(client(), QJsonDocument(event).toJson(), signature.toStdString());
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), QString("invalid_signature"));
    }

    void noRequestCanForgeAnUpgrade()
    {
        const auto t = createTenant(client(), "hook-forger");
        const auto patched = client().patch(path("/api/enterprise/tenants", t.id),
                                            {{"subscription_tier", "enterprise"}}, bearer(t.accessToken));
        QCOMPARE(patched.status, 400);
        const auto sub = linkCustomer(client(), stripe, t);
        const auto event =
            subscriptionEvent("customer.subscription.created", unixNow(), sub, "active", "enterprise");
        QCOMPARE(deliverPayload(client(), QJsonDocument(event).toJson(), {}).status, 400);
        auto asAdmin = bearer(t.accessToken);
        asAdmin.emplace_back("Stripe-Signature",
                             "t=" + std::to_string(unixNow()) + ",v1=" + std::string(64, 'a'));
        QCOMPARE(
            client().request("POST", "/api/billing/webhook", QJsonDocument(event).toJson(), asAdmin).status,
            400);
        QCOMPARE(tierOf(client(), t), QString("free"));
    }

    void unknownEventTypesAreAcknowledgedAndIgnored()
    {
        const auto event = StripeFixtures::event(newEventId(), "customer.created", unixNow(),
                                                 StripeFixtures::customer("cus_whoever", {}));
        const auto response = deliverEvent(client(), event);
        QCOMPARE(response.status, 200);
        QCOMPARE(outcomeOf(response), QString("ignored"));
        QCOMPARE(scalar(db(), "SELECT count(*) FROM stripe_events WHERE id = '" +
                                  event["id"].toString().toStdString() + "'"),
                 0LL);
        QVERIFY(live->server->log().contains("unhandled event type"));
    }

    void eventsForUnknownCustomersAreAcknowledgedAndIgnored()
    {
        const Subscription nobody{"cus_nobody_we_know", "sub_nobody_we_know"};
        const auto response =
            deliverEvent(client(), subscriptionEvent("customer.subscription.created", unixNow(), nobody,
                                                     "active", "enterprise"));
        QCOMPARE(response.status, 200);
        QCOMPARE(outcomeOf(response), QString("ignored"));
    }

    void unreadableSignedEventsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("hello stripe");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("no id") << QByteArray(R"({"type":"invoice.paid","created":1,"data":{"object":{}}})");
        QTest::newRow("subscription without status")
            << QByteArray(R"({"id":"evt_x1","type":"customer.subscription.updated","created":1700000000,)"
                          R"("data":{"object":{"id":"sub_1","customer":"cus_1"}}})");
        QTest::newRow("deeply nested") << QByteArray(4000, '[') + QByteArray(4000, ']');
    }

    void unreadableSignedEventsAreRejected()
    {
        QFETCH(QByteArray, payload);
        const auto response =
            deliverPayload(client(), payload, stripeSignature(payload, FakeStripe::webhookSecret, unixNow()));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), QString("malformed_request"));
    }

private:
    const HttpClient& client() { return *live->client; }
    const std::string& db() { return live->database.url(); }

    FakeStripe stripe;
    std::unique_ptr<LiveServer> live;
};

QTEST_GUILESS_MAIN(TestWebhookSecurity)
#include "TestWebhookSecurity.moc"
