// SPDX-License-Identifier: Apache-2.0
// What the audit trail records, in the same transaction as each change; refusals in batches;
// concurrent writers never forking a chain.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <pqxx/pqxx>
#include <thread>

using namespace aih::test;

namespace {

QJsonObject firstWith(const QJsonArray& entries, const QString& action)
{
    for (const auto& entry : entries) {
        if (entry.toObject()["action"].toString() == action) {
            return entry.toObject();
        }
    }
    return {};
}

int countOf(const QJsonArray& entries, const QString& action)
{
    int count = 0;
    for (const auto& entry : entries) {
        count += entry.toObject()["action"].toString() == action ? 1 : 0;
    }
    return count;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_AUDIT_FLUSH_MS", "100"}});
        tenant = createTenant(client(), "audit-co", "basic");
        owner = std::make_unique<pqxx::connection>(live->database.url());
    }

    void tenantCreationAndSignInAreRecorded()
    {
        const auto entries = auditEntries(client(), tenant.accessToken);
        const auto created = firstWith(entries, "tenant.create");
        QCOMPARE(created["actor"].toObject()["type"].toString(), QString("operator"));
        QCOMPARE(created["resource"].toObject()["id"].toString(), tenant.id);
        QCOMPARE(created["subject"].toObject()["user_id"].toString(), tenant.adminId);
        QCOMPARE(created["subject"].toObject()["email"].toString(), tenant.adminEmail);
        QCOMPARE(created["metadata"].toObject()["tier"].toString(), QString("basic"));
        const auto login = firstWith(entries, "auth.login");
        QVERIFY(login["success"].toBool());
        QCOMPARE(login["actor"].toObject()["user_id"].toString(), tenant.adminId);
        QCOMPARE(login["actor"].toObject()["role"].toString(), QString("admin"));
        QCOMPARE(login["ip_address"].toString(), QString("127.0.0.1"));
        QCOMPARE(login["method"].toString(), QString("POST"));
        QCOMPARE(login["path"].toString(), QString("/api/auth/login"));
        QVERIFY(!login["request_id"].toString().isEmpty());
        QCOMPARE(login["hash"].toString().size(), 64);
    }

    void personalFieldsAreSealedInTheDatabase()
    {
        const auto created = client().post("/api/enterprise/admin/users",
                                           {{"email", "sealed.person@audit-co.example"},
                                            {"name", "Sealed Person"},
                                            {"role", "user"},
                                            {"password", "a long enough password"}},
                                           bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        const auto entry =
            firstWith(auditEntries(client(), tenant.accessToken, "action=user.create"), "user.create");
        QCOMPARE(entry["subject"].toObject()["email"].toString(), QString("sealed.person@audit-co.example"));
        QCOMPARE(entry["subject"].toObject()["name"].toString(), QString("Sealed Person"));
        QCOMPARE(entry["ip_address"].toString(), QString("127.0.0.1"));
        pqxx::work tx(*owner);
        const auto rows = tx.exec_params(
            "SELECT count(*) FILTER (WHERE a::text ILIKE '%sealed.person%' OR a::text ILIKE '%Sealed "
            "Person%' "
            "OR a::text LIKE '%' || encode(convert_to('sealed.person', 'UTF8'), 'hex') || '%'), "
            "count(*) FILTER (WHERE a.ip_address IS NOT NULL) FROM audit_log a WHERE a.tenant_id = $1 "
            "AND a.action = 'user.create'",
            tenant.id.toStdString());
        QCOMPARE(rows[0][0].as<int>(), 0);
        QCOMPARE(rows[0][1].as<int>(), 0);
    }

    void refusedChangeLeavesNoEntryButTheDenialIsRecorded()
    {
        const auto before =
            countOf(auditEntries(client(), tenant.accessToken, "action=user.create"), "user.create");
        const auto duplicate = client().post("/api/enterprise/admin/users", {{"email", tenant.adminEmail}},
                                             bearer(tenant.accessToken));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(countOf(auditEntries(client(), tenant.accessToken, "action=user.create"), "user.create"),
                 before);

        const auto plain = createUserAndLogin(client(), tenant, "plain@audit-co.example", "user");
        QCOMPARE(client()
                     .post("/api/enterprise/admin/users", {{"email", "x@audit-co.example"}},
                           bearer(plain.accessToken))
                     .status,
                 403);
        QVERIFY(waitUntil([&] {
            for (const auto& entry : auditEntries(client(), tenant.accessToken, "action=access.denied")) {
                const auto object = entry.toObject();
                if (object["actor"].toObject()["user_id"].toString() == plain.userId &&
                    object["metadata"].toObject()["reason"].toString() == "forbidden" &&
                    object["metadata"].toObject()["route"].toString() == "/api/enterprise/admin/users" &&
                    !object["success"].toBool()) {
                    return true;
                }
            }
            return false;
        }));
        QCOMPARE(countOf(auditEntries(client(), tenant.accessToken, "action=user.create"), "user.create"),
                 before + 1);
    }

    void failedSignInsAreRecordedWithoutTheTypedEmail()
    {
        QCOMPARE(login(client(), tenant.slug, tenant.adminEmail, "not-the-password").response.status, 401);
        QCOMPARE(login(client(), tenant.slug, "nobody-typed-this@elsewhere.example", "whatever-password")
                     .response.status,
                 401);
        const auto failures = auditEntries(client(), tenant.accessToken, "action=auth.login&success=false");
        QSet<QString> reasons;
        for (const auto& entry : failures) {
            const auto object = entry.toObject();
            const auto reason = object["metadata"].toObject()["reason"].toString();
            reasons.insert(reason);
            if (reason == "wrong_password") {
                QCOMPARE(object["subject"].toObject()["user_id"].toString(), tenant.adminId);
                QCOMPARE(object["ip_address"].toString(), QString("127.0.0.1"));
            }
            if (reason == "unknown_account") {
                QVERIFY(object["subject"].isNull());
            }
            QCOMPARE(object["error_detail"].toString(),
                     QString("The tenant, email or password is not right."));
        }
        QVERIFY(reasons.contains("wrong_password"));
        QVERIFY(reasons.contains("unknown_account"));
        pqxx::work tx(*owner);
        QCOMPARE(tx.exec("SELECT count(*) FROM audit_log a WHERE a::text ILIKE '%nobody-typed-this%'")[0][0]
                     .as<int>(),
                 0);
    }

    void refreshRotationAndReuseAreRecorded()
    {
        const auto signIn = login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", signIn.refreshToken}}).status, 200);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", signIn.refreshToken}}).status, 401);
        const auto rotated =
            firstWith(auditEntries(client(), tenant.accessToken, "action=auth.refresh"), "auth.refresh");
        QVERIFY(rotated["success"].toBool());
        QCOMPARE(rotated["actor"].toObject()["user_id"].toString(), tenant.adminId);
        const auto reuse = firstWith(auditEntries(client(), tenant.accessToken, "action=auth.refresh_reuse"),
                                     "auth.refresh_reuse");
        QVERIFY(!reuse["success"].toBool());
        QCOMPARE(reuse["subject"].toObject()["user_id"].toString(), tenant.adminId);
        QCOMPARE(reuse["resource"].toObject()["id"].toString(),
                 rotated["resource"].toObject()["id"].toString());
    }

    void apiKeyLifecycleIsRecorded()
    {
        const auto key = createApiKey(client(), tenant.accessToken,
                                      {{"name", "lifecycle key"}, {"scopes", QJsonArray{"read", "write"}}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(client()
                     .request("POST", path("/api/enterprise/api-keys", key.id) + "/rotate", {},
                              bearer(tenant.accessToken))
                     .status,
                 200);
        QCOMPARE(client().del(path("/api/enterprise/api-keys", key.id), bearer(tenant.accessToken)).status,
                 204);
        const auto entries = auditEntries(client(), tenant.accessToken, "q=" + key.id.toStdString());
        for (const auto* action : {"api_key.create", "api_key.rotate", "api_key.revoke"}) {
            const auto entry = firstWith(entries, action);
            QVERIFY2(!entry.isEmpty(), action);
            QCOMPARE(entry["resource"].toObject()["id"].toString(), key.id);
            QCOMPARE(entry["subject"].toObject()["key_name"].toString(), QString("lifecycle key"));
            QVERIFY(entry["metadata"].toObject()["prefix"].toString().startsWith("aih_live_"));
        }
        QCOMPARE(firstWith(entries, "api_key.create")["metadata"].toObject()["scopes"].toArray(),
                 (QJsonArray{"read", "write"}));
        QVERIFY(!QString(QJsonDocument(entries).toJson()).contains(key.key.mid(21)));
    }

    void userAndTenantChangesAreRecordedWithoutFreeText()
    {
        const auto user = createUserAndLogin(client(), tenant, "changes@audit-co.example", "user");
        const auto target = path("/api/enterprise/admin/users", user.userId);
        QCOMPARE(client().patch(target, {{"role", "manager"}}, bearer(tenant.accessToken)).status, 200);
        QCOMPARE(client().del(target, bearer(tenant.accessToken)).status, 204);
        const auto entries = auditEntries(client(), tenant.accessToken, "q=" + user.userId.toStdString());
        const auto update = firstWith(entries, "user.update");
        QCOMPARE(update["metadata"].toObject()["role_from"].toString(), QString("user"));
        QCOMPARE(update["metadata"].toObject()["role_to"].toString(), QString("manager"));
        QCOMPARE(firstWith(entries, "user.deactivate")["metadata"].toObject()["active_to"].toBool(), false);

        QCOMPARE(client()
                     .patch(path("/api/enterprise/tenants", tenant.id), {{"name", "Confidential Holdings"}},
                            bearer(tenant.accessToken))
                     .status,
                 200);
        const auto renamed =
            firstWith(auditEntries(client(), tenant.accessToken, "action=tenant.update"), "tenant.update");
        QCOMPARE(renamed["metadata"].toObject()["fields"].toArray(), QJsonArray{"name"});
        pqxx::work tx(*owner);
        QCOMPARE(
            tx.exec("SELECT count(*) FROM audit_log a WHERE a::text LIKE '%Confidential%'")[0][0].as<int>(),
            0);
    }

    void apiKeyDenialsAreRecordedAndFloodsAggregated()
    {
        const auto readOnly =
            createApiKey(client(), tenant.accessToken,
                         {{"name", "read only"}, {"scopes", QJsonArray{"read"}}, {"rate_limit", 30}});
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(readOnly.key)).status, 403);
        for (int i = 0; i < 40; ++i) {
            client().get("/api/gurus", apiKey(readOnly.key));
        }
        const auto revoked = createApiKey(client(), tenant.accessToken, {{"name", "revoked"}});
        QCOMPARE(
            client().del(path("/api/enterprise/api-keys", revoked.id), bearer(tenant.accessToken)).status,
            204);
        QVERIFY(waitUntil([&] { return client().get("/api/gurus", apiKey(revoked.key)).status == 401; }));

        const auto countsFor = [&](const QString& keyId) {
            std::map<QString, long long> counts;
            for (const auto& entry : auditEntries(client(), tenant.accessToken, "action=api_key.denied")) {
                const auto object = entry.toObject();
                if (object["actor"].toObject()["api_key_id"].toString() == keyId) {
                    const auto metadata = object["metadata"].toObject();
                    counts[metadata["reason"].toString()] += metadata["count"].toInteger();
                }
            }
            return counts;
        };
        QVERIFY(waitUntil([&] {
            auto readOnlyCounts = countsFor(readOnly.id);
            return readOnlyCounts["scope"] == 1 && readOnlyCounts["rate_limit"] == 10 &&
                   countsFor(revoked.id)["authentication"] >= 1;
        }));
        // Ten refusals in a burst are a few entries with counts, not ten entries.
        int rateLimitEntries = 0;
        for (const auto& entry : auditEntries(client(), tenant.accessToken, "action=api_key.denied")) {
            rateLimitEntries +=
                entry.toObject()["metadata"].toObject()["reason"].toString() == "rate_limit" ? 1 : 0;
        }
        QVERIFY(rateLimitEntries < 10);
    }

    void concurrentAppendsNeverForkTheChain()
    {
        const auto crowd = createTenant(client(), "audit-crowd");
        std::vector<std::thread> threads;
        for (int t = 0; t < 12; ++t) {
            threads.emplace_back([&, t] {
                HttpClient mine(client().port());
                for (int i = 0; i < 4; ++i) {
                    // The hashing gate answers a burst past its queue with 503 and Retry-After,
                    // and a client tries again, as these do.
                    const auto email = QString("ghost-%1-%2@audit-crowd.example").arg(t).arg(i);
                    while (login(mine, crowd.slug, email, "wrong-password").response.status == 503) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(200));
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(crowd.accessToken));
        QCOMPARE(verified.status, 200);
        QVERIFY2(verified.json()["valid"].toBool(), verified.body.constData());
        QCOMPARE(verified.json()["first_seq"].toInt(), 1);
        QCOMPARE(verified.json()["last_seq"].toInt(), verified.json()["entries_checked"].toInt());
        QCOMPARE(countOf(auditEntries(client(), crowd.accessToken, "action=auth.login&success=false"),
                         "auth.login"),
                 48);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> owner;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
