// SPDX-License-Identifier: Apache-2.0
// Admin analytics at scale: one tenant with 1,000 API keys, every key busy every minute of the
// 48 hours the minute rollup keeps and every hour and day of a year. Times every period over
// HTTP and prints the plans of the main queries. AIH_BENCH_KEYS and AIH_BENCH_DAYS shrink it.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>
#include <algorithm>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

long long setting(const char* name, long long fallback)
{
    const auto text = qEnvironmentVariable(name);
    return text.isEmpty() ? fallback : text.toLongLong();
}

// Synthetic traffic: 1 to 13 successful calls per key and bucket, client errors in a tenth of a
// key's buckets and server errors in one in 97, the way a fleet of integrations looks.
constexpr const char* keysSql = R"sql(
INSERT INTO api_keys (tenant_id, user_id, name, public_id, secret_hash, scopes, rate_limit)
SELECT $1::uuid, $2::uuid, 'bench-key-' || g, 'bench' || lpad(g::text, 7, '0'), 'x', ARRAY['read'], 1000
FROM generate_series(1, $3::int) g
)sql";
constexpr const char* rollupSql = R"sql(
INSERT INTO %1 (tenant_id, api_key_id, bucket, status_class, calls)
SELECT $1::uuid, k.id, to_timestamp(b * $4::bigint), c.cls, c.calls
FROM generate_series($2::bigint, $3::bigint) b
CROSS JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM api_keys WHERE tenant_id = $1::uuid) k
CROSS JOIN LATERAL (VALUES (2, 1 + (k.n * 7 + b) % 13), (4, CASE WHEN (k.n + b) % 10 = 0 THEN 2 ELSE 0 END),
                           (5, CASE WHEN (k.n + b) % 97 = 0 THEN 1 ELSE 0 END)) c(cls, calls)
WHERE c.calls > 0
)sql";

struct Timing
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

} // namespace

class AnalyticsBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "bench-co", "enterprise");
        owner = std::make_unique<pqxx::connection>(live->database.url());
        const auto keys = setting("AIH_BENCH_KEYS", 1000);
        const auto days = setting("AIH_BENCH_DAYS", 365);
        const auto now = QDateTime::currentSecsSinceEpoch();
        QElapsedTimer timer;
        timer.start();
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL session_replication_role = replica"); // no per-row foreign key checks
        tx.exec_params(keysSql, tenant.id.toStdString(), tenant.adminId.toStdString(), keys);
        // Minutes for the 48 hours the flush keeps them, hours and days for the whole span.
        const std::vector<std::tuple<std::string, long long, long long>> tables{
            {"usage_minute", 60, 48 * 60}, {"usage_hour", 3600, days * 24}, {"usage_day", 86400, days}};
        for (const auto& [table, size, buckets] : tables) {
            // Building the indexes once after loading beats maintaining them row by row.
            tx.exec("ALTER TABLE " + table + " DROP CONSTRAINT " + table + "_pkey");
            const auto last = now / size;
            tx.exec_params(QString(rollupSql).arg(QString::fromStdString(table)).toStdString(),
                           tenant.id.toStdString(), last - buckets + 1, last, size);
            // As migration 0006 defines them: hours and days carry calls in the key.
            tx.exec("ALTER TABLE " + table +
                    " ADD PRIMARY KEY (tenant_id, bucket, api_key_id, status_class)" +
                    (table == "usage_minute" ? "" : " INCLUDE (calls)"));
        }
        // The other rollups the flush writes, derived from those as the migration does.
        for (const std::string size : {"minute", "hour", "day"}) {
            tx.exec("INSERT INTO usage_tenant_" + size +
                    " SELECT tenant_id, bucket, status_class, sum(calls) FROM usage_" + size +
                    " GROUP BY 1, 2, 3");
        }
        tx.exec("INSERT INTO usage_week SELECT tenant_id, api_key_id, date_trunc('week', bucket, 'UTC'), "
                "status_class, sum(calls) FROM usage_day GROUP BY 1, 2, 3, 4");
        tx.commit();
        pqxx::nontransaction(*owner).exec("VACUUM ANALYZE");
        for (const auto* table : {"usage_minute", "usage_hour", "usage_day", "usage_week",
                                  "usage_tenant_minute", "usage_tenant_hour", "usage_tenant_day"}) {
            qInfo("%s: %lld rows", table, count(std::string("SELECT count(*) FROM ") + table));
        }
        qInfo("seeded %lld keys over %lld days in %.1f s", keys, days,
              static_cast<double>(timer.elapsed()) / 1000);
    }

    void everyPeriodIsAnsweredQuickly_data()
    {
        QTest::addColumn<QString>("period");
        for (const auto* period : {"24h", "7d", "30d", "90d"}) {
            QTest::newRow(period) << period;
        }
    }

    void everyPeriodIsAnsweredQuickly()
    {
        QFETCH(QString, period);
        const auto target = "/api/enterprise/admin/analytics?period=" + period.toStdString();
        for (int i = 0; i < 3; ++i) { // warm the plan and the cache
            QCOMPARE(client().get(target, bearer(tenant.accessToken)).status, 200);
        }
        std::vector<double> millis;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto response = client().get(target, bearer(tenant.accessToken));
            millis.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.json()["top_consumers"].toArray().size(), 10);
        }
        std::sort(millis.begin(), millis.end());
        const Timing timing{millis[millis.size() / 2], millis[millis.size() * 95 / 100], millis.back()};
        qInfo("GET %s: median %.1f ms, p95 %.1f ms, max %.1f ms (20 requests)", target.c_str(), timing.median,
              timing.p95, timing.max);
    }

    void mainQueryPlans_data()
    {
        const auto hourNow = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        const auto dayNow = hourNow / 86400 * 86400;
        QTest::addColumn<QString>("sql");
        // AnalyticsStore's queries as the 7-day period runs them: the series, and the calls per
        // key over its largest tile, up to 23 hours before the first whole day.
        QTest::newRow("7d series")
            << QString("SELECT extract(epoch FROM bucket)::bigint, status_class, calls FROM "
                       "usage_tenant_hour WHERE tenant_id = aih_current_tenant() AND "
                       "bucket >= to_timestamp(%1) AND bucket < to_timestamp(%2)")
                   .arg(hourNow - 167 * 3600)
                   .arg(hourNow + 3600);
        QTest::newRow("7d keys, hour edge")
            << QString(
                   "SELECT api_key_id::text, sum(calls)::bigint, coalesce(sum(calls) FILTER (WHERE "
                   "status_class "
                   ">= 4), 0)::bigint FROM usage_hour WHERE tenant_id = aih_current_tenant() AND bucket >= "
                   "to_timestamp(%1) AND bucket < to_timestamp(%2) GROUP BY api_key_id")
                   .arg(dayNow - 6 * 86400 - 23 * 3600)
                   .arg(dayNow - 6 * 86400);
    }

    void mainQueryPlans()
    {
        QFETCH(QString, sql);
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", tenant.id.toStdString());
        std::string text;
        for (const auto& line : tx.exec("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql.toStdString())) {
            text += "  " + line[0].as<std::string>() + "\n";
        }
        qInfo("EXPLAIN ANALYZE:\n%s", text.c_str());
    }

private:
    const HttpClient& client() const { return *live->client; }

    long long count(const std::string& sql) const
    {
        pqxx::work tx(*owner);
        return tx.exec(sql)[0][0].as<long long>();
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<pqxx::connection> owner;
};

QTEST_GUILESS_MAIN(AnalyticsBench)
#include "AnalyticsBench.moc"
