// SPDX-License-Identifier: Apache-2.0
// Streamed exports cannot starve the server: no pooled connection is held while a reader is
// slow, a budget of exports per instance and per tenant answers 503 past it, and a deadline and
// a stall limit end exports that would never finish. Entries come exactly once across batches.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "MetricsScrape.h"
#include "SlowReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace aih::test;
using namespace std::chrono_literals;

namespace {

const std::string exportPath = "/api/enterprise/audit-logs/export?format=csv";

/// Appends `count` entries after the tenant's head, as the owner (no chain lock, no valid hash:
/// the export does not check the chain). About 1.2 kB of CSV each: 6,000 are more than the
/// kernels on both ends of a slow reader's connection hold (the sender's buffer grows to 4 MB). `actorId`,
/// when given, is the actor of every one.
void seedEntries(const std::string& databaseUrl, const QString& tenantId, int count,
                 const QString& actorId = {})
{
    const auto actor = actorId.isEmpty() ? QString("NULL") : "'" + actorId + "'::uuid";
    query(databaseUrl, QString(R"sql(
INSERT INTO audit_log (tenant_id, seq, id, occurred_at, action, actor_type, actor_id, actor_role, resource_type,
                       resource_id, ip_address, user_agent, method, path, request_id, success, metadata,
                       prev_hash, hash)
SELECT '%1'::uuid, h.seq + g, gen_random_uuid(), h.at + g * interval '1 microsecond', 'seed.entry', 'user',
       %3, 'admin', 'seed', g::text, '10.0.0.1', 'seed-agent/1.0 ' || repeat('x', 900), 'PATCH',
       '/api/seed', md5(g::text), true, json_build_object('n', g), sha256(int8send(g - 1)), sha256(int8send(g))
  FROM (SELECT max(seq) AS seq, max(occurred_at) AS at FROM audit_log WHERE tenant_id = '%1') h,
       generate_series(1, %2) g
)sql")
                           .arg(tenantId)
                           .arg(count)
                           .arg(actor)
                           .toStdString());
}

} // namespace

class TestExportBudget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Two pooled connections and room for four exports: more slow readers than connections.
        busy = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_DB_POOL_SIZE", "2"},
                                                                       {"AIH_MAX_CONCURRENT_EXPORTS", "4"},
                                                                       {"AIH_MAX_EXPORTS_PER_TENANT", "2"}});
        first = createTenant(*busy->client, "slow-one", "enterprise");
        second = createTenant(*busy->client, "slow-two", "enterprise");
        normal = createTenant(*busy->client, "normal-co", "enterprise");
        seedEntries(busy->database.url(), first.id, 6000);
        seedEntries(busy->database.url(), second.id, 6000);
    }

    void slowReadersLeaveThePoolToOtherTenants()
    {
        auto readers = attach({&first, &first, &second, &second});
        for (auto& reader : readers) {
            QCOMPARE(reader->status(), 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_exports_active"), 4.0, 10000);
        // Four exports waiting on their readers hold none of the two connections...
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_db_pool_connections{state=\"in_use\"}"), 0.0, 10000);
        // ...so another tenant's requests, each a transaction, answer at once.
        QElapsedTimer slowest;
        qint64 worstMs = 0;
        for (int i = 0; i < 20; ++i) {
            slowest.start();
            const auto users = busy->client->get("/api/enterprise/admin/users", bearer(normal.accessToken));
            QCOMPARE(users.status, 200);
            worstMs = std::max(worstMs, slowest.elapsed());
        }
        QVERIFY2(worstMs < 2000, qPrintable(QString("slowest request took %1 ms").arg(worstMs)));
        QCOMPARE(metric("aih_exports_active"), 4.0);
    }

    void exportsPastTheBudgetGet503BeforeAnythingIsRead()
    {
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_exports_active"), 0.0, 10000); // the last test's readers left
        auto readers = attach({&first, &first, &second});
        const auto refusedTenant = metric("aih_exports_refused_total{scope=\"tenant\"}");
        const auto refusedInstance = metric("aih_exports_refused_total{scope=\"instance\"}");
        const auto exportsBefore =
            scalar(busy->database.url(), "SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND "
                                         "tenant_id = '" +
                                             first.id.toStdString() + "'");

        // The first tenant has both of its places.
        const auto third = busy->client->get(exportPath, bearer(first.accessToken));
        QCOMPARE(third.status, 503);
        QCOMPARE(third.code(), QString("exports_busy"));
        QVERIFY(third.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY(third.header("Retry-After").toInt() > 0);
        QCOMPARE(metric("aih_exports_refused_total{scope=\"tenant\"}"), refusedTenant + 1);
        // Refused before the handler: nothing recorded, nothing read.
        QCOMPARE(
            scalar(busy->database.url(), "SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND "
                                         "tenant_id = '" +
                                             first.id.toStdString() + "'"),
            exportsBefore);

        // One more fills the instance; then a tenant with no export running is refused too.
        readers.push_back(
            std::make_unique<SlowReader>(busy->server->port(), exportPath, bearer(second.accessToken)));
        QCOMPARE(readers.back()->readHead(), 200);
        const auto full = busy->client->get(exportPath, bearer(normal.accessToken));
        QCOMPARE(full.status, 503);
        QCOMPARE(full.code(), QString("exports_busy"));
        QCOMPARE(metric("aih_exports_refused_total{scope=\"instance\"}"), refusedInstance + 1);
        const auto gdpr =
            busy->client->get("/api/enterprise/gdpr/users/" + normal.adminId.toStdString() + "/export",
                              bearer(normal.accessToken));
        QCOMPARE(gdpr.status, 503);

        // A reader that goes away gives its place back.
        readers.front()->close();
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_exports_active"), 3.0, 10000);
        const auto again = busy->client->get(exportPath, bearer(normal.accessToken));
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.startsWith("seq,id,occurred_at,action"));
    }

    void refusedExportGivesItsPlaceBackBeforeItsAnswer()
    {
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_exports_active"), 0.0, 10000);
        // One of the tenant's two places is taken; the other is all its bad requests may use.
        auto readers = attach({&first});
        // A refusal's place was once held until after its answer was sent, so the client's next
        // request could find it still taken and get a 503 instead of its own 422.
        int busyAnswers = 0;
        for (int i = 0; i < 300; ++i) {
            const auto refused =
                busy->client->get("/api/enterprise/audit-logs/export?format=xml", bearer(first.accessToken));
            QVERIFY2(refused.status == 422 || refused.status == 503, qPrintable(refused.body));
            busyAnswers += refused.status == 503 ? 1 : 0;
        }
        QCOMPARE(busyAnswers, 0);
    }

    void stalledReaderIsCutOffAndItsPlaceComesBack()
    {
        auto& server = limitedServer();
        SlowReader reader(server.server->port(), exportPath, bearer(limited.accessToken));
        QCOMPARE(reader.readHead(), 200);
        QCOMPARE(server.client->get(exportPath, bearer(limited.accessToken)).status, 503);
        // Not before the stall limit...
        QTest::qWait(1000);
        QCOMPARE(metric(server, "aih_exports_active"), 1.0);
        // ...but soon after it.
        QTRY_COMPARE_WITH_TIMEOUT(metric(server, "aih_exports_cut_off_total{reason=\"stall\"}"), 1.0, 10000);
        QCOMPARE(metric(server, "aih_exports_active"), 0.0);
        const auto next = server.client->get(exportPath, bearer(limited.accessToken));
        QCOMPARE(next.status, 200);
        // What the stalled reader still finds in its buffers ends without the final chunk.
        reader.readToEnd();
        QVERIFY(!reader.rawBody().isEmpty());
        QVERIFY(!reader.complete());
        QVERIFY(reader.body().size() < next.body.size());
    }

    void exportPastItsDeadlineIsCutOffThoughItsReaderReads()
    {
        auto& server = limitedServer();
        QTRY_COMPARE_WITH_TIMEOUT(metric(server, "aih_exports_active"), 0.0, 10000);
        SlowReader reader(server.server->port(), exportPath, bearer(limited.accessToken));
        QCOMPARE(reader.readHead(), 200);
        const auto cutBefore = metric(server, "aih_exports_cut_off_total{reason=\"deadline\"}");
        QElapsedTimer elapsed;
        elapsed.start();
        // A steady trickle (about 20 KB/s): never a stall, but the export would take minutes.
        while (metric(server, "aih_exports_cut_off_total{reason=\"deadline\"}") == cutBefore &&
               elapsed.elapsed() < 15000) {
            for (int i = 0; i < 10; ++i) {
                reader.readSome(4096, 100ms);
                QTest::qWait(100);
            }
        }
        QCOMPARE(metric(server, "aih_exports_cut_off_total{reason=\"deadline\"}"), cutBefore + 1);
        QVERIFY2(elapsed.elapsed() >= 3000, qPrintable(QString::number(elapsed.elapsed())));
        reader.readToEnd();
        QVERIFY(!reader.complete());
        QCOMPARE(metric(server, "aih_exports_active"), 0.0);
    }

    void exportHasEveryEntryOnceWhileEntriesAreWritten()
    {
        QTRY_COMPARE_WITH_TIMEOUT(metric("aih_exports_active"), 0.0, 10000);
        const auto tenant = createTenant(*busy->client, "busy-writer", "enterprise");
        seedEntries(busy->database.url(), tenant.id, 1700); // four batches
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        std::thread writer([&] {
            HttpClient client(busy->server->port());
            for (int i = 0; !stop; ++i) {
                const auto patched =
                    client.patch("/api/enterprise/tenants/" + tenant.id.toStdString(),
                                 {{"name", QString("Writer %1").arg(i)}}, bearer(tenant.accessToken));
                written += patched.status == 200 ? 1 : 0;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(written > 0, 10000);
        // Read slowly, so that entries are written between the export's batches.
        SlowReader reader(busy->server->port(), exportPath, bearer(tenant.accessToken));
        QCOMPARE(reader.readHead(), 200);
        const int writtenAtStart = written;
        while (reader.readSome(16384, 2000ms) > 0) {
            QTest::qWait(20);
        }
        const int writtenAtEnd = written;
        stop = true;
        writer.join();
        QVERIFY(reader.complete());
        QVERIFY2(writtenAtEnd > writtenAtStart,
                 qPrintable(QString("no entry was written during the export (%1)").arg(writtenAtEnd)));

        auto lines = reader.body().split('\n');
        QVERIFY(lines.takeFirst().startsWith("seq,id,occurred_at,action"));
        QVERIFY(lines.takeLast().isEmpty());
        qint64 expected = 1;
        QByteArray lastAction;
        for (const auto& line : lines) {
            const auto fields = line.split(',');
            QCOMPARE(fields[0].toLongLong(), expected); // none missing, none twice, in order
            lastAction = fields[3];
            ++expected;
        }
        // It ends with the entry that records it; entries written meanwhile come after it.
        QCOMPARE(lastAction, QByteArray("audit.export"));
        QVERIFY(expected > 1700);
        QVERIFY(scalar(busy->database.url(), "SELECT max(seq) FROM audit_log WHERE tenant_id = '" +
                                                 tenant.id.toStdString() + "'") >= expected);
    }

    void gdprExportHasEveryEntryAcrossBatches()
    {
        const auto tenant = createTenant(*busy->client, "gdpr-batches", "enterprise");
        seedEntries(busy->database.url(), tenant.id, 1200, tenant.adminId);
        const auto about =
            scalar(busy->database.url(), "SELECT count(*) FROM audit_log WHERE tenant_id = '" +
                                             tenant.id.toStdString() + "' AND (actor_id = '" +
                                             tenant.adminId.toStdString() + "' OR subject_id = '" +
                                             tenant.adminId.toStdString() + "')");
        const auto path = "/api/enterprise/gdpr/users/" + tenant.adminId.toStdString() + "/export";
        const auto response = busy->client->get(path, bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QJsonParseError error;
        const auto document = QJsonDocument::fromJson(response.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document["user"].toObject()["id"].toString(), tenant.adminId);
        const auto entries = document["audit_entries"].toArray();
        QCOMPARE(entries.size(), about + 1); // and the entry that records this export
        qint64 previous = 0;
        for (const auto& entry : entries) {
            QVERIFY(entry.toObject()["seq"].toInteger() > previous);
            previous = entry.toObject()["seq"].toInteger();
        }
        QCOMPARE(entries.last().toObject()["action"].toString(), QString("gdpr.export"));

        // Other tenants' admins reach neither export, by their own token or by naming the tenant.
        QCOMPARE(busy->client->get(path, bearer(normal.accessToken)).status, 404);
        auto named = bearer(normal.accessToken);
        named.emplace_back("X-Tenant-ID", tenant.id.toStdString());
        QCOMPARE(busy->client->get(path, named).status, 403);
        const auto audit = busy->client->get(exportPath, named);
        QCOMPARE(audit.status, 403);
        QCOMPARE(audit.code(), QString("tenant_mismatch"));
    }

private:
    /// Readers of each tenant's export, attached: each has its answer's head, then reads nothing.
    std::vector<std::unique_ptr<SlowReader>> attach(const std::vector<const TenantFixture*>& tenants)
    {
        std::vector<std::unique_ptr<SlowReader>> readers;
        for (const auto* tenant : tenants) {
            readers.push_back(
                std::make_unique<SlowReader>(busy->server->port(), exportPath, bearer(tenant->accessToken)));
            readers.back()->readHead();
        }
        return readers;
    }

    /// One export per tenant, a 2 s stall limit and a 4 s deadline.
    LiveServer& limitedServer()
    {
        if (!limits) {
            limits = std::make_unique<LiveServer>(
                std::map<QString, QString>{{"AIH_MAX_EXPORTS_PER_TENANT", "1"},
                                           {"AIH_EXPORT_STALL_SECONDS", "2"},
                                           {"AIH_EXPORT_DEADLINE_SECONDS", "4"}});
            limited = createTenant(*limits->client, "limited-co", "enterprise");
            seedEntries(limits->database.url(), limited.id, 6000);
        }
        return *limits;
    }

    static double metric(LiveServer& server, const QString& series)
    {
        return valueOf(parseScrape(server.client->get("/metrics", operatorAuth()).body), series);
    }
    double metric(const QString& series) { return metric(*busy, series); }

    std::unique_ptr<LiveServer> busy;
    std::unique_ptr<LiveServer> limits;
    TenantFixture first;
    TenantFixture second;
    TenantFixture normal;
    TenantFixture limited;
};

QTEST_GUILESS_MAIN(TestExportBudget)
#include "TestExportBudget.moc"
