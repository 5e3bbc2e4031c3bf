// SPDX-License-Identifier: Apache-2.0
// Admin analytics report exactly the traffic that was made, from the usage rollups: per bucket,
// per key, per status class, and nothing of another tenant's. The operator's view counts every
// tenant by tier and status, prices MRR from the plans and lists past-due and churned tenants.
#include "ApiHelpers.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

QString utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString("yyyy-MM-ddTHH:mm:ssZ");
}

/// Traffic is made inside one minute, so every bucket size puts all of it in one bucket.
void waitForFreshMinute()
{
    while (QDateTime::currentSecsSinceEpoch() % 60 >= 40) {
        QThread::msleep(200);
    }
}

QJsonObject bucketStarting(const QJsonArray& calls, qint64 start)
{
    for (const auto& value : calls) {
        if (value.toObject()["start"].toString() == utc(start)) {
            return value.toObject();
        }
    }
    return {};
}

qint64 sumOf(const QJsonArray& calls, const char* member)
{
    qint64 total = 0;
    for (const auto& bucket : calls) {
        total += bucket.toObject()[member].toInteger();
    }
    return total;
}

} // namespace

class TestAnalyticsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        // Nothing is flushed while the test runs, only on SIGTERM: the rollups then hold
        // exactly the generated traffic and none of the analytics reads.
        env["AIH_USAGE_FLUSH_MS"] = "3600000";
        server = std::make_unique<ServerProcess>(env);
        QVERIFY2(server->start(), qPrintable(server->log()));
        client = std::make_unique<HttpClient>(server->port());
        stats = createTenant(*client, "stats-co", "basic");
        other = createTenant(*client, "other-co", "basic");
        freeTenant = createTenant(*client, "free-co", "free");

        waitForFreshMinute();
        trafficMinute = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        manager = createUserAndLogin(*client, stats, "manager@stats.example", "manager");
        member = createUserAndLogin(*client, stats, "member@stats.example", "user");
        alpha = createApiKey(*client, stats.accessToken, {{"name", "alpha"}});
        beta = createApiKey(*client, stats.accessToken, {{"name", "beta"}, {"scopes", QJsonArray{"read"}}});
        gamma = createApiKey(*client, manager.accessToken, {{"name", "gamma"}});
        const auto delta = createApiKey(*client, stats.accessToken, {{"name", "delta"}});
        QCOMPARE(client->del("/api/enterprise/api-keys/" + delta.id.toStdString(), bearer(stats.accessToken))
                     .status,
                 204);
        const auto otherKey = createApiKey(*client, other.accessToken, {{"name", "other-key"}});
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(client->get("/api/gurus", apiKey(alpha.key)).status, 200);
        }
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client->get("/api/gurus/no-such-kind", apiKey(alpha.key)).status, 404);
        }
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(client->get("/api/meditations", apiKey(beta.key)).status, 200);
        }
        for (int i = 0; i < 2; ++i) { // a read-only key may not read admin endpoints
            QCOMPARE(client->get("/api/enterprise/admin/analytics", apiKey(beta.key)).status, 403);
        }
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(client->get("/api/gurus", apiKey(gamma.key)).status, 200);
        }
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(client->get("/api/gurus", apiKey(otherKey.key)).status, 200);
        }
        QCOMPARE(QDateTime::currentSecsSinceEpoch() / 60 * 60, trafficMinute);

        QCOMPARE(server->terminate(), 0);
        QVERIFY2(server->start(), qPrintable(server->log()));
        client = std::make_unique<HttpClient>(server->port());
    }

    void reportsTheGeneratedTrafficPerHourBucket()
    {
        const auto response = analytics(stats.accessToken, "period=24h");
        QCOMPARE(response.status, 200);
        const auto body = response.json();
        QCOMPARE(body["period"].toString(), QString("24h"));
        QCOMPARE(body["bucket"].toString(), QString("hour"));
        const auto calls = body["calls"].toArray();
        QCOMPARE(calls.size(), 24);
        const auto currentHour = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        QCOMPARE(calls.last()["start"].toString(), utc(currentHour));
        QCOMPARE(body["from"].toString(), utc(currentHour - 23 * 3600));
        QCOMPARE(body["to"].toString(), utc(currentHour + 3600));
        const auto bucket = bucketStarting(calls, trafficMinute / 3600 * 3600);
        QCOMPARE(bucket["calls"].toInteger(), expectedCalls);
        QCOMPARE(bucket["errors"].toInteger(), 5);
        QCOMPARE(sumOf(calls, "calls"), expectedCalls);
        QCOMPARE(sumOf(calls, "errors"), 5);
    }

    void everyPeriodZeroFillsItsBuckets_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("buckets");
        QTest::newRow("7d") << "7d"
                            << "hour" << 168;
        QTest::newRow("30d") << "30d"
                             << "day" << 30;
        QTest::newRow("90d") << "90d"
                             << "day" << 90;
    }

    void everyPeriodZeroFillsItsBuckets()
    {
        QFETCH(QString, period);
        QFETCH(QString, bucket);
        QFETCH(int, buckets);
        const auto body = analytics(stats.accessToken, "period=" + period.toStdString()).json();
        QCOMPARE(body["bucket"].toString(), bucket);
        const auto calls = body["calls"].toArray();
        QCOMPARE(calls.size(), buckets);
        const qint64 size = bucket == "day" ? 86400 : 3600;
        QCOMPARE(bucketStarting(calls, trafficMinute / size * size)["calls"].toInteger(), expectedCalls);
        QCOMPARE(sumOf(calls, "calls"), expectedCalls);
        QCOMPARE(sumOf(calls, "errors"), 5);
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QCOMPARE(
                QDateTime::fromString(calls[i]["start"].toString(), Qt::ISODate).toSecsSinceEpoch() -
                    QDateTime::fromString(calls[i - 1]["start"].toString(), Qt::ISODate).toSecsSinceEpoch(),
                size);
        }
    }

    void customRangeInMinuteBuckets()
    {
        const auto query = "from=" + utc(trafficMinute - 300).toStdString() +
                           "&to=" + utc(trafficMinute + 300).toStdString() + "&bucket=minute";
        const auto body = analytics(stats.accessToken, query).json();
        QCOMPARE(body["period"].toString(), QString("custom"));
        const auto calls = body["calls"].toArray();
        QCOMPARE(calls.size(), 10);
        QCOMPARE(calls[5]["start"].toString(), utc(trafficMinute));
        QCOMPARE(calls[5]["calls"].toInteger(), expectedCalls);
        QCOMPARE(calls[5]["errors"].toInteger(), 5);
        QCOMPARE(sumOf(calls, "calls"), expectedCalls);
    }

    void topConsumersAreTheBusiestKeysWithTheirOwners()
    {
        const auto consumers = analytics(stats.accessToken, "period=24h").json()["top_consumers"].toArray();
        QCOMPARE(consumers.size(), 3); // delta made no calls; sessions are not consumers
        QCOMPARE(consumers[0]["api_key_id"].toString(), alpha.id);
        QCOMPARE(consumers[0]["name"].toString(), QString("alpha"));
        QCOMPARE(consumers[0]["prefix"].toString(), alpha.response.json()["prefix"].toString());
        QCOMPARE(consumers[0]["user_id"].toString(), stats.adminId);
        QCOMPARE(consumers[0]["owner_email"].toString(), stats.adminEmail);
        QCOMPARE(consumers[0]["calls"].toInteger(), 15);
        QCOMPARE(consumers[0]["errors"].toInteger(), 3);
        QCOMPARE(consumers[0]["error_rate"].toDouble(), 0.2);
        QCOMPARE(consumers[1]["api_key_id"].toString(), beta.id);
        QCOMPARE(consumers[1]["calls"].toInteger(), 9);
        QCOMPARE(consumers[1]["errors"].toInteger(), 2);
        QCOMPARE(consumers[1]["error_rate"].toDouble(), 2.0 / 9.0);
        QCOMPARE(consumers[2]["api_key_id"].toString(), gamma.id);
        QCOMPARE(consumers[2]["owner_email"].toString(), QString("manager@stats.example"));
        QCOMPARE(consumers[2]["calls"].toInteger(), 4);
        QCOMPARE(consumers[2]["error_rate"].toDouble(), 0.0);
    }

    void statusClassesTotalsAndSubscription()
    {
        const auto body = analytics(manager.accessToken, "period=30d").json();
        const auto classes = body["status_classes"].toObject();
        QCOMPARE(classes.keys(), (QStringList{"1xx", "2xx", "3xx", "4xx", "5xx"}));
        QCOMPARE(classes["2xx"].toInteger(), expectedCalls - 5);
        QCOMPARE(classes["4xx"].toInteger(), 5);
        QCOMPARE(classes["1xx"].toInteger() + classes["3xx"].toInteger() + classes["5xx"].toInteger(), 0);
        const auto totals = body["totals"].toObject();
        QCOMPARE(totals["users"].toInteger(), 3);
        QCOMPARE(totals["active_users"].toInteger(), 3);
        QCOMPARE(totals["api_keys"].toInteger(), 4);
        QCOMPARE(totals["active_api_keys"].toInteger(), 3);
        const auto plan = body["subscription"].toObject();
        QCOMPARE(plan["tier"].toString(), QString("basic"));
        QCOMPARE(plan["status"].toString(), QString("active"));
        QCOMPARE(plan["user_limit"].toInteger(), 25);
        QCOMPARE(plan["users"].toInteger(), 3);
        QCOMPARE(plan["api_rate_limit"].toInteger(), 10000);
        QCOMPARE(plan["calls_last_hour"].toInteger(), expectedCalls);
    }

    void anotherTenantSeesOnlyItsOwnTraffic()
    {
        const auto body = analytics(other.accessToken, "period=24h").json();
        QCOMPARE(sumOf(body["calls"].toArray(), "calls"), 7);
        const auto consumers = body["top_consumers"].toArray();
        QCOMPARE(consumers.size(), 1);
        QCOMPARE(consumers[0]["name"].toString(), QString("other-key"));
        QCOMPARE(body["totals"]["api_keys"].toInteger(), 1);
        // Naming the other tenant with this tenant's credential is refused outright.
        auto headers = bearer(stats.accessToken);
        headers.emplace_back("X-Tenant-ID", other.id.toStdString());
        QCOMPARE(client->get("/api/enterprise/admin/analytics", headers).status, 403);
    }

    void usersAndReadOnlyKeysAreRefused()
    {
        QCOMPARE(analytics(member.accessToken, "period=24h").status, 403);
        QCOMPARE(client->get("/api/enterprise/admin/analytics", apiKey(beta.key)).status, 403);
        QCOMPARE(client->get("/api/enterprise/admin/analytics").status, 401);
    }

    void freeTierIsOfferedTheBasicPlan()
    {
        const auto response = analytics(freeTenant.accessToken, "period=24h");
        QCOMPARE(response.status, 402);
        QCOMPARE(response.code(), QString("feature_not_in_plan"));
        QCOMPARE(response.json()["required_plan"].toString(), QString("basic"));
    }

    void badRangesAreRefusedAsProblems_data()
    {
        const auto now = QDateTime::currentSecsSinceEpoch();
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("unknown period") << "period=1y"
                                        << "period";
        QTest::newRow("empty period") << "period="
                                      << "period";
        QTest::newRow("period and range")
            << "period=24h&from=" + utc(now - 3600) + "&to=" + utc(now) << "period";
        QTest::newRow("from alone") << "from=" + utc(now - 3600) << "to";
        QTest::newRow("to alone") << "to=" + utc(now) << "from";
        QTest::newRow("not a time") << "from=yesterday&to=" + utc(now) << "from";
        QTest::newRow("no such day") << "from=2026-02-30T00:00:00Z&to=2026-03-02T00:00:00Z"
                                     << "from";
        QTest::newRow("reversed") << "from=" + utc(now) + "&to=" + utc(now - 7200) << "to";
        QTest::newRow("unknown bucket") << "from=" + utc(now - 3600) + "&to=" + utc(now) + "&bucket=week"
                                        << "bucket";
        QTest::newRow("too many buckets")
            << "from=" + utc(now - 3 * 86400) + "&to=" + utc(now) + "&bucket=minute"
            << "bucket";
        QTest::newRow("years of hours") << "from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z&bucket=hour"
                                        << "bucket";
        QTest::newRow("minutes no longer kept")
            << "from=" + utc(now - 5 * 86400) + "&to=" + utc(now - 5 * 86400 + 600) + "&bucket=minute"
            << "from";
    }

    void badRangesAreRefusedAsProblems()
    {
        QFETCH(QString, query);
        QFETCH(QString, parameter);
        const auto response =
            analytics(stats.accessToken, QUrl::toPercentEncoding(query, "=&").toStdString());
        QCOMPARE(response.status, 422);
        QVERIFY(response.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(response.code(), QString("validation_failed"));
        QCOMPARE(response.json()["errors"].toArray().first().toObject()["field"].toString(), parameter);
    }

    void operatorSeesEveryTenantMrrAndTroubledOnes()
    {
        const auto pastDue = createTenant(*client, "late-co", "pro");
        const auto gone = createTenant(*client, "gone-co", "enterprise");
        {
            pqxx::connection connection(database.url());
            pqxx::work tx(connection);
            tx.exec("UPDATE tenants SET subscription_status = 'past_due', past_due_since = "
                    "'2026-11-01T08:00:00Z' WHERE slug = 'late-co'");
            tx.exec("UPDATE tenants SET subscription_tier = 'free', subscription_status = 'canceled' "
                    "WHERE slug = 'gone-co'");
            tx.commit();
        }
        QCOMPARE(client->get("/api/enterprise/platform/analytics", bearer(stats.accessToken)).status, 403);
        QCOMPARE(client->get("/api/enterprise/platform/analytics").status, 401);
        const auto response = client->get("/api/enterprise/platform/analytics", operatorAuth());
        QCOMPARE(response.status, 200);
        const auto body = response.json();
        const auto tenants = body["tenants"].toObject();
        QCOMPARE(tenants["total"].toInteger(), 5);
        QCOMPARE(tenants["by_tier"].toObject(),
                 QJsonObject({{"free", 2}, {"basic", 2}, {"pro", 1}, {"enterprise", 0}}));
        QCOMPARE(tenants["by_status"].toObject(),
                 QJsonObject({{"active", 3}, {"canceled", 1}, {"past_due", 1}}));
        // Two basic plans and the past-due pro one, which is still owed.
        QCOMPARE(body["mrr_cents"].toInteger(), 2 * 2900 + 9900);
        const auto late = body["past_due"].toArray();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late[0]["id"].toString(), pastDue.id);
        QCOMPARE(late[0]["slug"].toString(), QString("late-co"));
        QCOMPARE(late[0]["tier"].toString(), QString("pro"));
        QCOMPARE(late[0]["since"].toString(), QString("2026-11-01T08:00:00Z"));
        const auto churned = body["churned"].toArray();
        QCOMPARE(churned.size(), 1);
        QCOMPARE(churned[0]["id"].toString(), gone.id);
        QCOMPARE(body["calls_last_24h"].toInteger(), expectedCalls + 7);
    }

private:
    HttpResponse analytics(const QString& token, const std::string& query) const
    {
        return client->get("/api/enterprise/admin/analytics?" + query, bearer(token));
    }

    // Seven session calls (two users, four keys, one revocation) and 28 key calls.
    static constexpr qint64 expectedCalls = 35;

    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client;
    TenantFixture stats;
    TenantFixture other;
    TenantFixture freeTenant;
    SignIn manager;
    SignIn member;
    CreatedKey alpha;
    CreatedKey beta;
    CreatedKey gamma;
    qint64 trafficMinute = 0;
};

QTEST_GUILESS_MAIN(TestAnalyticsApi)
#include "TestAnalyticsApi.moc"
