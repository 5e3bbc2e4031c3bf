// SPDX-License-Identifier: Apache-2.0
// Two aihd instances sharing PostgreSQL and Redis: limits hold across both, a revocation on one
// reaches the other within a second, and losing Redis under load costs no errors.
#include "ApiHelpers.h"
#include "Hammer.h"
#include "TwoInstances.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace aih::test;

class TestScaleOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = instances.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        first = std::make_unique<HttpClient>(servers[0]->port());
        second = std::make_unique<HttpClient>(servers[1]->port());
        tenant = createTenant(*first, "scale-co", "pro");
    }

    void limitHoldsAcrossInstances()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "shared"}, {"rate_limit", 120}});
        const auto statuses =
            hammer({servers[0]->port(), servers[1]->port()}, 64, 5, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(200), 120);
        QCOMPARE(statuses.at(429), 320 - 120);
    }

    // One instance takes a key near its limit (holding a leased slice of it); then both are
    // hammered: the other may only have what is left, so the two together admit the limit exactly.
    void keyNearItsLimitOnOneDoesNotLetTheOtherOverAdmit()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "near"}, {"rate_limit", 400}});
        for (int i = 0; i < 390; ++i) {
            QCOMPARE(first->get("/api/gurus", apiKey(key.key)).status, 200);
        }
        const auto statuses =
            hammer({servers[0]->port(), servers[1]->port()}, 32, 5, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(200), 10);
        QCOMPARE(statuses.at(429), 160 - 10);
    }

    // Leased quotas: a key far from its limit costs Redis one script call per slice, not one per
    // request (the old client sent the whole script with EVAL every time).
    void mostRequestsTouchNoRedis()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "busy"}, {"rate_limit", 20000}});
        QCOMPARE(first->get("/api/gurus", apiKey(key.key)).status, 200);
        const auto before = scriptCalls();
        const auto statuses =
            hammer({servers[0]->port(), servers[1]->port()}, 8, 50, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(200), 400);
        const auto calls = scriptCalls() - before;
        qInfo("400 requests on two instances cost Redis %d script calls", calls);
        QVERIFY2(calls <= 40, qPrintable(QString("%1 script calls for 400 requests").arg(calls)));
    }

    void revokedOnOneIsRefusedOnTheOtherWithinASecond()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "revoked"}});
        // Warm the second instance's cache so it would keep accepting without invalidation.
        QCOMPARE(second->get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(first->del(path("/api/enterprise/api-keys", key.id), bearer(tenant.accessToken)).status,
                 204);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitUntil([&] { return second->get("/api/gurus", apiKey(key.key)).status == 401; }, 1000));
        qInfo("revocation reached the other instance after %lld ms", timer.elapsed());
    }

    void roleChangeOnOneAppliesOnTheOther()
    {
        const auto manager = createUserAndLogin(*first, tenant, "mgr@scale-co.example", "manager");
        const auto key = createApiKey(*first, manager.accessToken,
                                      {{"name", "mgr"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(second->get("/api/enterprise/admin/users", apiKey(key.key)).status, 200);
        QCOMPARE(first->del(path("/api/enterprise/admin/users", manager.userId), bearer(tenant.accessToken))
                     .status,
                 204);
        QVERIFY(waitUntil([&] { return second->get("/api/gurus", apiKey(key.key)).status == 401; }, 1000));
    }

    void demotedSignedInAdminLosesAdminRoutesOnTheOther()
    {
        // Signed in, not by key: the second instance keeps the session's role in memory.
        const auto admin = createUserAndLogin(*first, tenant, "demoted@scale-co.example", "admin");
        QCOMPARE(second->get("/api/enterprise/admin/users", bearer(admin.accessToken)).status, 200);
        QCOMPARE(first
                     ->patch(path("/api/enterprise/admin/users", admin.userId), {{"role", "user"}},
                             bearer(tenant.accessToken))
                     .status,
                 200);
        QVERIFY(waitUntil(
            [&] {
                return second->get("/api/enterprise/admin/users", bearer(admin.accessToken)).status == 403;
            },
            1000));
    }

    void losingRedisUnderLoadCostsNoErrorsAndRecovers()
    {
        const auto key = createApiKey(*first, tenant.accessToken, {{"name", "load"}});
        SteadyLoad load({servers[0]->port(), servers[1]->port()}, 8, "/api/gurus", apiKey(key.key));
        QThread::msleep(300);
        redis.stop();
        QVERIFY(waitUntil(
            [&] { return first->get("/readyz", operatorAuth()).json()["redis"].toString() == "unavailable"; },
            5000));
        const int servedBefore = load.served();
        QThread::msleep(500);
        QVERIFY2(load.served() > servedBefore, "requests keep being served on local limits");
        QVERIFY(redis.start());
        QVERIFY(waitUntil(
            [&] {
                first->get("/api/gurus", apiKey(key.key));
                return first->get("/readyz", operatorAuth()).json()["redis"].toString() == "ok";
            },
            5000));
        const auto statuses = load.stop();
        QCOMPARE(statuses.size(), std::size_t(1));
        QVERIFY(statuses.contains(200));
        QCOMPARE(first->get("/readyz").status, 200);
    }

    void signInFailuresCountAcrossInstances()
    {
        const auto target = createTenant(*first, "guessed-co");
        for (int i = 0; i < 5; ++i) {
            auto& client = i % 2 ? *first : *second;
            QCOMPARE(login(client, "guessed-co", target.adminEmail, "wrong-password-x").response.status, 401);
        }
        QCOMPARE(login(*first, "guessed-co", target.adminEmail, target.adminPassword).response.status, 429);
        QCOMPARE(login(*second, "guessed-co", target.adminEmail, target.adminPassword).response.status, 429);
    }

    // Redis mode counts an attempt in the script that admits it: 40 parallel guesses spread over
    // both instances reach the password check exactly as often as the limit allows.
    void parallelGuessesAcrossInstancesNeverPassTheLimit()
    {
        const auto target = createTenant(*first, "rushed-co");
        std::mutex mutex;
        std::map<int, int> statuses;
        std::vector<std::thread> guessers;
        for (int i = 0; i < 40; ++i) {
            guessers.emplace_back([&, i] {
                const HttpClient client(servers[static_cast<std::size_t>(i % 2)]->port());
                const int status =
                    login(client, "rushed-co", target.adminEmail, "wrong-password-y").response.status;
                const std::lock_guard lock(mutex);
                ++statuses[status];
            });
        }
        for (auto& guesser : guessers) {
            guesser.join();
        }
        QCOMPARE(statuses[401], 5);
        QCOMPARE(statuses[429], 35);
    }

    void signInFailsClosedWithoutRedis()
    {
        redis.stop();
        const auto refused = login(*first, "scale-co", tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(refused.response.status, 503);
        QVERIFY(refused.response.header("Retry-After").toInt() > 0);
        QVERIFY(redis.start());
        QVERIFY(waitUntil(
            [&] {
                return login(*first, "scale-co", tenant.adminEmail, tenant.adminPassword).response.status ==
                       200;
            },
            5000));
    }

    void readinessSeesRedisGoneWithoutAnyTraffic()
    {
        // No API call decides anything here: readiness must ask Redis itself.
        QVERIFY(waitUntil(
            [&] { return second->get("/readyz", operatorAuth()).json()["redis"].toString() == "ok"; }, 5000));
        redis.stop();
        QVERIFY(waitUntil(
            [&] {
                return second->get("/readyz", operatorAuth()).json()["redis"].toString() == "unavailable";
            },
            5000));
        QVERIFY(redis.start());
        QVERIFY(waitUntil(
            [&] { return second->get("/readyz", operatorAuth()).json()["redis"].toString() == "ok"; }, 5000));
    }

private:
    /// Scripts Redis has run so far (EVAL and EVALSHA), from its own command statistics.
    int scriptCalls() const
    {
        int calls = 0;
        const auto stats = redisCli(redis.port(), {"INFO", "commandstats"});
        for (const auto& line : stats.split('\n')) {
            if (line.startsWith("cmdstat_eval:") || line.startsWith("cmdstat_evalsha:")) {
                calls += line.section("calls=", 1).section(',', 0, 0).toInt();
            }
        }
        return calls;
    }

    TwoInstances instances;
    RedisProcess& redis = instances.redis;
    std::array<std::unique_ptr<ServerProcess>, 2>& servers = instances.servers;
    std::unique_ptr<HttpClient> first;
    std::unique_ptr<HttpClient> second;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "TestScaleOut.moc"
