// SPDX-License-Identifier: Apache-2.0
// Stripe's webhook applying events: exactly once, in Stripe's order whatever the delivery order,
// tier changes with their limits and features at once, past-due grace, and what a downgrade
// leaves in place.
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "StripeFixtures.h"
#include "Wait.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr qint64 day = 24 * 3600;

} // namespace

class TestBillingWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(stripe.environment()); }

    void signedEventAppliesTierLimitsAndFeaturesAtOnce()
    {
        const auto t = createTenant(client(), "hook-upgrade");
        const auto status = [&] {
            return client().get("/api/rate-limit/status", bearer(t.accessToken)).json()["tenant"].toObject();
        };
        QCOMPARE(status()["limit"].toInt(), 1000); // the free plan, now cached by the server
        QCOMPARE(createApiKey(client(), t.accessToken, {{"name", "early"}}).response.status, 402);

        const auto sub = linkCustomer(client(), stripe, t);
        const auto response = deliverEvent(
            client(), subscriptionEvent("customer.subscription.created", unixNow(), sub, "active", "pro"));
        QCOMPARE(response.status, 200);
        QCOMPARE(outcomeOf(response), QString("applied"));
        const auto tenantJson = tenantOf(client(), t);
        QCOMPARE(tenantJson["subscription_tier"].toString(), QString("pro"));
        QCOMPARE(tenantJson["subscription_status"].toString(), QString("active"));
        QCOMPARE(tenantJson["user_limit"].toInt(), 100);
        QCOMPARE(tenantJson["api_rate_limit"].toInt(), 50000);
        QVERIFY(tenantJson["features"].toArray().contains("custom_branding"));
        QVERIFY(waitUntil([&] { return status()["limit"].toInt() == 50000; }, 1000));
        QCOMPARE(createApiKey(client(), t.accessToken, {{"name", "now allowed"}}).response.status, 201);
        QCOMPARE(historyCount(db(), t, "billing.subscription_changed"), 1);
    }

    void duplicateDeliveryIsAppliedOnce()
    {
        const auto t = createTenant(client(), "hook-dupe");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 100);
        const auto event = invoiceEvent("invoice.paid", unixNow(), sub, 9900);
        QCOMPARE(outcomeOf(deliverEvent(client(), event)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), event)), QString("duplicate"));
        QCOMPARE(outcomeOf(deliverEvent(client(), event, unixNow() - 10)), QString("duplicate"));
        QCOMPARE(historyCount(db(), t, "billing.payment_succeeded"), 1);
        const auto id = event["id"].toString().toStdString();
        QCOMPARE(scalar(db(), "SELECT count(*) FROM stripe_events WHERE id = '" + id + "'"), 1LL);
        const auto payment = billingOf(client(), t)["last_payment"].toObject();
        QCOMPARE(payment["result"].toString(), QString("succeeded"));
        QCOMPARE(payment["amount"].toInt(), 9900);
    }

    void billingChangesAreAuditedOnceInTheVerifiedChain()
    {
        const auto t = createTenant(client(), "hook-audit");
        const auto sub = linkCustomer(client(), stripe, t);
        const auto created =
            subscriptionEvent("customer.subscription.created", unixNow(), sub, "active", "pro");
        QCOMPARE(outcomeOf(deliverEvent(client(), created)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), created)), QString("duplicate"));
        const auto failed = invoiceEvent("invoice.payment_failed", unixNow(), sub, 9900);
        QCOMPARE(outcomeOf(deliverEvent(client(), failed)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), failed)), QString("duplicate"));

        const auto changes = auditEntries(client(), t.accessToken, "action=billing.subscription_changed");
        QCOMPARE(changes.size(), 1);
        const auto change = changes[0].toObject();
        QCOMPARE(change["actor"].toObject()["type"].toString(), QString("system"));
        QCOMPARE(change["path"].toString(), QString("/api/billing/webhook"));
        QCOMPARE(change["resource"].toObject()["type"].toString(), QString("subscription"));
        QCOMPARE(change["resource"].toObject()["id"].toString(), sub.subscriptionId);
        const auto metadata = change["metadata"].toObject();
        QCOMPARE(metadata["source"].toString(), QString("stripe"));
        QCOMPARE(metadata["stripe_event_id"].toString(), created["id"].toString());
        QCOMPARE(metadata["from_tier"].toString(), QString("free"));
        QCOMPARE(metadata["to_tier"].toString(), QString("pro"));
        QCOMPARE(metadata["to_status"].toString(), QString("active"));

        const auto payments = auditEntries(client(), t.accessToken, "action=billing.payment_failed");
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments[0].toObject()["success"].toBool(), false);
        QCOMPARE(payments[0].toObject()["metadata"].toObject()["amount"].toInt(), 9900);
        const auto started = auditEntries(client(), t.accessToken, "action=billing.checkout_started");
        QCOMPARE(started.size(), 1);
        QCOMPARE(started[0].toObject()["actor"].toObject()["type"].toString(), QString("user"));

        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(t.accessToken));
        QCOMPARE(verified.status, 200);
        QVERIFY2(verified.json()["valid"].toBool(), verified.body.constData());
    }

    void outOfOrderDeliveryEndsInTheNewestState()
    {
        const auto t = createTenant(client(), "hook-order");
        const auto sub = linkCustomer(client(), stripe, t);
        const auto t0 = unixNow() - 1000;
        const auto created =
            subscriptionEvent("customer.subscription.created", t0 + 1, sub, "active", "basic");
        const auto upgraded =
            subscriptionEvent("customer.subscription.updated", t0 + 2, sub, "active", "pro");
        const auto canceling =
            subscriptionEvent("customer.subscription.updated", t0 + 3, sub, "active", "pro", true);
        const auto deleted =
            subscriptionEvent("customer.subscription.deleted", t0 + 4, sub, "canceled", "pro");
        QCOMPARE(outcomeOf(deliverEvent(client(), upgraded)), QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("pro"));
        QCOMPARE(outcomeOf(deliverEvent(client(), created)), QString("stale"));
        QCOMPARE(tierOf(client(), t), QString("pro"));
        QCOMPARE(outcomeOf(deliverEvent(client(), deleted)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), canceling)), QString("stale"));
        const auto view = billingOf(client(), t);
        QCOMPARE(view["tier"].toString(), QString("free"));
        QCOMPARE(view["status"].toString(), QString("canceled"));
        QCOMPARE(tenantOf(client(), t)["user_limit"].toInt(), 5);
        // Every delivery was recorded once, stale ones included, so none is re-applied later.
        QCOMPARE(scalar(db(), "SELECT count(*) FROM stripe_events WHERE tenant_id = '" + t.id.toStdString() +
                                  "' AND outcome = 'stale'"),
                 2LL);
    }

    void sameSecondEventsAreSettledByStripesCurrentState()
    {
        const auto t = createTenant(client(), "hook-tie");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 500);
        const auto second = unixNow() - 100;
        // Stripe's truth: canceling at period end. Two events of the same second disagree.
        stripe.putSubscription(StripeFixtures::subscription(sub.subscriptionId, sub.customerId, "active",
                                                            FakeStripe::proPrice, second + 30 * day, true,
                                                            t.id));
        QCOMPARE(outcomeOf(deliverEvent(client(), subscriptionEvent("customer.subscription.updated", second,
                                                                    sub, "active", "pro", true))),
                 QString("applied"));
        stripe.clearRequests();
        QCOMPARE(outcomeOf(deliverEvent(client(), subscriptionEvent("customer.subscription.updated", second,
                                                                    sub, "active", "pro", false))),
                 QString("applied"));
        QCOMPARE(stripe.requestsTo("GET", "/v1/subscriptions/" + sub.subscriptionId.toStdString()).size(),
                 std::size_t(1));
        QVERIFY(billingOf(client(), t)["cancel_at_period_end"].toBool());
    }

    void checkoutCompletedAppliesThePaidTier()
    {
        const auto t = createTenant(client(), "hook-checkout");
        subscribe(client(), stripe, t, "enterprise", unixNow());
        QCOMPARE(tierOf(client(), t), QString("enterprise"));
        QCOMPARE(tenantOf(client(), t)["user_limit"].toInt(), 1000);
        QCOMPARE(historyCount(db(), t, "billing.checkout_completed"), 1);
        QCOMPARE(historyCount(db(), t, "billing.checkout_started"), 1);
    }

    void checkoutCompletedLinksTheCustomerOfATenantWithoutOne()
    {
        const auto t = createTenant(client(), "hook-unlinked");
        const Subscription sub{"cus_made_by_checkout_" + t.slug.mid(5), "sub_unlinked_" + t.id.left(8)};
        stripe.putSubscription(StripeFixtures::subscription(sub.subscriptionId, sub.customerId, "active",
                                                            FakeStripe::basicPrice, unixNow() + 30 * day,
                                                            false, t.id));
        const auto session =
            StripeFixtures::checkoutSession("cs_test_unlinked", sub.customerId, sub.subscriptionId, t.id);
        const auto response = deliverEvent(
            client(), StripeFixtures::event(newEventId(), "checkout.session.completed", unixNow(), session));
        QCOMPARE(outcomeOf(response), QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("basic"));
        QCOMPARE(QString::fromStdString(query(db(), "SELECT stripe_customer_id FROM tenants WHERE id = '" +
                                                        t.id.toStdString() + "'")
                                            .at(0)[0]
                                            .as<std::string>()),
                 sub.customerId);
        // From now on the customer alone finds the tenant.
        QCOMPARE(outcomeOf(deliverEvent(client(), subscriptionEvent("customer.subscription.updated",
                                                                    unixNow() + 1, sub, "active", "pro"))),
                 QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("pro"));
    }

    void failedPaymentMarksPastDueAndKeepsTheTierDuringTheGrace()
    {
        const auto t = createTenant(client(), "hook-pastdue");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 100);
        stripe.putSubscription(StripeFixtures::subscription(sub.subscriptionId, sub.customerId, "past_due",
                                                            FakeStripe::proPrice, unixNow() + 30 * day, false,
                                                            t.id));
        const auto failedAt = unixNow() - 50;
        QCOMPARE(
            outcomeOf(deliverEvent(client(), invoiceEvent("invoice.payment_failed", failedAt, sub, 9900))),
            QString("applied"));
        const auto view = billingOf(client(), t);
        QCOMPARE(view["status"].toString(), QString("past_due"));
        QCOMPARE(view["tier"].toString(), QString("pro"));
        const auto graceEnds = QDateTime::fromString(view["grace_ends_at"].toString(), Qt::ISODate);
        QCOMPARE(graceEnds.toSecsSinceEpoch(), failedAt + 7 * day);
        QCOMPARE(view["last_payment"].toObject()["result"].toString(), QString("failed"));
        QCOMPARE(view["last_payment"].toObject()["amount"].toInt(), 9900);
        QCOMPARE(historyCount(db(), t, "billing.payment_failed"), 1);
    }

    void pastDueBeyondTheGraceDropsToFreeAndKeepsEverything()
    {
        const auto t = createTenant(client(), "hook-grace");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 9 * day);
        for (int i = 0; i < 7; ++i) {
            createUserAndLogin(client(), t, QString("member%1@hook-grace.example").arg(i), "user");
        }
        const auto key = createApiKey(client(), t.accessToken, {{"name", "busy"}, {"rate_limit", 20000}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).header("X-RateLimit-Limit"), QString("20000"));

        // The first failure happened 8 days ago (a late delivery): the 7-day grace is over.
        QCOMPARE(
            outcomeOf(deliverEvent(client(), subscriptionEvent("customer.subscription.updated",
                                                               unixNow() - 8 * day, sub, "past_due", "pro"))),
            QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("free"));
        QCOMPARE(billingOf(client(), t)["status"].toString(), QString("past_due"));
        // Nothing is deleted: all eight users stay active, the key keeps working, capped to the plan.
        QCOMPARE(tenantOf(client(), t)["usage"].toObject()["users"].toInt(), 8);
        const auto refused =
            client().post("/api/enterprise/admin/users",
                          {{"email", "ninth@hook-grace.example"}, {"role", "user"}}, bearer(t.accessToken));
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.code(), QString("plan_limit"));
        QVERIFY(waitUntil(
            [&] { return client().get("/api/gurus", apiKey(key.key)).header("X-RateLimit-Limit") == "1000"; },
            1000));
        QVERIFY(client()
                    .get("/api/gurus", apiKey(key.key))
                    .header("RateLimit-Policy")
                    .contains("\"key\";q=1000"));
        QCOMPARE(createApiKey(client(), t.accessToken, {{"name", "more"}}).response.status, 402);

        // Paying again restores the tier at once, with everything still there.
        stripe.putSubscription(StripeFixtures::subscription(sub.subscriptionId, sub.customerId, "active",
                                                            FakeStripe::proPrice, unixNow() + 30 * day, false,
                                                            t.id));
        QCOMPARE(outcomeOf(deliverEvent(client(), invoiceEvent("invoice.paid", unixNow(), sub, 9900))),
                 QString("applied"));
        const auto view = billingOf(client(), t);
        QCOMPARE(view["tier"].toString(), QString("pro"));
        QCOMPARE(view["status"].toString(), QString("active"));
        QVERIFY(view["grace_ends_at"].isNull());
        QVERIFY(waitUntil(
            [&] {
                return client().get("/api/gurus", apiKey(key.key)).header("X-RateLimit-Limit") == "20000";
            },
            1000));
        QCOMPARE(client()
                     .post("/api/enterprise/admin/users",
                           {{"email", "ninth@hook-grace.example"}, {"role", "user"}}, bearer(t.accessToken))
                     .status,
                 201);
    }

    void cancellationAtPeriodEndKeepsTheTierUntilTheSubscriptionEnds()
    {
        const auto t = createTenant(client(), "hook-cancel");
        const auto sub = subscribe(client(), stripe, t, "basic", unixNow() - 100);
        deliverEvent(client(), subscriptionEvent("customer.subscription.updated", unixNow() - 50, sub,
                                                 "active", "basic", true));
        QCOMPARE(billingOf(client(), t)["tier"].toString(), QString("basic"));
        QVERIFY(billingOf(client(), t)["cancel_at_period_end"].toBool());
        deliverEvent(client(), subscriptionEvent("customer.subscription.deleted", unixNow() - 10, sub,
                                                 "canceled", "basic"));
        QCOMPARE(billingOf(client(), t)["tier"].toString(), QString("free"));
        QCOMPARE(billingOf(client(), t)["status"].toString(), QString("canceled"));
        // A canceled subscription no longer blocks buying a new one.
        QCOMPARE(client()
                     .post("/api/billing/create-checkout-session", {{"tier", "pro"}}, bearer(t.accessToken))
                     .status,
                 200);
    }

    void theEndOfAnOldSubscriptionDoesNotUndoANewOne()
    {
        const auto t = createTenant(client(), "hook-resubscribe");
        const auto first = subscribe(client(), stripe, t, "basic", unixNow() - 300);
        deliverEvent(client(), subscriptionEvent("customer.subscription.deleted", unixNow() - 200, first,
                                                 "canceled", "basic"));
        subscribe(client(), stripe, t, "enterprise", unixNow() - 100);
        QCOMPARE(tierOf(client(), t), QString("enterprise"));
        const auto late = deliverEvent(client(), subscriptionEvent("customer.subscription.updated", unixNow(),
                                                                   first, "canceled", "basic"));
        QCOMPARE(outcomeOf(late), QString("ignored"));
        QCOMPARE(tierOf(client(), t), QString("enterprise"));
    }

    void anUnconfiguredPriceGrantsNoPaidTier()
    {
        const auto t = createTenant(client(), "hook-price");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 100);
        auto event =
            StripeFixtures::event(newEventId(), "customer.subscription.updated", unixNow(),
                                  StripeFixtures::subscription(sub.subscriptionId, sub.customerId, "active",
                                                               "price_somebody_elses", unixNow() + day));
        QCOMPARE(outcomeOf(deliverEvent(client(), event)), QString("applied"));
        QCOMPARE(tierOf(client(), t), QString("free"));
        // The log arrives through a pipe, a moment after the answer.
        QTRY_VERIFY_WITH_TIMEOUT(live->server->log().contains("price_somebody_elses is not configured"),
                                 5000);
    }

    void stripeDownWhileFetchingIsA503AndTheRedeliveryAppliesOnce()
    {
        const auto t = createTenant(client(), "hook-outage");
        const auto sub = subscribe(client(), stripe, t, "pro", unixNow() - 100);
        const auto event = invoiceEvent("invoice.paid", unixNow(), sub, 9900);
        stripe.failNext(100, 503);
        const auto failed = deliverEvent(client(), event);
        stripe.failNext(0, 503);
        QCOMPARE(failed.status, 503);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM stripe_events WHERE id = '" +
                                  event["id"].toString().toStdString() + "'"),
                 0LL);
        QCOMPARE(historyCount(db(), t, "billing.payment_succeeded"), 0);
        QCOMPARE(outcomeOf(deliverEvent(client(), event)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), event)), QString("duplicate"));
        QCOMPARE(historyCount(db(), t, "billing.payment_succeeded"), 1);
    }

private:
    const HttpClient& client() { return *live->client; }
    const std::string& db() { return live->database.url(); }

    FakeStripe stripe;
    std::unique_ptr<LiveServer> live;
};

QTEST_GUILESS_MAIN(TestBillingWebhooks)
#include "TestBillingWebhooks.moc"
