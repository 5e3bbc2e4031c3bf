// SPDX-License-Identifier: Apache-2.0
// Reading the audit trail: filters, cursor pages, who may read, other tenants, the report.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <set>

using namespace aih::test;

class TestAuditQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_AUDIT_FLUSH_MS", "100"}});
        tenant = createTenant(client(), "query-co", "basic");
        for (const auto* email : {"one@query-co.example", "two@query-co.example"}) {
            client().post("/api/enterprise/admin/users", {{"email", email}}, bearer(tenant.accessToken));
        }
        login(client(), tenant.slug, tenant.adminEmail, "not-the-password");
        client().patch(path("/api/enterprise/tenants", tenant.id), {{"name", "Query Co"}},
                       bearer(tenant.accessToken));
        const auto readOnly =
            createApiKey(client(), tenant.accessToken, {{"name", "reader"}, {"scopes", QJsonArray{"read"}}});
        client().get("/api/enterprise/admin/users", apiKey(readOnly.key));
        QVERIFY(waitUntil(
            [&] { return !auditEntries(client(), tenant.accessToken, "action=api_key.denied").isEmpty(); }));
    }

    void filtersNarrowTheList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("action") << "action=auth.login"
                                << "action"
                                << "auth.login";
        QTest::newRow("failures") << "success=false"
                                  << "success"
                                  << "false";
        QTest::newRow("successes") << "success=true"
                                   << "success"
                                   << "true";
        QTest::newRow("free text") << "q=tenants"
                                   << "path"
                                   << "/api/enterprise/tenants";
    }

    void filtersNarrowTheList()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const auto entries = auditEntries(client(), tenant.accessToken, query.toStdString());
        QVERIFY(!entries.isEmpty());
        for (const auto& entry : entries) {
            const auto value = entry.toObject().value(field);
            const auto text = value.isBool() ? QString(value.toBool() ? "true" : "false") : value.toString();
            if (field == "path") {
                QVERIFY2(QJsonDocument(entry.toObject()).toJson().contains("tenants"), qPrintable(text));
            } else {
                QCOMPARE(text, expected);
            }
        }
    }

    void userAndTimeFiltersNarrowTheList()
    {
        for (const auto& entry :
             auditEntries(client(), tenant.accessToken, "user_id=" + tenant.adminId.toStdString())) {
            QCOMPARE(entry.toObject()["actor"].toObject()["user_id"].toString(), tenant.adminId);
        }
        const auto all = auditEntries(client(), tenant.accessToken);
        QVERIFY(all.size() > 4);
        const auto middle = all[all.size() / 2].toObject()["occurred_at"].toString();
        const auto later = auditEntries(client(), tenant.accessToken, "from=" + middle.toStdString());
        const auto earlier = auditEntries(client(), tenant.accessToken, "to=" + middle.toStdString());
        QVERIFY(!later.isEmpty() && !earlier.isEmpty());
        QCOMPARE(later.size() + earlier.size(), all.size());
        for (const auto& entry : later) {
            QVERIFY(entry.toObject()["occurred_at"].toString() >= middle);
        }
        for (const auto& entry : earlier) {
            QVERIFY(entry.toObject()["occurred_at"].toString() < middle);
        }
    }

    void cursorPagesThroughNewestFirstWithoutRepeats()
    {
        const auto all = auditEntries(client(), tenant.accessToken);
        std::vector<qint64> seqs;
        std::string next = "/api/enterprise/audit-logs?limit=3";
        while (true) {
            const auto page = client().get(next, bearer(tenant.accessToken));
            QCOMPARE(page.status, 200);
            for (const auto& entry : page.json()["data"].toArray()) {
                seqs.push_back(entry.toObject()["seq"].toInteger());
            }
            if (page.json()["next_cursor"].isNull()) {
                break;
            }
            next = "/api/enterprise/audit-logs?limit=3&cursor=" +
                   page.json()["next_cursor"].toString().toStdString();
        }
        QVERIFY(static_cast<qsizetype>(seqs.size()) >= all.size());
        QVERIFY(std::is_sorted(seqs.rbegin(), seqs.rend()));
        QCOMPARE(std::set<qint64>(seqs.begin(), seqs.end()).size(), seqs.size());
    }

    void invalidQueriesAreRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("bad from") << "from=yesterday" << 422;
        QTest::newRow("to before from") << "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z" << 422;
        QTest::newRow("bad action") << "action=User%20Create" << 422;
        QTest::newRow("bad user id") << "user_id=42" << 422;
        QTest::newRow("bad success") << "success=yes" << 422;
        QTest::newRow("short search") << "q=ab" << 422;
        QTest::newRow("long search") << "q=" + QString(201, 'x') << 422;
        QTest::newRow("bad cursor") << "cursor=abc" << 422;
        QTest::newRow("bad limit") << "limit=0" << 422;
    }

    void invalidQueriesAreRejected()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const auto response =
            client().get("/api/enterprise/audit-logs?" + query.toStdString(), bearer(tenant.accessToken));
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Content-Type"), QString("application/problem+json"));
    }

    void searchTreatsWildcardsLiterally()
    {
        QVERIFY(auditEntries(client(), tenant.accessToken, "q=%25%25%25").isEmpty());
        QVERIFY(auditEntries(client(), tenant.accessToken, "q=___").isEmpty());
    }

    void onlyAdminsAndManagersReadTheTrail()
    {
        const auto user = createUserAndLogin(client(), tenant, "reader@audit-co.example", "user");
        const auto manager = createUserAndLogin(client(), tenant, "boss@audit-co.example", "manager");
        QCOMPARE(client().get("/api/enterprise/audit-logs", bearer(user.accessToken)).status, 403);
        QCOMPARE(client().get("/api/enterprise/audit-logs/report", bearer(user.accessToken)).status, 403);
        QCOMPARE(client().get("/api/enterprise/audit-logs", bearer(manager.accessToken)).status, 200);
        QCOMPARE(client().get("/api/enterprise/audit-logs/report", bearer(manager.accessToken)).status, 200);
        QCOMPARE(client().get("/api/enterprise/audit-logs/checkpoints", bearer(manager.accessToken)).status,
                 200);
        QCOMPARE(client().get("/api/enterprise/audit-logs/export", bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().get("/api/enterprise/audit-logs/verify", bearer(manager.accessToken)).status, 403);
        QCOMPARE(
            client().post("/api/enterprise/audit-logs/checkpoints", {}, bearer(manager.accessToken)).status,
            403);
        QCOMPARE(client().get("/api/enterprise/audit-logs").status, 401);
        const auto adminKey = createApiKey(client(), tenant.accessToken,
                                           {{"name", "siem"}, {"scopes", QJsonArray{"read", "admin"}}});
        QCOMPARE(client().get("/api/enterprise/audit-logs/verify", apiKey(adminKey.key)).status, 200);
        const auto readKey =
            createApiKey(client(), tenant.accessToken, {{"name", "reader"}, {"scopes", QJsonArray{"read"}}});
        QCOMPARE(client().get("/api/enterprise/audit-logs", apiKey(readKey.key)).status, 403);
    }

    void anotherTenantsTrailIsInvisible()
    {
        const auto other = createTenant(client(), "audit-other");
        std::set<QString> ours;
        for (const auto& entry : auditEntries(client(), tenant.accessToken)) {
            ours.insert(entry.toObject()["id"].toString());
        }
        const auto theirs = auditEntries(client(), other.accessToken);
        QVERIFY(!theirs.isEmpty());
        for (const auto& entry : theirs) {
            QVERIFY(!ours.contains(entry.toObject()["id"].toString()));
            QVERIFY(entry.toObject()["actor"].toObject()["user_id"].toString() != tenant.adminId);
        }
        QVERIFY(
            auditEntries(client(), other.accessToken, "user_id=" + tenant.adminId.toStdString()).isEmpty());
        auto headers = bearer(tenant.accessToken);
        headers.emplace_back("X-Tenant-ID", other.id.toStdString());
        QCOMPARE(client().get("/api/enterprise/audit-logs", headers).status, 403);
        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(other.accessToken));
        QCOMPARE(verified.json()["entries_checked"].toInt(), static_cast<int>(theirs.size()));
    }

    void reportSummarisesThePeriod()
    {
        const auto response = client().get("/api/enterprise/audit-logs/report", bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        const auto report = response.json();
        QVERIFY(report["total"].toInt() >= 8);
        QVERIFY(report["failures"].toInt() >= 2);
        QCOMPARE(report["sign_ins"].toObject()["failed"].toInt(), 1);
        QCOMPARE(report["sign_ins"].toObject()["accounts_targeted"].toInt(), 1);
        QStringList keyActions;
        for (const auto& row : report["key_events"].toArray()) {
            keyActions << row.toObject()["action"].toString();
        }
        QVERIFY(keyActions.contains("api_key.create") && keyActions.contains("api_key.denied"));
        bool adminCreatedUsers = false;
        for (const auto& row : report["admin_actions"].toArray()) {
            adminCreatedUsers |= row.toObject()["user_id"].toString() == tenant.adminId &&
                                 row.toObject()["action"].toString() == "user.create";
        }
        QVERIFY(adminCreatedUsers);
        QVERIFY(report["chain"].toObject()["head_seq"].toInt() >= report["total"].toInt());
        const auto empty = client().get(
            "/api/enterprise/audit-logs/report?from=2001-01-01T00:00:00Z&to=2001-02-01T00:00:00Z",
            bearer(tenant.accessToken));
        QCOMPARE(empty.json()["total"].toInt(), 0);
        QCOMPARE(
            client().get("/api/enterprise/audit-logs/report?from=soon", bearer(tenant.accessToken)).status,
            422);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "TestAuditQuery.moc"
