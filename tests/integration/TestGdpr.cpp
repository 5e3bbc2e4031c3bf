// SPDX-License-Identifier: Apache-2.0
// GDPR: a user's data export, and erasure that leaves no byte of their email, name or browser in
// any table, export or server log, while the audit trail keeps verifying.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

const QString victimEmail = "erin.erasable@gdpr-co.example";
const QString victimName = "Erin Erasable";
const QString victimAgent = "ErinBrowser/1.0";
const QString victimPassword = "erin-password-123";

/// Entries written with the changes they record, leaving out exports (the test keeps adding
/// them) and refusals (written in batches, whenever the next batch goes out).
int countOfChanges(const QJsonArray& entries)
{
    int count = 0;
    for (const auto& entry : entries) {
        const auto action = entry.toObject()["action"].toString();
        count += action == "audit.export" || action.endsWith(".denied") ? 0 : 1;
    }
    return count;
}

QJsonObject entryWith(const QJsonArray& entries, const QString& action)
{
    for (const auto& entry : entries) {
        if (entry.toObject()["action"].toString() == action) {
            return entry.toObject();
        }
    }
    return {};
}

} // namespace

class TestGdpr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Mail goes to a closed port, so a notice to the victim waits in the outbox, where the
        // erasure must find it (sent through the log instead, the log would keep their address).
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_KEY_SWEEP_MS", "300"},
                                                                       {"SMTP_URL", "smtp://127.0.0.1:9"},
                                                                       {"MAIL_FROM", "noreply@aih.test"}});
        tenant = createTenant(client(), "gdpr-co", "basic");
        owner = std::make_unique<pqxx::connection>(live->database.url());
    }

    void usersExportTheirOwnData()
    {
        const auto self = createUserAndLogin(client(), tenant, "self@gdpr-co.example", "user");
        QCOMPARE(createApiKey(client(), self.accessToken, {{"name", "my laptop"}}).response.status, 201);
        const auto response = client().get(exportPath(self.userId), bearer(self.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Transfer-Encoding"), QString("chunked"));
        QJsonParseError error;
        const auto data = QJsonDocument::fromJson(response.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(data["user"].toObject()["email"].toString(), QString("self@gdpr-co.example"));
        QVERIFY(!data["user"].toObject().contains("password_hash"));
        QCOMPARE(data["sessions"].toArray().first().toObject()["ip_address"].toString(),
                 QString("127.0.0.1"));
        QCOMPARE(data["api_keys"].toArray().first().toObject()["name"].toString(), QString("my laptop"));
        const auto entries = data["audit_entries"].toArray();
        const auto signIn = entryWith(entries, "auth.login");
        QCOMPARE(signIn["actor"].toObject()["user_id"].toString(), self.userId);
        QCOMPARE(signIn["ip_address"].toString(), QString("127.0.0.1"));
        const auto created = entryWith(entries, "user.create");
        QCOMPARE(created["subject"].toObject()["email"].toString(), QString("self@gdpr-co.example"));
        // The admin's address on an entry about this user is the admin's data, not theirs.
        QVERIFY(created["ip_address"].isNull());
        QCOMPARE(entryWith(entries, "api_key.create")["subject"].toObject()["key_name"].toString(),
                 QString("my laptop"));
        QVERIFY(!entryWith(auditEntries(client(), tenant.accessToken, "action=gdpr.export"), "gdpr.export")
                     .isEmpty());
    }

    void onlyAdminsExportSomeoneElsesData()
    {
        const auto a = createUserAndLogin(client(), tenant, "a@gdpr-co.example", "user");
        const auto b = createUserAndLogin(client(), tenant, "b@gdpr-co.example", "manager");
        QCOMPARE(client().get(exportPath(a.userId), bearer(b.accessToken)).status, 403);
        QCOMPARE(client().get(exportPath(a.userId), bearer(tenant.accessToken)).status, 200);
        QCOMPARE(client().get(exportPath(a.userId)).status, 401);
        QCOMPARE(client()
                     .get(exportPath("6f1c1b1e-8a4d-4f57-9c55-0f3b2f3a1d20"), bearer(tenant.accessToken))
                     .status,
                 404);
        QCOMPARE(
            client().get("/api/enterprise/gdpr/users/not-a-uuid/export", bearer(tenant.accessToken)).status,
            404);
        const auto other = createTenant(client(), "gdpr-other");
        QCOMPARE(client().get(exportPath(other.adminId), bearer(tenant.accessToken)).status, 404);
        QCOMPARE(client().post(erasePath(other.adminId), {}, bearer(tenant.accessToken)).status, 404);
        QCOMPARE(client().get(exportPath(a.userId), bearer(other.accessToken)).status, 404);
    }

    void erasureRulesAreEnforced()
    {
        const auto manager = createUserAndLogin(client(), tenant, "m@gdpr-co.example", "manager");
        QCOMPARE(client().post(erasePath(tenant.adminId), {}, bearer(manager.accessToken)).status, 403);
        const auto last = client().post(erasePath(tenant.adminId), {}, bearer(tenant.accessToken));
        QCOMPARE(last.status, 409);
        QCOMPARE(last.code(), QString("last_admin"));
        QCOMPARE(
            client().post(erasePath(manager.userId), {{"force", true}}, bearer(tenant.accessToken)).status,
            400);
    }

    void erasureLeavesNoTraceOfTheSubject()
    {
        const auto created = client().post(
            "/api/enterprise/admin/users",
            {{"email", victimEmail}, {"name", victimName}, {"password", victimPassword}, {"role", "user"}},
            bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        const auto victimId = created.json()["id"].toString();
        const auto body =
            QJsonDocument(
                QJsonObject{{"tenant", tenant.slug}, {"email", victimEmail}, {"password", victimPassword}})
                .toJson();
        const auto signIn =
            client().request("POST", "/api/auth/login", body, {{"User-Agent", victimAgent.toStdString()}});
        QCOMPARE(signIn.status, 200);
        const auto token = signIn.json()["access_token"].toString();
        // Expiring within days, the key mails its owner a notice, which waits in the outbox.
        QCOMPARE(
            createApiKey(client(), token,
                         {{"name", victimName + " laptop"},
                          {"expires_at", QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)}})
                .response.status,
            201);
        QVERIFY(waitUntil([&] { return queuedMailTo(victimEmail) == 1; }, 15'000));
        client().request(
            "POST", "/api/auth/login",
            QJsonDocument(
                QJsonObject{{"tenant", tenant.slug}, {"email", victimEmail}, {"password", "wrong-password"}})
                .toJson(),
            {{"User-Agent", victimAgent.toStdString()}});
        QVERIFY(scanDatabase() > 0);
        QVERIFY(exportText().contains(victimEmail.toUtf8()));
        const auto entriesBefore = countOfChanges(auditEntries(client(), tenant.accessToken));

        const auto erased = client().post(erasePath(victimId), {}, bearer(tenant.accessToken));
        QCOMPARE(erased.status, 200);
        QVERIFY(erased.json()["audit_entries_pseudonymised"].toInt() >= 4);

        QCOMPARE(scanDatabase(), 0);
        QCOMPARE(queuedMailTo("erased-" + victimId + "@erased.invalid"), 0); // given up, not sent
        for (const auto& text : {exportText(), live->server->log().toUtf8(),
                                 QJsonDocument(auditEntries(client(), tenant.accessToken)).toJson()}) {
            for (const auto& secret : {victimEmail, victimName, victimAgent}) {
                QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
            }
        }
        const auto after = auditEntries(client(), tenant.accessToken);
        QCOMPARE(countOfChanges(after), entriesBefore + 1);
        const auto creation = entryWith(
            auditEntries(client(), tenant.accessToken, "q=" + victimId.toStdString()), "user.create");
        QCOMPARE(creation["subject"].toObject()["user_id"].toString(), victimId);
        QVERIFY(creation["subject"].toObject()["personal_data_erased"].toBool());
        const auto erasure = entryWith(after, "gdpr.erase");
        QCOMPARE(erasure["actor"].toObject()["user_id"].toString(), tenant.adminId);
        QCOMPARE(erasure["subject"].toObject()["user_id"].toString(), victimId);

        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken));
        QVERIFY2(verified.json()["valid"].toBool(), verified.body.constData());
        QCOMPARE(client().get("/api/auth/me", bearer(token)).status, 401);
        QCOMPARE(login(client(), tenant.slug, victimEmail, victimPassword).response.status, 401);
        QCOMPARE(client().get(exportPath(victimId), bearer(tenant.accessToken)).status, 404);
        QCOMPARE(client().post(erasePath(victimId), {}, bearer(tenant.accessToken)).status, 404);
        QVERIFY(!client()
                     .get("/api/enterprise/admin/users?limit=200", bearer(tenant.accessToken))
                     .body.contains(victimId.toUtf8()));
        // Erased means erased: personal data arriving later about the same id is not kept either.
        QCOMPARE(login(client(), tenant.slug, victimEmail, victimPassword).response.status, 401);
        QCOMPARE(scanDatabase(), 0);
    }

private:
    HttpClient& client() { return *live->client; }

    static std::string exportPath(const QString& userId)
    {
        return path("/api/enterprise/gdpr/users", userId) + "/export";
    }
    static std::string erasePath(const QString& userId)
    {
        return path("/api/enterprise/gdpr/users", userId) + "/erase";
    }

    QByteArray exportText()
    {
        return client().get("/api/enterprise/audit-logs/export?format=csv", bearer(tenant.accessToken)).body +
               client().get("/api/enterprise/audit-logs/export?format=json", bearer(tenant.accessToken)).body;
    }

    /// Messages to `address` still waiting in the outbox, read as the owner.
    int queuedMailTo(const QString& address)
    {
        pqxx::work tx(*owner);
        return tx
            .exec("SELECT count(*) FROM mail_outbox WHERE recipient = " + tx.quote(address.toStdString()) +
                  " AND sent_at IS NULL AND abandoned_at IS NULL")[0][0]
            .as<int>();
    }

    /// Rows of any table in the database holding the victim's email, name or user agent, as text
    /// or as the hex of binary columns; read as the owner, past row-level security.
    int scanDatabase()
    {
        pqxx::work tx(*owner);
        int found = 0;
        const auto tables = tx.exec("SELECT quote_ident(table_name) FROM information_schema.tables "
                                    "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        for (const auto& table : tables) {
            std::string condition = "false";
            for (const auto& secret : {victimEmail, victimName, victimAgent}) {
                const auto quoted = tx.quote(secret.toStdString());
                condition += " OR x::text ILIKE '%' || " + quoted +
                             " || '%' OR x::text ILIKE '%' || "
                             "encode(convert_to(" +
                             quoted + ", 'UTF8'), 'hex') || '%'";
            }
            found +=
                tx.exec("SELECT count(*) FROM " + table[0].as<std::string>() + " x WHERE " + condition)[0][0]
                    .as<int>();
        }
        return found;
    }

    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> owner;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestGdpr)
#include "TestGdpr.moc"
