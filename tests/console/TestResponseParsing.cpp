// SPDX-License-Identifier: Apache-2.0
// Reading the contract's response shapes into the console's types: required members are
// required, optional ones default, and malformed documents are refused rather than misread.
#include "core/net/Json.h"
#include "core/session/Tenant.h"
#include "core/session/User.h"
#include "features/apikeys/ApiKey.h"
#include "features/audit/AuditEntry.h"
#include "features/billing/BillingTypes.h"
#include "features/branding/Branding.h"
#include "features/dashboard/Analytics.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih;
using namespace aih::console;

namespace {

QJsonObject object(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

/// A response document from tests/console/data, shaped as the REST contract describes.
QJsonObject sample(const QString& name)
{
    QFile file(QFINDTESTDATA("data/" + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestResponseParsing : public QObject
{
    Q_OBJECT

private slots:
    void usersNeedIdEmailAndAKnownRole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("complete")
            << QByteArray(
                   R"({"id":"u1","email":"a@b.example","role":"manager","active":false,)"
                   R"("last_login_at":"2026-11-24T10:00:00Z","created_at":"2026-11-01T00:00:00.123Z"})")
            << true;
        QTest::newRow("no id") << QByteArray(R"({"email":"a@b.example","role":"user"})") << false;
        QTest::newRow("unknown role")
            << QByteArray(R"({"id":"u1","email":"a@b.example","role":"root"})") << false;
        QTest::newRow("id not text") << QByteArray(R"({"id":7,"email":"a@b.example","role":"user"})")
                                     << false;
    }

    void usersNeedIdEmailAndAKnownRole()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        const auto user = User::fromJson(QJsonDocument::fromJson(body).object());
        QCOMPARE(user.has_value(), accepted);
        if (user && user->id == "u1" && body.contains("last_login_at")) {
            QVERIFY(user->role == Role::Manager);
            QVERIFY(!user->active);
            QCOMPARE(user->lastLoginAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
            QCOMPARE(user->createdAt.time().msec(), 123);
        }
    }

    void listsRefuseAnyBrokenItem()
    {
        const auto good =
            QJsonDocument::fromJson(R"({"data":[{"id":"a","email":"a@x.example","role":"user"}],)"
                                    R"("next_cursor":null})");
        QCOMPARE(json::list<User>(good, &User::fromJson)->size(), 1);
        const auto broken =
            QJsonDocument::fromJson(R"({"data":[{"id":"a","email":"a@x.example","role":"user"},{}]})");
        QVERIFY(!json::list<User>(broken, &User::fromJson));
        QVERIFY(!json::list<User>(QJsonDocument::fromJson(R"({"items":[]})"), &User::fromJson));
    }

    void tenantCarriesPlanAndUsage()
    {
        const auto tenant = Tenant::fromJson(sample("tenant.json"));
        QVERIFY(tenant);
        QVERIFY(tenant->tier == Tier::Pro);
        QVERIFY(tenant->hasFeature("custom_branding"));
        QVERIFY(!tenant->hasFeature("white_label"));
        QVERIFY(tenant->userLimitReached());
        QCOMPARE(tierTitle(tenant->tier), QString("Pro"));
        QVERIFY(!Tenant::fromJson(object(R"({"id":"t","subscription_tier":"platinum"})")));
    }

    void issuedKeyNeedsItsSecret()
    {
        const auto listed = sample("api_key.json");
        const auto key = ApiKey::fromJson(listed);
        QVERIFY(key);
        QCOMPARE(key->scopes, QStringList({"read", "write"}));
        QVERIFY(!key->expiresAt.isValid());
        QVERIFY(!IssuedKey::fromJson(listed));
        auto withSecret = listed;
        withSecret.insert("key", "aih_live_abc_secret");
        QCOMPARE(IssuedKey::fromJson(withSecret)->secret, QString("aih_live_abc_secret"));
    }

    void auditEntryKeepsEverythingForTheDetailView()
    {
        const auto entry = AuditEntry::fromJson(sample("audit_entry.json"));
        QVERIFY(entry);
        QCOMPARE(entry->seq, 42);
        QVERIFY(!entry->success);
        QCOMPARE(entry->actorUserId, QString("u1"));
        QCOMPARE(entry->metadata.value("role").toString(), QString("user"));
        QCOMPARE(entry->raw.value("hash").toString(), QString("ab"));
        QVERIFY(entry->occurredAt.isValid());
    }

    void verificationReportsTheFirstBrokenLink()
    {
        const auto broken = AuditVerification::fromJson(sample("audit_verification_broken.json"));
        QVERIFY(broken && !broken->valid);
        QCOMPARE(broken->brokenSeq, 7);
        QCOMPARE(broken->brokenReason, QString("hash_mismatch"));
        QVERIFY(!AuditVerification::fromJson(object(R"({"entries_checked":10})")));
    }

    void themePreviewExposesItsColours()
    {
        const auto preview = ThemePreview::fromJson(sample("theme_preview.json"));
        QVERIFY(preview);
        QCOMPARE(preview->variable("--aih-primary"), QString("#112233"));
        QCOMPARE(preview->variable("--aih-accent"), QString("#778899"));
        QCOMPARE(preview->cssDropped.size(), 1);
        QVERIFY(preview->branding.features.value("show_gurus"));
        const auto body = preview->branding.toJson();
        QCOMPARE(body.value("features").toObject().value("show_gurus").toBool(), true);
        QVERIFY(!body.contains("logo_url"));
    }

    void plansAndSubscriptionAreRead()
    {
        const auto plans = json::list<PlanOffer>(QJsonDocument(sample("plans.json")), &PlanOffer::fromJson);
        QVERIFY(plans);
        QCOMPARE(plans->first().priceCents, 2900);
        QVERIFY(plans->first().purchasable);
        const auto subscription = Subscription::fromJson(sample("subscription.json"));
        QVERIFY(subscription);
        QVERIFY(subscription->cancelAtPeriodEnd);
        QCOMPARE(subscription->lastPaymentResult, QString("failed"));
    }

    void analyticsIsReadInTheServersShape()
    {
        const auto analytics = Analytics::fromJson(sample("analytics.json"));
        QVERIFY(analytics);
        QCOMPARE(analytics->bucket, QString("hour"));
        QCOMPARE(analytics->from, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QCOMPARE(analytics->activeApiKeys, 4);
        QCOMPARE(analytics->calls.size(), 2);
        QCOMPARE(analytics->totalCalls(), 10);
        QCOMPARE(analytics->totalErrors(), 1);
        QCOMPARE(analytics->topConsumers.first().label, QString("ci"));
        QCOMPARE(analytics->topConsumers.first().ownerEmail, QString("ci@example.com"));
        QCOMPARE(analytics->topConsumers.last().label, QString("aih_test_def"));
        QCOMPARE(analytics->statusClasses.size(), 5);
        QCOMPARE(analytics->statusClasses.at(3).statusClass, QString("4xx"));
        QCOMPARE(analytics->statusClasses.at(3).count, 2);
        QCOMPARE(analytics->userLimit, 25);
        QCOMPARE(analytics->callsLastHour, 7);
    }

    void analyticsInAnotherShapeIsRefused()
    {
        auto document = sample("analytics.json");
        auto renamed = document;
        renamed.remove("calls");
        renamed.insert("api_calls", document.value("calls"));
        QVERIFY(!Analytics::fromJson(renamed));
        auto badTime = document;
        badTime.insert("calls", QJsonArray{QJsonObject{{"start", "garbage"}, {"calls", 1}}});
        QVERIFY(!Analytics::fromJson(badTime));
        auto codes = document;
        codes.remove("status_classes");
        codes.insert("status_codes", QJsonObject{{"200", 8}});
        QVERIFY(!Analytics::fromJson(codes));
    }
};

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "TestResponseParsing.moc"
