// SPDX-License-Identifier: Apache-2.0
// The audit trail at scale: ~1M entries in one tenant (plus another tenant's, for realism).
// Measures the streamed export's effect on server memory (RSS from /proc/<pid>/status), the
// latency and query plans of the list endpoint's queries, and chain verification throughput.
// AIH_BENCH_ROWS overrides the row count.
#include "ApiHelpers.h"
#include "AuditChainSql.h"
#include "LiveServer.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QtTest>
#include <atomic>
#include <pqxx/pqxx>
#include <thread>

using namespace aih::test;

namespace {

long long rowsToSeed()
{
    const auto text = qEnvironmentVariable("AIH_BENCH_ROWS");
    return text.isEmpty() ? 1'000'000 : text.toLongLong();
}

/// VmRSS or VmHWM of a process, in KiB.
long long memoryKiB(qint64 pid, const char* field)
{
    QFile status(QString("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const auto& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(static_cast<qsizetype>(std::strlen(field)) + 1)
                .trimmed()
                .split(' ')
                .first()
                .toLongLong();
        }
    }
    return -1;
}

// Synthetic entries shaped like real ones: ten actions, fifty actors, one in twenty failing,
// spread evenly over the 30 days before now. Hashes are not a valid chain (see verify below).
constexpr const char* seedSql = R"sql(
INSERT INTO audit_log (tenant_id, seq, id, occurred_at, action, actor_type, actor_id, actor_role, subject_id,
                       resource_type, resource_id, ip_address, user_agent, method, path, request_id, success,
                       error_detail, metadata, prev_hash, hash)
SELECT $1::uuid, g, gen_random_uuid(),
       now() - interval '30 days' + g * (interval '30 days' / $2::bigint),
       (ARRAY['auth.login', 'auth.refresh', 'user.create', 'user.update', 'api_key.create', 'api_key.rotate',
              'api_key.revoke', 'api_key.denied', 'tenant.update', 'gdpr.export'])[1 + g % 10],
       'user', ('00000000-0000-4000-8000-' || lpad((g % 50)::text, 12, '0'))::uuid, 'admin',
       ('00000000-0000-4000-9000-' || lpad((g % 500)::text, 12, '0'))::uuid, 'user', g::text,
       '10.0.' || (g % 256) || '.' || (g % 200), 'bench-agent/1.0', 'POST', '/api/enterprise/admin/users',
       md5(g::text), g % 20 <> 0, CASE WHEN g % 20 = 0 THEN 'refused' END,
       json_build_object('n', g, 'role', 'user'), sha256(int8send(g - 1)), sha256(int8send(g))
FROM generate_series(1, $2::bigint) g
)sql";

struct Export
{
    long long bytes = 0;
    long long lines = 0;
    long long peakRssKiB = 0;
    double seconds = 0;
};

} // namespace

class AuditBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "bench-co", "enterprise");
        owner = std::make_unique<pqxx::connection>(live->database.url());
        const auto rows = rowsToSeed();
        QElapsedTimer timer;
        timer.start();
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL session_replication_role = replica");
        // The two real entries (creation, sign-in) move after the seeded ones, keeping time order.
        tx.exec_params("UPDATE audit_log SET seq = seq + $2 WHERE tenant_id = $1", tenant.id.toStdString(),
                       rows);
        tx.exec_params(seedSql, tenant.id.toStdString(), rows);
        const auto other = createTenantRow(tx, "bench-other");
        tx.exec_params(seedSql, other, rows / 5);
        tx.commit();
        pqxx::nontransaction(*owner).exec("VACUUM ANALYZE audit_log");
        qInfo("seeded %lld + %lld entries in %.1f s", rows, rows / 5,
              static_cast<double>(timer.elapsed()) / 1000);
    }

    void exportMemoryDoesNotGrowWithRows()
    {
        const auto pid = live->server->process().processId();
        const auto rows = rowsToSeed();
        const auto idle = memoryKiB(pid, "VmRSS");
        // A tenth of the entries (the last three days), then all of them.
        const auto small = streamExport(pid, "&from=" + threeDaysAgo());
        const auto full = streamExport(pid, "");
        const auto after = memoryKiB(pid, "VmRSS");
        qInfo("server RSS idle %lld KiB; export of %lld lines: peak %lld KiB; export of %lld lines (%.0f MB, "
              "%.1f s, "
              "%.0f rows/s): peak %lld KiB; after %lld KiB; high-water mark %lld KiB",
              idle, small.lines, small.peakRssKiB, full.lines, static_cast<double>(full.bytes) / 1e6,
              full.seconds, static_cast<double>(full.lines) / full.seconds, full.peakRssKiB, after,
              memoryKiB(pid, "VmHWM"));
        QVERIFY(full.lines >= rows + 3); // header, seeded entries, the two real ones, the exports' own
        QVERIFY(small.lines < full.lines / 5);
        // Hundreds of megabytes went through; the server's memory stayed within a small constant,
        // and the full export peaked about where the one ten times smaller did.
        QVERIFY2(full.peakRssKiB - idle < 64 * 1024, "export memory grew with the row count");
        QVERIFY(full.peakRssKiB - small.peakRssKiB < 32 * 1024);
    }

    void listQueriesStayFastAndUseIndexes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("newest page") << "";
        QTest::newRow("one action") << "action=gdpr.export";
        QTest::newRow("one actor") << "user_id=00000000-0000-4000-8000-000000000007";
        QTest::newRow("failures") << "success=false";
        QTest::newRow("one day") << "from=" + QString::fromStdString(daysAgo(10)) +
                                        "&to=" + QString::fromStdString(daysAgo(9));
        QTest::newRow("free text, a tenth of all rows") << "q=gdpr.exp";
        QTest::newRow("free text, one row") << "q=" + QString("c4ca4238a0b923820dcc509a6f75849b");
    }

    void listQueriesStayFastAndUseIndexes()
    {
        QFETCH(QString, filter);
        const auto target = "/api/enterprise/audit-logs?limit=50&" + filter.toStdString();
        client().get(target, bearer(tenant.accessToken)); // warm the plan and the cache
        QElapsedTimer timer;
        timer.start();
        constexpr int runs = 5;
        for (int i = 0; i < runs; ++i) {
            QCOMPARE(client().get(target, bearer(tenant.accessToken)).status, 200);
        }
        qInfo("GET %s: %.1f ms per request", target.c_str(), static_cast<double>(timer.elapsed()) / runs);
    }

    void mainQueryPlan()
    {
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", tenant.id.toStdString());
        // The list query as AuditQueryStore::page runs it, with the filter values in place.
        for (const auto& [name, where] : std::vector<std::pair<std::string, std::string>>{
                 {"newest page", "true"},
                 {"one action", "a.action = 'gdpr.export'"},
                 {"one actor", "a.actor_id = '00000000-0000-4000-8000-000000000007'"},
                 {"failures", "a.success = false"},
                 {"one day",
                  "a.occurred_at >= '" + daysAgo(10) + "' AND a.occurred_at < '" + daysAgo(9) + "'"},
                 {"free text, a tenth of all rows",
                  "a.seq IN (SELECT s.seq FROM aih_audit_search('%gdpr.exp%') s)"},
                 {"free text, one row",
                  "a.seq IN (SELECT s.seq FROM aih_audit_search('%c4ca4238a0b923820dcc509a6f75849b%') s)"}}) {
            const auto plan = tx.exec("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT a.*, ak.wrapped_key, "
                                      "sk.wrapped_key FROM audit_log a "
                                      "LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND "
                                      "ak.subject_id = a.actor_id "
                                      "LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND "
                                      "sk.subject_id = a.subject_id "
                                      "WHERE a.tenant_id = aih_current_tenant() AND " +
                                      where + " ORDER BY a.occurred_at DESC, a.seq DESC LIMIT 51");
            std::string text;
            for (const auto& line : plan) {
                text += "  " + line[0].as<std::string>() + "\n";
            }
            qInfo("EXPLAIN ANALYZE (%s):\n%s", name.c_str(), text.c_str());
        }
    }

    void verifyThroughput()
    {
        // A valid chain of its own, written by the SQL implementation of the documented hash.
        const long long rows = std::max(1000LL, rowsToSeed() / 10);
        const auto chained = createTenant(client(), "bench-chain", "enterprise");
        QElapsedTimer timer;
        timer.start();
        pqxx::nontransaction(*owner).exec(auditChainSql);
        {
            pqxx::work tx(*owner);
            tx.exec("SET LOCAL session_replication_role = replica");
            tx.exec_params("UPDATE audit_log SET seq = seq + $2 WHERE tenant_id = $1",
                           chained.id.toStdString(), rows);
            tx.exec_params(seedSql, chained.id.toStdString(), rows);
            tx.exec_params("SELECT pg_temp.aih_rehash($1)", chained.id.toStdString());
            tx.commit();
        }
        qInfo("chained %lld entries in %.1f s", rows, static_cast<double>(timer.elapsed()) / 1000);
        timer.restart();
        const auto response = client().get("/api/enterprise/audit-logs/verify", bearer(chained.accessToken));
        const auto seconds = static_cast<double>(timer.elapsed()) / 1000;
        QVERIFY2(response.json()["valid"].toBool(), response.body.constData());
        qInfo("verify: %d entries in %.2f s (%.0f entries/s)", response.json()["entries_checked"].toInt(),
              seconds, response.json()["entries_checked"].toDouble() / seconds);
    }

private:
    HttpClient& client() { return *live->client; }

    static std::string daysAgo(int days)
    {
        return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate).toStdString();
    }
    static std::string threeDaysAgo() { return daysAgo(3); }

    static std::string createTenantRow(pqxx::work& tx, const std::string& slug)
    {
        return tx.exec_params("INSERT INTO tenants (name, slug) VALUES ($1, $1) RETURNING id", slug)[0][0]
            .as<std::string>();
    }

    /// Streams a CSV export, reading it in 64 KiB pieces while sampling the server's RSS.
    Export streamExport(qint64 pid, const std::string& query)
    {
        Export result;
        std::atomic<bool> done{false};
        std::atomic<long long> peak{memoryKiB(pid, "VmRSS")};
        std::thread sampler([&] {
            while (!done) {
                peak = std::max(peak.load(), memoryKiB(pid, "VmRSS"));
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        QElapsedTimer timer;
        timer.start();
        Poco::Net::HTTPClientSession session("127.0.0.1", client().port());
        session.setTimeout(Poco::Timespan(600, 0));
        Poco::Net::HTTPRequest request("GET", "/api/enterprise/audit-logs/export?format=csv" + query,
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Authorization", "Bearer " + tenant.accessToken.toStdString());
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        auto& body = session.receiveResponse(response);
        std::vector<char> buffer(64 * 1024);
        while (body.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || body.gcount() > 0) {
            const auto got = body.gcount();
            result.bytes += got;
            result.lines += std::count(buffer.begin(), buffer.begin() + got, '\n');
        }
        result.seconds = static_cast<double>(timer.elapsed()) / 1000;
        done = true;
        sampler.join();
        result.peakRssKiB = peak;
        return result;
    }

    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> owner;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(AuditBench)
#include "AuditBench.moc"
