// SPDX-License-Identifier: Apache-2.0
#include "billing/SubscriptionRules.h"

#include <QtTest/QtTest>

using namespace aih;
using namespace aih::billing;

namespace {

constexpr long long grace = 7 * 24 * 3600;
constexpr long long t0 = 1'800'000'000;

PriceCatalog catalog()
{
    return PriceCatalog({{"basic", "price_b"}, {"pro", "price_p"}, {"enterprise", "price_e"}});
}

SubscriptionSnapshot sub(const std::string& status, const std::string& id = "sub_1")
{
    SubscriptionSnapshot snapshot;
    snapshot.id = id;
    snapshot.customerId = "cus_1";
    snapshot.status = status;
    snapshot.priceId = "price_p";
    snapshot.periodEnd = t0 + 30 * 24 * 3600;
    return snapshot;
}

BillingAccount account(Tier tier, const std::string& status, const std::string& subscriptionId = "sub_1")
{
    BillingAccount a;
    a.tenantId = "t";
    a.customerId = "cus_1";
    a.subscriptionId = subscriptionId;
    a.tier = tier;
    a.status = status;
    a.stateAt = t0 - 100;
    return a;
}

} // namespace

class TestBillingRules : public QObject
{
    Q_OBJECT

private slots:
    void pricesMapToTiersAndBack()
    {
        const auto prices = catalog();
        QCOMPARE(prices.tierOf("price_p"), std::optional<Tier>(Tier::Pro));
        QCOMPARE(prices.tierOf("price_e"), std::optional<Tier>(Tier::Enterprise));
        QCOMPARE(prices.priceOf(Tier::Basic), std::optional<std::string>("price_b"));
        QVERIFY(!prices.tierOf("price_unknown"));
        QVERIFY(!prices.tierOf(""));
        QVERIFY(!prices.priceOf(Tier::Free));
        const PriceCatalog unpriced(std::map<std::string, std::string>{{"pro", ""}});
        QVERIFY(!unpriced.priceOf(Tier::Pro));
        QVERIFY(!unpriced.tierOf(""));
    }

    void orderFollowsStripesCreatedTime()
    {
        QCOMPARE(orderOf(100, 101), Ordering::Apply);
        QCOMPARE(orderOf(100, 100), Ordering::Resolve);
        QCOMPARE(orderOf(100, 99), Ordering::Stale);
        QCOMPARE(orderOf(0, 1), Ordering::Apply);
    }

    void activeSubscriptionGrantsThePricesTier()
    {
        const auto next =
            nextState(account(Tier::Free, "active", ""), sub("active"), Tier::Pro, t0, t0, grace);
        QCOMPARE(next.tier, Tier::Pro);
        QCOMPARE(next.status, std::string("active"));
        QCOMPARE(next.subscriptionId, std::string("sub_1"));
        QCOMPARE(next.periodEnd, t0 + 30 * 24 * 3600);
        QCOMPARE(next.stateAt, t0);
        QCOMPARE(next.graceEndsAt, 0LL);
    }

    void trialingCountsAsPaying()
    {
        QCOMPARE(nextState(account(Tier::Free, "active"), sub("trialing"), Tier::Basic, t0, t0, grace).tier,
                 Tier::Basic);
    }

    void unknownPriceGrantsNothing()
    {
        QCOMPARE(nextState(account(Tier::Free, "active"), sub("active"), std::nullopt, t0, t0, grace).tier,
                 Tier::Free);
    }

    void firstPastDueStartsTheGraceAndKeepsTheTier()
    {
        const auto next =
            nextState(account(Tier::Pro, "active"), sub("past_due"), Tier::Pro, t0, t0 + 5, grace);
        QCOMPARE(next.tier, Tier::Pro);
        QCOMPARE(next.status, std::string("past_due"));
        QCOMPARE(next.pastDueSince, t0);
        QCOMPARE(next.graceEndsAt, t0 + grace);
    }

    void laterPastDueEventsKeepTheOriginalGrace()
    {
        auto current = account(Tier::Pro, "past_due");
        current.pastDueSince = t0;
        current.graceEndsAt = t0 + grace;
        const auto next =
            nextState(current, sub("past_due"), Tier::Pro, t0 + 3 * 24 * 3600, t0 + 3 * 24 * 3600, grace);
        QCOMPARE(next.pastDueSince, t0);
        QCOMPARE(next.graceEndsAt, t0 + grace);
        QCOMPARE(next.tier, Tier::Pro);
    }

    void pastDueBeyondTheGraceIsFree()
    {
        auto current = account(Tier::Pro, "past_due");
        current.pastDueSince = t0;
        current.graceEndsAt = t0 + grace;
        const auto next =
            nextState(current, sub("past_due"), Tier::Pro, t0 + grace + 10, t0 + grace + 10, grace);
        QCOMPARE(next.tier, Tier::Free);
        QCOMPARE(next.status, std::string("past_due"));
        // A late delivery of the first failure still counts the grace from when it happened.
        const auto late =
            nextState(account(Tier::Pro, "active"), sub("past_due"), Tier::Pro, t0, t0 + grace, grace);
        QCOMPARE(late.tier, Tier::Free);
    }

    void paymentRecoveryClearsTheGrace()
    {
        auto current = account(Tier::Free, "past_due");
        current.pastDueSince = t0;
        current.graceEndsAt = t0 + grace;
        const auto next = nextState(current, sub("active"), Tier::Pro, t0 + grace * 2, t0 + grace * 2, grace);
        QCOMPARE(next.tier, Tier::Pro);
        QCOMPARE(next.pastDueSince, 0LL);
        QCOMPARE(next.graceEndsAt, 0LL);
    }

    void endedOrUnpaidSubscriptionsAreFree_data()
    {
        QTest::addColumn<QString>("status");
        for (const auto* status :
             {"canceled", "unpaid", "incomplete", "incomplete_expired", "paused", "weird"}) {
            QTest::newRow(status) << QString(status);
        }
    }

    void endedOrUnpaidSubscriptionsAreFree()
    {
        QFETCH(QString, status);
        const auto next = nextState(account(Tier::Enterprise, "active"), sub(status.toStdString()),
                                    Tier::Enterprise, t0, t0, grace);
        QCOMPARE(next.tier, Tier::Free);
        QCOMPARE(QString::fromStdString(next.status), status);
        QCOMPARE(next.graceEndsAt, 0LL);
    }

    void stateTimeNeverMovesBack()
    {
        auto current = account(Tier::Pro, "active");
        current.stateAt = t0 + 50;
        QCOMPARE(nextState(current, sub("active"), Tier::Pro, t0, t0, grace).stateAt, t0 + 50);
    }

    void theEndOfAnOldSubscriptionDoesNotUndoTheNewOne()
    {
        const auto current = account(Tier::Pro, "active", "sub_new");
        QVERIFY(!mayReplace(current, sub("canceled", "sub_old")));
        QVERIFY(!mayReplace(current, sub("incomplete", "sub_other")));
        QVERIFY(mayReplace(current, sub("canceled", "sub_new")));
        QVERIFY(mayReplace(current, sub("active", "sub_other")));
    }

    void anySubscriptionMayReplaceOneThatNoLongerPays()
    {
        QVERIFY(mayReplace(account(Tier::Free, "canceled", "sub_old"), sub("incomplete", "sub_new")));
        QVERIFY(mayReplace(account(Tier::Free, "unpaid", "sub_old"), sub("canceled", "sub_new")));
    }

    void aTenantWithoutSubscriptionTakesOnlyAPayingOne()
    {
        // e.g. a tier granted by the operator is not lost to an abandoned first payment
        QVERIFY(!mayReplace(account(Tier::Pro, "active", ""), sub("incomplete", "sub_new")));
        QVERIFY(!mayReplace(account(Tier::Free, "active", ""), sub("canceled", "sub_new")));
        QVERIFY(mayReplace(account(Tier::Free, "active", ""), sub("active", "sub_new")));
        QVERIFY(mayReplace(account(Tier::Free, "active", ""), sub("trialing", "sub_new")));
    }

    void graceExpiryNeedsAPaidTierPastDueAndTimeUp()
    {
        auto a = account(Tier::Pro, "past_due");
        a.graceEndsAt = t0;
        QVERIFY(graceExpired(a, t0));
        QVERIFY(!graceExpired(a, t0 - 1));
        a.tier = Tier::Free;
        QVERIFY(!graceExpired(a, t0 + 1));
        a.tier = Tier::Pro;
        a.status = "active";
        QVERIFY(!graceExpired(a, t0 + 1));
    }

    void openAndPayingStatuses()
    {
        QVERIFY(isOpen("active") && isOpen("past_due") && isOpen("unpaid") && isOpen("trialing"));
        QVERIFY(!isOpen("canceled") && !isOpen("incomplete_expired") && !isOpen("incomplete"));
        QVERIFY(grantsPaidTier("active") && grantsPaidTier("trialing") && grantsPaidTier("past_due"));
        QVERIFY(!grantsPaidTier("unpaid") && !grantsPaidTier("canceled"));
    }
};

QTEST_APPLESS_MAIN(TestBillingRules)
#include "TestBillingRules.moc"
