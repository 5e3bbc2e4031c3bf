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
#include "features/sso/ScimToken.h"
#include "features/sso/SsoConnection.h"
#include "features/sso/SsoDomain.h"
#include "features/sso/SsoTestResult.h"

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

    void ssoConnectionsReadTheirRoleMapAndNoSecret()
    {
        // Built here rather than as JSON text: moc takes the "//" of a URL in a raw string for a comment.
        QJsonObject body{{"id", "c1"},
                         {"name", "Acme SSO"},
                         {"protocol", "oidc"},
                         {"enabled", true},
                         {"issuer", "https://login.acme.example"},
                         {"discovery_url", "https://login.acme.example/.well-known/openid-configuration"},
                         {"client_id", "aih-platform"},
                         {"client_secret_set", true},
                         {"scopes", "openid email profile groups"},
                         {"redirect_uri", "https://api.aih.example/api/auth/sso/oidc/callback"},
                         {"groups_claim", "groups"},
                         {"role_map", QJsonObject{{"aih-admins", "admin"}, {"aih-managers", "manager"}}},
                         {"default_role", "user"},
                         {"require_sso", false},
                         {"break_glass_user_id", QJsonValue::Null},
                         {"created_at", "2026-11-02T09:30:00Z"},
                         {"updated_at", "2026-11-02T09:30:00Z"}};
        const auto connection = SsoConnection::fromJson(body);
        QVERIFY(connection);
        QVERIFY(connection->clientSecretSet);
        QCOMPARE(connection->roleMap.size(), 2);
        QVERIFY(connection->roleMap.value("aih-admins") == Role::Admin);
        QVERIFY(connection->roleMap.value("aih-managers") == Role::Manager);
        QVERIFY(connection->breakGlassUserId.isEmpty());
        QCOMPARE(connection->redirectUri, QString("https://api.aih.example/api/auth/sso/oidc/callback"));
        body["role_map"] = QJsonObject{{"g", "root"}};
        QVERIFY(!SsoConnection::fromJson(body));
        body["role_map"] = QJsonObject();
        body.remove("default_role");
        QVERIFY(!SsoConnection::fromJson(body));
    }

    void connectionChangesSendTheSecretOnlyWhenItChanges_data()
    {
        QTest::addColumn<int>("secret");
        QTest::addColumn<QJsonValue>("sent");
        QTest::newRow("kept") << int(SsoConnectionDraft::Secret::Keep) << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("replaced") << int(SsoConnectionDraft::Secret::Replace) << QJsonValue("new-secret");
        QTest::newRow("removed") << int(SsoConnectionDraft::Secret::Remove) << QJsonValue(QJsonValue::Null);
    }

    void connectionChangesSendTheSecretOnlyWhenItChanges()
    {
        QFETCH(int, secret);
        QFETCH(QJsonValue, sent);
        SsoConnectionDraft draft;
        draft.name = "Acme";
        draft.roleMap.insert("staff", Role::Manager);
        draft.secret = SsoConnectionDraft::Secret(secret);
        draft.clientSecret = "new-secret";
        const auto body = draft.toJson();
        QCOMPARE(body.value("client_secret"), sent);
        QCOMPARE(body.value("role_map").toObject().value("staff").toString(), QString("manager"));
        QCOMPARE(body.value("default_role").toString(), QString("user"));
        QVERIFY(body.value("break_glass_user_id").isNull());
        QCOMPARE(body.value("scopes").toString(), QString("openid email profile"));
    }

    void ssoDomainsCarryTheirTxtRecord()
    {
        const auto domain = SsoDomain::fromJson(object(
            R"({"id":"d1","domain":"acme.example","connection_id":null,"status":"pending",)"
            R"("verification":{"type":"TXT","name":"_aih-verification.acme.example","value":"aih-verification=d6f9"},)"
            R"("created_at":"2026-11-02T09:30:00Z","checked_at":null,"verified_at":null,"last_error":null})"));
        QVERIFY(domain);
        QVERIFY(!domain->isVerified());
        QCOMPARE(domain->recordName, QString("_aih-verification.acme.example"));
        QCOMPARE(domain->recordValue, QString("aih-verification=d6f9"));
        QVERIFY(domain->lastError.isEmpty());
        QVERIFY(!domain->checkedAt.isValid());
        const auto noRecord = object(R"({"id":"d1","domain":"acme.example"})");
        QVERIFY(!SsoDomain::fromJson(noRecord));
    }

    void connectionTestsReadClaimsOrTheReason()
    {
        const QJsonObject claims{
            {"iss", "https://idp.example"}, {"sub", "s1"}, {"email", "a@b.example"},
            {"email_verified", true},       {"name", "A"}, {"groups", QJsonArray{"staff", "admins"}}};
        const auto accepted = SsoTestResult::fromJson(
            {{"ok", true}, {"error", QJsonValue::Null}, {"claims", claims}, {"role", "admin"}});
        QVERIFY(accepted && accepted->ok && accepted->claims);
        QCOMPARE(accepted->claims->groups, QStringList({"staff", "admins"}));
        QVERIFY(accepted->claims->emailVerified);
        QVERIFY(accepted->role == Role::Admin);
        const auto refused =
            SsoTestResult::fromJson(object(R"({"ok":false,"error":"bad nonce","claims":null,"role":null})"));
        QVERIFY(refused && !refused->ok && !refused->claims && !refused->role);
        QCOMPARE(refused->error, QString("bad nonce"));
        const auto noOutcome = object(R"({"claims":null})");
        QVERIFY(!SsoTestResult::fromJson(noOutcome));
    }

    void scimTokensAreShownOnlyWhenIssued()
    {
        const auto status = ScimTokenStatus::fromJson({{"configured", false},
                                                       {"created_at", QJsonValue::Null},
                                                       {"base_url", "https://api.aih.example/scim/v2"}});
        QVERIFY(status && !status->configured);
        QCOMPARE(status->baseUrl, QString("https://api.aih.example/scim/v2"));
        const auto noState = object(R"({"base_url":"x"})");
        QVERIFY(!ScimTokenStatus::fromJson(noState));
        const auto issued = object(R"({"token":"scim_x","created_at":"2026-11-02T09:30:00Z"})");
        QVERIFY(IssuedScimToken::fromJson(issued));
        const auto empty = object(R"({"token":""})");
        QVERIFY(!IssuedScimToken::fromJson(empty));
    }
};

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "TestResponseParsing.moc"
