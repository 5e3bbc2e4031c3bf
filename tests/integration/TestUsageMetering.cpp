// SPDX-License-Identifier: Apache-2.0
// Usage is counted per key, tenant, status class and minute, without a write per request,
// and nothing is lost when the server stops gracefully.
#include "ApiHelpers.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

class TestUsageMetering : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchRequestsAfterFlushAndAfterSigterm()
    {
        TestDatabase database;
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_USAGE_FLUSH_MS"] = "3600000"; // only the shutdown flush writes anything
        ServerProcess server(env);
        QVERIFY2(server.start(), qPrintable(server.log()));
        HttpClient client(server.port());
        const auto tenant = createTenant(client, "meter-co", "basic");
        const auto key = createApiKey(client, tenant.accessToken, {{"name", "metered"}});
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(client.get("/api/gurus", apiKey(key.key)).status, 200);
        }
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client.get("/api/gurus/unknown-kind", apiKey(key.key)).status, 404);
        }
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(client.get("/api/meditations", bearer(tenant.accessToken)).status, 200);
        }
        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute"), 0);
        QCOMPARE(server.terminate(), 0);

        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute WHERE status_class = 2 AND "
                               "api_key_id = '" +
                                   key.id.toStdString() + "'"),
                 25);
        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute WHERE status_class = 4"), 5);
        // Session calls: the four meditations and the key's creation.
        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute WHERE api_key_id = "
                               "'00000000-0000-0000-0000-000000000000'"),
                 5);
        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_hour"), 35);
        QCOMPARE(sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_day"), 35);
        QCOMPARE(sum(database, "SELECT usage_count FROM api_keys WHERE id = '" + key.id.toStdString() + "'"),
                 30);
        QCOMPARE(sum(database,
                     "SELECT api_usage_count FROM users WHERE id = '" + tenant.adminId.toStdString() + "'"),
                 35);
    }

    void periodicFlushWritesWhileRunning()
    {
        TestDatabase database;
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_USAGE_FLUSH_MS"] = "100";
        ServerProcess server(env);
        QVERIFY2(server.start(), qPrintable(server.log()));
        HttpClient client(server.port());
        const auto tenant = createTenant(client, "flush-co", "basic");
        for (int i = 0; i < 12; ++i) {
            client.get("/api/meditations", bearer(tenant.accessToken));
        }
        QVERIFY(waitUntil(
            [&] { return sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute") == 12; }));
        for (int i = 0; i < 3; ++i) {
            client.get("/api/meditations", bearer(tenant.accessToken));
        }
        QVERIFY(waitUntil(
            [&] { return sum(database, "SELECT coalesce(sum(calls), 0) FROM usage_minute") == 15; }));
    }

private:
    static long long sum(const TestDatabase& database, const std::string& sql)
    {
        pqxx::connection connection(database.url());
        pqxx::work tx(connection);
        return tx.exec(sql)[0][0].as<long long>();
    }
};

QTEST_GUILESS_MAIN(TestUsageMetering)
#include "TestUsageMetering.moc"
