// SPDX-License-Identifier: Apache-2.0
// Plans, checkout, the customer portal and the subscription view against the fake Stripe:
// what aihd sends to Stripe, who may ask, and how Stripe's failures reach the client.
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "RedisProcess.h"
#include "StripeFixtures.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

class TestBillingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(stripe.environment());
        unbilled = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "bill-co", "basic");
        other = createTenant(client(), "other-bill-co");
    }

    void init() { stripe.clearRequests(); }

    void plansListFourTiersWithLimitsFeaturesAndPrices()
    {
        const auto response = client().get("/api/billing/plans");
        QCOMPARE(response.status, 200);
        const auto plans = response.json()["data"].toArray();
        QCOMPARE(plans.size(), 4);
        const auto pro = plans[2].toObject();
        QCOMPARE(pro["tier"].toString(), QString("pro"));
        QCOMPARE(pro["user_limit"].toInt(), 100);
        QCOMPARE(pro["api_rate_limit"].toInt(), 50000);
        QCOMPARE(pro["price"].toObject()["amount"].toInt(), 9900);
        QCOMPARE(pro["price"].toObject()["currency"].toString(), QString("usd"));
        QVERIFY(pro["features"].toArray().contains("custom_branding"));
        QVERIFY(pro["features"].toArray().contains("api_access"));
        QVERIFY(!pro["features"].toArray().contains("white_label"));
        QVERIFY(pro["purchasable"].toBool());
        QVERIFY(!plans[0].toObject()["purchasable"].toBool());
        QCOMPARE(plans[3].toObject()["api_rate_limit"].toInt(), 200000);
    }

    void withoutStripeNothingIsPurchasableAndBillingSays503()
    {
        HttpClient plain(unbilled->server->port());
        for (const auto& plan : plain.get("/api/billing/plans").json()["data"].toArray()) {
            QVERIFY(!plan.toObject()["purchasable"].toBool());
        }
        const auto own = createTenant(plain, "unbilled-co");
        const auto checkout =
            plain.post("/api/billing/create-checkout-session", {{"tier", "pro"}}, bearer(own.accessToken));
        QCOMPARE(checkout.status, 503);
        QCOMPARE(checkout.header("Retry-After"), QString("3600"));
        const auto portal = plain.post("/api/billing/portal", {}, bearer(own.accessToken));
        QCOMPARE(portal.status, 503);
        QCOMPARE(portal.header("Retry-After"), QString("3600"));
        const auto webhook =
            deliverEvent(plain, StripeFixtures::event(newEventId(), "invoice.paid", unixNow(), {}));
        QCOMPARE(webhook.status, 503);
        QCOMPARE(webhook.header("Retry-After"), QString("3600"));
    }

    void unreachableStripeAndAMissingPriceAre503sWithRetryAfter()
    {
        // Stripe's address is a port nobody listens on, and the enterprise tier has no price.
        auto env = stripe.environment();
        env["STRIPE_API_BASE"] = QString("http://127.0.0.1:%1").arg(freeLoopbackPort());
        env.erase("STRIPE_ENTERPRISE_PRICE_ID");
        LiveServer cutOff(env);
        const auto own = createTenant(*cutOff.client, "cut-off-co");
        const auto portal = cutOff.client->post("/api/billing/portal", {}, bearer(own.accessToken));
        QCOMPARE(portal.status, 503);
        QCOMPARE(portal.header("Retry-After"), QString("5"));
        const auto checkout = cutOff.client->post("/api/billing/create-checkout-session", {{"tier", "basic"}},
                                                  bearer(own.accessToken));
        QCOMPARE(checkout.status, 503);
        QCOMPARE(checkout.header("Retry-After"), QString("5"));
        const auto unpriced = cutOff.client->post("/api/billing/create-checkout-session",
                                                  {{"tier", "enterprise"}}, bearer(own.accessToken));
        QCOMPARE(unpriced.status, 503);
        QCOMPARE(unpriced.header("Retry-After"), QString("3600"));
    }

    void stripeTimingOutIsA503WithRetryAfter()
    {
        // Each of the three attempts waits out aihd's 1.5 s timeout.
        stripe.stallNext(3, 4000);
        const auto slow = client().post("/api/billing/portal", {}, bearer(tenant.accessToken));
        QCOMPARE(slow.status, 503);
        QCOMPARE(slow.header("Retry-After"), QString("5"));
        QCOMPARE(stripe.requests().size(), std::size_t(3));
    }

    void freshTenantHasNoBillingAccount()
    {
        const auto view = client().get("/api/billing/subscription", bearer(other.accessToken));
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json()["tier"].toString(), QString("free"));
        QCOMPARE(view.json()["status"].toString(), QString("active"));
        QVERIFY(!view.json()["has_billing_account"].toBool());
        QVERIFY(view.json()["last_payment"].isNull());
        QVERIFY(view.json()["current_period_end"].isNull());
    }

    void checkoutCreatesOneCustomerAndASubscriptionSession()
    {
        const auto first = client().post("/api/billing/create-checkout-session", {{"tier", "pro"}},
                                         bearer(tenant.accessToken));
        QCOMPARE(first.status, 200);
        QVERIFY(first.json()["session_id"].toString().startsWith("cs_test_"));
        QVERIFY(first.json()["url"].toString().startsWith("https://checkout.stripe.com/"));

        const auto customers = stripe.requestsTo("POST", "/v1/customers");
        QCOMPARE(customers.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(customers[0].field("metadata[tenant_id]")), tenant.id);
        const auto sessions = stripe.requestsTo("POST", "/v1/checkout/sessions");
        QCOMPARE(sessions.size(), std::size_t(1));
        const auto& session = sessions[0];
        QCOMPARE(session.field("mode"), std::string("subscription"));
        QCOMPARE(session.field("line_items[0][price]"), std::string(FakeStripe::proPrice));
        QCOMPARE(session.field("line_items[0][quantity]"), std::string("1"));
        QCOMPARE(QString::fromStdString(session.field("client_reference_id")), tenant.id);
        QCOMPARE(QString::fromStdString(session.field("customer")), customerOf(stripe, tenant.id));
        QCOMPARE(session.field("success_url"),
                 std::string("https://bill-co.aih.test/portal?checkout=success"));
        QCOMPARE(session.field("cancel_url"),
                 std::string("https://bill-co.aih.test/portal?checkout=canceled"));
        QVERIFY(session.header("Idempotency-Key") != customers[0].header("Idempotency-Key"));

        // The second checkout finds the customer created by the first.
        const auto second = client().post("/api/billing/create-checkout-session",
                                          {{"tier", "basic"},
                                           {"success_url", "https://app.example/ok?x=1"},
                                           {"cancel_url", "http://localhost:3000/back"}},
                                          bearer(tenant.accessToken));
        QCOMPARE(second.status, 200);
        QCOMPARE(stripe.requestsTo("POST", "/v1/customers").size(), std::size_t(1));
        const auto again = stripe.requestsTo("POST", "/v1/checkout/sessions").at(1);
        QCOMPARE(again.field("success_url"), std::string("https://app.example/ok?x=1"));
        QCOMPARE(again.field("cancel_url"), std::string("http://localhost:3000/back"));
        QCOMPARE(again.field("line_items[0][price]"), std::string(FakeStripe::basicPrice));
        QVERIFY(again.header("Idempotency-Key") != session.header("Idempotency-Key"));
        QVERIFY2(stripe.violations().isEmpty(), qPrintable(stripe.violations().join("\n")));
        QVERIFY(client()
                    .get("/api/billing/subscription", bearer(tenant.accessToken))
                    .json()["has_billing_account"]
                    .toBool());
    }

    void badCheckoutRequestsAreRefusedBeforeStripeIsAsked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString json = "application/json";
        QTest::newRow("free tier") << QByteArray(R"({"tier":"free"})") << json << 422 << "validation_failed";
        QTest::newRow("unknown tier")
            << QByteArray(R"({"tier":"gold"})") << json << 422 << "validation_failed";
        QTest::newRow("no tier") << QByteArray("{}") << json << 422 << "validation_failed";
        QTest::newRow("tier as number") << QByteArray(R"({"tier":3})") << json << 422 << "validation_failed";
        QTest::newRow("script url") << QByteArray(
                                           "{\"tier\":\"pro\",\"success_url\":\"javascript:alert(1)\"}")
                                    << json << 422 << "validation_failed";
        QTest::newRow("relative url")
            << QByteArray(R"({"tier":"pro","cancel_url":"/back"})") << json << 422 << "validation_failed";
        QTest::newRow("url with spaces")
            << QByteArray("{\"tier\":\"pro\",\"cancel_url\":\"https://a.example/ b\"}") << json << 422
            << "validation_failed";
        QTest::newRow("price smuggled in")
            << QByteArray(R"({"tier":"pro","price":"price_cheap"})") << json << 400 << "unknown_field";
        QTest::newRow("tenant smuggled in")
            << QByteArray(R"({"tier":"pro","tenant_id":"x"})") << json << 400 << "unknown_field";
        QTest::newRow("not json") << QByteArray("tier=pro") << json << 400 << "malformed_json";
        QTest::newRow("form encoded") << QByteArray("tier=pro") << "application/x-www-form-urlencoded" << 415
                                      << "unsupported_media_type";
    }

    void badCheckoutRequestsAreRefusedBeforeStripeIsAsked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto response = client().request("POST", "/api/billing/create-checkout-session", body,
                                               bearer(tenant.accessToken), contentType.toStdString());
        QCOMPARE(response.status, status);
        QCOMPARE(response.code(), code);
        QVERIFY(stripe.requests().empty());
    }

    void onlyAdminsOfTheTenantMayStartCheckoutOrOpenThePortal()
    {
        const auto manager = createUserAndLogin(client(), tenant, "mgr@bill-co.example", "manager");
        const auto user = createUserAndLogin(client(), tenant, "user@bill-co.example", "user");
        const QJsonObject body{{"tier", "pro"}};
        for (const auto* path : {"/api/billing/create-checkout-session", "/api/billing/portal"}) {
            QCOMPARE(client().post(path, body, bearer(manager.accessToken)).status, 403);
            QCOMPARE(client().post(path, body, bearer(user.accessToken)).status, 403);
            QCOMPARE(client().post(path, body).status, 401);
            QCOMPARE(client().post(path, body, operatorAuth()).status, 403);
            // Naming another tenant never lets an admin act for it.
            auto crossTenant = bearer(tenant.accessToken);
            crossTenant.emplace_back("X-Tenant-ID", other.id.toStdString());
            const auto refused = client().post(path, body, crossTenant);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.code(), QString("tenant_mismatch"));
        }
        const auto readOnlyKey = createApiKey(client(), tenant.accessToken, {{"name", "ro"}});
        QCOMPARE(client().post("/api/billing/portal", {}, apiKey(readOnlyKey.key)).status, 403);
        QVERIFY(stripe.requests().empty());

        QCOMPARE(client().get("/api/billing/subscription", bearer(manager.accessToken)).status, 200);
        QCOMPARE(client().get("/api/billing/subscription", bearer(user.accessToken)).status, 403);
        auto crossRead = bearer(other.accessToken);
        crossRead.emplace_back("X-Tenant-ID", tenant.slug.toStdString());
        QCOMPARE(client().get("/api/billing/subscription", crossRead).status, 403);
    }

    void anAdminScopedKeyOfAnAdminMayOpenThePortal()
    {
        const auto key =
            createApiKey(client(), tenant.accessToken,
                         {{"name", "billing-bot"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        const auto portal = client().post("/api/billing/portal", {}, apiKey(key.key));
        QCOMPARE(portal.status, 200);
    }

    void portalReturnsStripesUrlForTheTenantsCustomer()
    {
        const auto portal =
            client().post("/api/billing/portal", {{"return_url", "https://console.example/billing"}},
                          bearer(tenant.accessToken));
        QCOMPARE(portal.status, 200);
        QVERIFY(portal.json()["url"].toString().startsWith("https://billing.stripe.com/p/session/bps_"));
        const auto sent = stripe.requestsTo("POST", "/v1/billing_portal/sessions").at(0);
        QCOMPARE(QString::fromStdString(sent.field("customer")), customerOf(stripe, tenant.id));
        QCOMPARE(sent.field("return_url"), std::string("https://console.example/billing"));
        QVERIFY(!sent.header("Idempotency-Key").empty());

        const auto empty = client().request("POST", "/api/billing/portal", {}, bearer(tenant.accessToken));
        QCOMPARE(empty.status, 200);
        QCOMPARE(stripe.requestsTo("POST", "/v1/billing_portal/sessions").at(1).field("return_url"),
                 std::string("https://bill-co.aih.test/portal"));
        const auto bad =
            client().post("/api/billing/portal", {{"return_url", "ftp://x"}}, bearer(tenant.accessToken));
        QCOMPARE(bad.status, 422);
        QVERIFY2(stripe.violations().isEmpty(), qPrintable(stripe.violations().join("\n")));

        const auto opened = auditEntries(client(), tenant.accessToken, "action=billing.portal_opened");
        QVERIFY(opened.size() >= 2);
        QCOMPARE(opened[0].toObject()["actor"].toObject()["type"].toString(), QString("user"));
        QCOMPARE(opened[0].toObject()["path"].toString(), QString("/api/billing/portal"));
    }

    void portalCreatesTheCustomerOnFirstNeed()
    {
        const auto fresh = createTenant(client(), "portal-first-co");
        QCOMPARE(client().post("/api/billing/portal", {}, bearer(fresh.accessToken)).status, 200);
        QVERIFY(!customerOf(stripe, fresh.id).isEmpty());
    }

    void stripeOutageIsA503AndARefusalA502()
    {
        stripe.failNext(100, 503);
        const auto down = client().post("/api/billing/portal", {}, bearer(tenant.accessToken));
        QCOMPARE(down.status, 503);
        QCOMPARE(down.code(), QString("service_unavailable"));
        QVERIFY(down.header("Retry-After").toInt() > 0);
        QVERIFY(!down.body.contains("Stripe "));
        // Three attempts of the same request, each after a longer pause: 300 ms doubling, jittered
        // over the upper half.
        const auto attempts = stripe.requests();
        QCOMPARE(attempts.size(), std::size_t(3));
        QCOMPARE(attempts[1].header("Idempotency-Key"), attempts[0].header("Idempotency-Key"));
        QCOMPARE(attempts[2].header("Idempotency-Key"), attempts[0].header("Idempotency-Key"));
        QVERIFY(attempts[1].receivedAt - attempts[0].receivedAt >= std::chrono::milliseconds(150));
        QVERIFY(attempts[2].receivedAt - attempts[1].receivedAt >= std::chrono::milliseconds(300));

        stripe.clearRequests();
        stripe.failNext(1, 400);
        const auto refused = client().post("/api/billing/portal", {}, bearer(tenant.accessToken));
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.code(), QString("payment_provider_error"));
        QCOMPARE(stripe.requests().size(), std::size_t(1)); // a refusal is final: no retry

        stripe.failNext(1, 400, "return_url");
        const auto blamed =
            client().post("/api/billing/portal", {{"return_url", "https://unreachable.example/"}},
                          bearer(tenant.accessToken));
        QCOMPARE(blamed.status, 422);
        QCOMPARE(blamed.json()["errors"].toArray()[0].toObject()["field"].toString(), QString("return_url"));
    }

    void slowStripeIsRetriedWithoutCreatingASecondCustomer()
    {
        const auto slow = createTenant(client(), "slow-stripe-co");
        stripe.stallNext(1, 4000); // beyond the 1.5 s timeout aihd is given
        const auto checkout = client().post("/api/billing/create-checkout-session", {{"tier", "basic"}},
                                            bearer(slow.accessToken));
        QCOMPARE(checkout.status, 200);
        const auto attempts = stripe.requestsTo("POST", "/v1/customers");
        QCOMPARE(attempts.size(), std::size_t(2));
        QCOMPARE(attempts[0].header("Idempotency-Key"), attempts[1].header("Idempotency-Key"));
        int created = 0;
        for (const auto& [id, customer] : stripe.customers()) {
            created += customer["metadata"].toObject()["tenant_id"].toString() == slow.id ? 1 : 0;
        }
        QCOMPARE(created, 1);
    }

    void checkoutWhileSubscribedIsAConflict()
    {
        const auto subscribed = createTenant(client(), "subscribed-co");
        subscribe(client(), stripe, subscribed, "pro", unixNow());
        const auto again = client().post("/api/billing/create-checkout-session", {{"tier", "enterprise"}},
                                         bearer(subscribed.accessToken));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QString("conflict"));
        const auto view = client().get("/api/billing/subscription", bearer(subscribed.accessToken)).json();
        QCOMPARE(view["tier"].toString(), QString("pro"));
        QCOMPARE(view["status"].toString(), QString("active"));
        QVERIFY(!view["current_period_end"].toString().isEmpty());
    }

private:
    const HttpClient& client() { return *live->client; }

    FakeStripe stripe;
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<LiveServer> unbilled;
    TenantFixture tenant;
    TenantFixture other;
};

QTEST_GUILESS_MAIN(TestBillingApi)
#include "TestBillingApi.moc"
