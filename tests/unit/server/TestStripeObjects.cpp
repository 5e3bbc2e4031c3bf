// SPDX-License-Identifier: Apache-2.0
// Reading Stripe's objects as Stripe publishes them (its fixtures), in both API shapes we meet.
#include "StripeFixtures.h"
#include "billing/StripeObjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest/QtTest>

using namespace aih::billing;
using aih::test::StripeFixtures;

namespace {

Poco::JSON::Object::Ptr poco(const QJsonObject& object)
{
    return parseStripeJson(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

QByteArray q(const std::string& text)
{
    return QByteArray::fromStdString(text);
}

} // namespace

class TestStripeObjects : public QObject
{
    Q_OBJECT

private slots:
    void publishedSubscriptionFixtureReads()
    {
        const auto sub = readSubscription(poco(StripeFixtures::resource("subscription")));
        QCOMPARE(q(sub.id), QByteArray("sub_1Pgc6rB7WZ01zgkWNy0Cn5nw"));
        QCOMPARE(q(sub.customerId), QByteArray("cus_QXg1o8vcGmoR32"));
        QCOMPARE(q(sub.status), QByteArray("active"));
        QCOMPARE(q(sub.priceId), QByteArray("price_1PgafmB7WZ01zgkW6dKueIc5"));
        // Since 2025-03-31.basil the period lives on the item.
        QCOMPARE(sub.periodEnd, 976287773LL);
        QVERIFY(sub.cancelAtPeriodEnd);
        QVERIFY(sub.tenantHint.empty());
    }

    void olderShapeWithThePeriodOnTheSubscriptionReads()
    {
        auto object =
            StripeFixtures::subscription("sub_old", "cus_1", "past_due", "price_x", 0, false, "t-1");
        auto items = object["items"].toObject();
        auto data = items["data"].toArray();
        auto item = data[0].toObject();
        item.remove("current_period_end");
        data[0] = item;
        items["data"] = data;
        object["items"] = items;
        object["current_period_end"] = 1'900'000'000;
        const auto sub = readSubscription(poco(object));
        QCOMPARE(sub.periodEnd, 1'900'000'000LL);
        QCOMPARE(q(sub.tenantHint), QByteArray("t-1"));
        QCOMPARE(q(sub.status), QByteArray("past_due"));
    }

    void expandedCustomerIsReadByItsId()
    {
        auto object = StripeFixtures::resource("subscription");
        object["customer"] = StripeFixtures::customer("cus_expanded", {});
        QCOMPARE(q(readSubscription(poco(object)).customerId), QByteArray("cus_expanded"));
    }

    void subscriptionWithoutIdOrStatusIsRefused()
    {
        auto object = StripeFixtures::resource("subscription");
        object["status"] = QJsonValue::Null;
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, readSubscription(poco(object)));
        object = StripeFixtures::resource("subscription");
        object["id"] = "cus_not_a_subscription";
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, readSubscription(poco(object)));
        object = StripeFixtures::resource("subscription");
        object["status"] = 7;
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, readSubscription(poco(object)));
    }

    void publishedInvoiceFixtureReadsItsParentSubscription()
    {
        const auto invoice = readInvoice(poco(StripeFixtures::resource("invoice")));
        QCOMPARE(q(invoice.id), QByteArray("in_1Pgc6tB7WZ01zgkWu9fdqL6I"));
        QCOMPARE(q(invoice.customerId), QByteArray("cus_QXg1o8vcGmoR32"));
        QCOMPARE(q(invoice.subscriptionId), QByteArray("subscription"));
        QCOMPARE(invoice.amountDue, 1000LL);
        QCOMPARE(q(invoice.currency), QByteArray("usd"));
    }

    void olderInvoiceShapeReadsTheTopLevelSubscription()
    {
        auto object = StripeFixtures::resource("invoice");
        object["parent"] = QJsonValue::Null;
        object["subscription"] = "sub_top_level";
        QCOMPARE(q(readInvoice(poco(object)).subscriptionId), QByteArray("sub_top_level"));
    }

    void publishedCheckoutSessionFixtureReads()
    {
        const auto session = readCheckoutSession(poco(StripeFixtures::resource("checkout.session")));
        QVERIFY(session.id.starts_with("cs_test_"));
        QCOMPARE(q(session.mode), QByteArray("payment"));
        QVERIFY(session.subscriptionId.empty());
        QVERIFY(session.clientReferenceId.empty());
    }

    void eventEnvelopeReads()
    {
        const auto event = readEvent(poco(StripeFixtures::resource("event")));
        QCOMPARE(q(event.id), QByteArray("evt_1Pgc76B7WZ01zgkWwyRHS12y"));
        QCOMPARE(q(event.type), QByteArray("plan.created"));
        QCOMPARE(event.created, 1234567890LL);
        QVERIFY(event.object);
    }

    void malformedEventsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id without evt_") << "id" << QJsonValue("ch_123");
        QTest::newRow("id with a quote") << "id" << QJsonValue("evt_1'; drop");
        QTest::newRow("id as number") << "id" << QJsonValue(5);
        QTest::newRow("no type") << "type" << QJsonValue();
        QTest::newRow("created zero") << "created" << QJsonValue(0);
        QTest::newRow("created as text") << "created" << QJsonValue("yesterday");
        QTest::newRow("no data") << "data" << QJsonValue();
        QTest::newRow("data without object") << "data" << QJsonValue(QJsonObject{{"x", 1}});
    }

    void malformedEventsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        auto object = StripeFixtures::resource("event");
        object[field] = value;
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, readEvent(poco(object)));
    }

    void unreadableTextIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, parseStripeJson("not json"));
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, parseStripeJson("[1,2]"));
        QVERIFY_THROWS_EXCEPTION(StripeFormatError, parseStripeJson(std::string(5000, '[')));
    }
};

QTEST_APPLESS_MAIN(TestStripeObjects)
#include "TestStripeObjects.moc"
