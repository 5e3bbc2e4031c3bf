// SPDX-License-Identifier: Apache-2.0
// aihd finds the Redis primary through Sentinel: two instances share limits on a real primary,
// the primary is killed hard, Sentinel promotes the replica, and both instances follow it
// without a restart: readiness says degraded meanwhile, nothing answers 5xx other than 503, and
// limits are shared (exactly) again through the promoted replica.
#include "ApiHelpers.h"
#include "Hammer.h"
#include "RedisProcess.h"
#include "RedisSentinelSet.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QtTest>
#include <array>

using namespace aih::test;

class TestRedisSentinel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(topology.start(),
                 qPrintable("Sentinel topology did not start; logs in " + topology.logDir()));
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["REDIS_SENTINELS"] = topology.sentinels();
        env["REDIS_MASTER_NAME"] = topology.masterName();
        for (auto& server : servers) {
            server = std::make_unique<ServerProcess>(env);
            server->launchListening();
        }
        for (auto& server : servers) {
            QVERIFY2(server->waitUntilListening(), qPrintable(server->log()));
        }
        first = std::make_unique<HttpClient>(servers[0]->port());
        tenant = createTenant(*first, "sentinel-co", "pro");
    }

    void limitsAreSharedOnThePrimarySentinelNames()
    {
        for (const auto& server : servers) {
            QCOMPARE(HttpClient(server->port()).get("/readyz", operatorAuth()).json()["redis"].toString(),
                     QString("ok"));
        }
        verifySharedExactly("before");
        QVERIFY2(!redisCli(topology.primaryPort(), {"KEYS", "aih:rl:*"}).isEmpty(),
                 "the counters live on the primary Sentinel named");
    }

    void killedPrimaryIsFollowedToThePromotedReplicaWithoutRestart()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "load"}});
        SteadyLoad load({servers[0]->port(), servers[1]->port()}, 8, "/api/gurus", apiKey(key.key));
        QThread::msleep(300);
        QElapsedTimer timer;
        timer.start();
        topology.killPrimary();
        QVERIFY(waitUntil(
            [&] { return first->get("/readyz", operatorAuth()).json()["redis"].toString() == "unavailable"; },
            5000));
        QVERIFY2(topology.waitForFailover(), qPrintable("no failover; logs in " + topology.logDir()));
        qInfo("Sentinel promoted the replica %lld ms after the kill", timer.elapsed());
        for (const auto& server : servers) {
            HttpClient client(server->port());
            QVERIFY(waitUntil(
                [&] { return client.get("/readyz", operatorAuth()).json()["redis"].toString() == "ok"; },
                10000));
        }
        qInfo("both instances shared limits again %lld ms after the kill", timer.elapsed());
        const int servedBefore = load.served();
        QThread::msleep(300);
        auto statuses = load.stop();
        QVERIFY2(load.served() > servedBefore, "requests are served on the promoted primary");
        qInfo("under load: %d answered 200, %d answered 503", statuses[200], statuses[503]);
        statuses.erase(200);
        statuses.erase(503);
        QVERIFY2(statuses.empty(), "no answer other than 200 and 503 (and every request answered)");
    }

    void limitsAreSharedExactlyAgainThroughThePromotedReplica()
    {
        verifySharedExactly("after");
        QVERIFY2(!redisCli(topology.replicaPort(), {"KEYS", "aih:rl:*"}).isEmpty(),
                 "the counters live on the promoted replica");
    }

private:
    void verifySharedExactly(const QString& name)
    {
        const auto key =
            createApiKey(*first, tenant.accessToken, {{"name", "shared-" + name}, {"rate_limit", 150}});
        const auto statuses =
            hammer({servers[0]->port(), servers[1]->port()}, 32, 10, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(200), 150);
        QCOMPARE(statuses.at(429), 320 - 150);
    }

    RedisSentinelSet topology;
    TestDatabase database;
    std::array<std::unique_ptr<ServerProcess>, 2> servers;
    std::unique_ptr<HttpClient> first;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestRedisSentinel)
#include "TestRedisSentinel.moc"
