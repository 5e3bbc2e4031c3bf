// SPDX-License-Identifier: Apache-2.0
// aihd scaled out on engines that fail over, all on loopback: nginx in front of two aihd,
// PostgreSQL primary with a synchronous streaming standby, a Redis primary with a replica and
// three Sentinels for the shared limits. Under a steady mixed load (sign-ins, key traffic, user
// writes, Stripe webhooks, tenant reads), the PostgreSQL primary is killed hard and the standby
// promoted; then the Redis primary is killed hard and Sentinel promotes its replica. The figures
// the test prints and holds: seconds until writes succeed again and until limits are shared
// again, answers other than 2xx/429/503, acknowledged writes lost, reads that showed another
// tenant's rows, and admissions over a key's limit.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "FakeStripe.h"
#include "NginxProcess.h"
#include "PostgresPair.h"
#include "RedisSentinelSet.h"
#include "ServerProcess.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace aih::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int limitedKeyAllowance = 150;

/// What the load saw, by kind of traffic.
struct Tally
{
    std::mutex mutex;
    std::map<QString, std::map<int, int>> statuses;         ///< kind -> status -> count
    std::map<QString, std::set<QString>> acknowledgedUsers; ///< tenant slug -> emails answered 201
    std::set<QString> acknowledgedEvents;                   ///< Stripe event ids answered 200
    int crossTenantRows = 0;
    std::vector<std::string> oddAnswers;

    void count(const QString& kind, const HttpResponse& response)
    {
        std::lock_guard lock(mutex);
        ++statuses[kind][response.status];
        const bool expected = (response.status >= 200 && response.status < 300) || response.status == 429 ||
                              response.status == 503;
        if (!expected && oddAnswers.size() < 20) {
            oddAnswers.push_back(kind.toStdString() + " " + std::to_string(response.status) + " " +
                                 response.body.left(300).toStdString());
        }
    }
    int unexpected()
    {
        std::lock_guard lock(mutex);
        int total = 0;
        for (const auto& [kind, byStatus] : statuses) {
            for (const auto& [status, n] : byStatus) {
                if (!((status >= 200 && status < 300) || status == 429 || status == 503)) {
                    total += n;
                }
            }
        }
        return total;
    }
    int of(const QString& kind, int status)
    {
        std::lock_guard lock(mutex);
        return statuses[kind][status];
    }
};

/// Threads that each repeat one kind of request until told to stop.
class Load
{
public:
    void add(std::function<void()> step)
    {
        threads_.emplace_back([this, step = std::move(step)] {
            while (!stop_) {
                step();
            }
        });
    }
    void stop()
    {
        stop_ = true;
        for (auto& thread : threads_) {
            thread.join();
        }
        threads_.clear();
    }
    ~Load() { stop(); }

private:
    std::atomic<bool> stop_{false};
    std::vector<std::thread> threads_;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

class TestFailover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = postgres.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(redis.start(), qPrintable("Sentinel topology did not start; logs in " + redis.logDir()));
        auto environment = ServerProcess::defaultEnvironment(postgres.url());
        environment["AIH_INVITATIONS_PER_HOUR"] = "1000000"; // the user writes are invitations
        environment["REDIS_SENTINELS"] = redis.sentinels();
        environment["REDIS_MASTER_NAME"] = redis.masterName();
        for (const auto& [name, value] : stripe.environment()) {
            environment[name] = value;
        }
        for (auto& server : servers) {
            server = std::make_unique<ServerProcess>(environment);
            server->launchListening();
        }
        for (auto& server : servers) {
            QVERIFY2(server->waitUntilListening(), qPrintable(server->log()));
        }
        nginx = std::make_unique<NginxProcess>(std::vector{servers[0]->port(), servers[1]->port()});
        QVERIFY2(nginx->start(), qPrintable(nginx->log()));
    }

    void nothingIsLostWhenThePrimariesDie()
    {
        const HttpClient front(nginx->port());
        const auto alpha = createTenant(front, "fo-alpha", "enterprise");
        const auto beta = createTenant(front, "fo-beta", "enterprise");
        const auto alphaKey = createApiKey(front, alpha.accessToken, {{"name", "steady"}});
        const auto betaKey = createApiKey(front, beta.accessToken, {{"name", "steady"}});
        const auto limitedKey = createApiKey(front, alpha.accessToken,
                                             {{"name", "limited"}, {"rate_limit", limitedKeyAllowance}});
        QCOMPARE(limitedKey.response.status, 201);
        const auto subscription = subscribe(front, stripe, beta, "enterprise", unixNow() - 1000);

        Tally tally;
        Load load;
        std::atomic<int> sequence{0};
        // Writes begun after the kill: the first of them acknowledged says when writes came back.
        std::atomic<Clock::rep> killedAt{Clock::time_point::max().time_since_epoch().count()};
        std::atomic<Clock::rep> firstAckAfterKill{0};
        for (const auto& key : {alphaKey.key, betaKey.key}) {
            load.add([&, key] { tally.count("key", front.get("/api/gurus/spiritual", apiKey(key))); });
        }
        load.add([&] { tally.count("limited", front.get("/api/gurus/spiritual", apiKey(limitedKey.key))); });
        for (const auto* tenant : {&alpha, &beta}) {
            load.add([&, tenant] {
                const auto email = QString("w%1@%2.example").arg(sequence++).arg(tenant->slug);
                const auto begun = Clock::now().time_since_epoch().count();
                const auto created =
                    front.post("/api/enterprise/admin/users", {{"email", email}, {"role", "user"}},
                               bearer(tenant->accessToken));
                tally.count("write", created);
                if (created.status == 201) {
                    auto none = Clock::rep{0};
                    if (begun > killedAt) {
                        firstAckAfterKill.compare_exchange_strong(none,
                                                                  Clock::now().time_since_epoch().count());
                    }
                    std::lock_guard lock(tally.mutex);
                    tally.acknowledgedUsers[tenant->slug].insert(email);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            });
        }
        load.add([&] {
            tally.count("sign-in", login(front, alpha.slug, alpha.adminEmail, alpha.adminPassword).response);
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        });
        load.add([&] {
            const auto listed = front.get("/api/enterprise/admin/invitations", bearer(alpha.accessToken));
            tally.count("tenant-read", listed);
            if (listed.status == 200 && listed.body.contains(("@" + beta.slug + ".example").toUtf8())) {
                std::lock_guard lock(tally.mutex);
                ++tally.crossTenantRows;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        load.add([&] {
            const auto event = invoiceEvent("invoice.paid", unixNow(), subscription, 29900);
            const auto delivered = deliverEvent(front, event);
            tally.count("webhook", delivered);
            if (delivered.status == 200) {
                std::lock_guard lock(tally.mutex);
                tally.acknowledgedEvents.insert(event["id"].toString());
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        });

        const auto started = Clock::now();
        std::this_thread::sleep_for(std::chrono::seconds(3));
        QVERIFY2(tally.of("write", 201) > 0, "writes succeed before the failover");

        // The primary dies as in a crash; the failover manager notices and promotes the standby.
        // Timed from when the primary is gone: a write that began while it was being killed may
        // still have committed (on the standby too, synchronously), and says nothing of recovery.
        postgres.killPrimary();
        const auto killed = Clock::now();
        killedAt = killed.time_since_epoch().count();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        const auto promotion = postgres.promoteStandby();
        QVERIFY2(promotion.isEmpty(), qPrintable(promotion));
        const auto deadline = Clock::now() + std::chrono::seconds(30);
        while (firstAckAfterKill == 0 && Clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        const double writesBackAfter =
            firstAckAfterKill == 0
                ? -1.0
                : std::chrono::duration<double>(Clock::time_point(Clock::duration(firstAckAfterKill.load())) -
                                                killed)
                      .count();
        std::this_thread::sleep_for(std::chrono::seconds(3));
        // While Redis is down each instance limits on its own, starting from what Redis last said
        // was left: the key at its limit stays there.
        const int limitedBeforeRedisDied = tally.of("limited", 200);
        const double secondsBeforeRedisDied = secondsSince(started);

        const auto redisKilled = Clock::now();
        redis.killPrimary();
        QVERIFY2(redis.waitForFailover(), qPrintable("no Redis failover; logs in " + redis.logDir()));
        const double redisPromotedAfter = secondsSince(redisKilled);
        for (const auto& server : servers) {
            const HttpClient direct(server->port());
            const auto redisDeadline = Clock::now() + std::chrono::seconds(15);
            while (direct.get("/readyz", operatorAuth()).json()["redis"].toString() != "ok" &&
                   Clock::now() < redisDeadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        const double limitsSharedAgainAfter = secondsSince(redisKilled);
        const int writesBeforeLastPhase = tally.of("write", 201);
        std::this_thread::sleep_for(std::chrono::seconds(3));
        load.stop();
        const double loadSeconds = secondsSince(started);
        for (const auto& server : servers) {
            QCOMPARE(HttpClient(server->port()).get("/readyz", operatorAuth()).json()["redis"].toString(),
                     QString("ok"));
        }

        // What the clients were told was written must be on the new primary.
        int lostUsers = 0;
        int acknowledgedUsers = 0;
        for (const auto& [slug, emails] : tally.acknowledgedUsers) {
            acknowledgedUsers += static_cast<int>(emails.size());
            const auto stored =
                query(postgres.standbyUrl(), "SELECT i.email FROM invitations i JOIN tenants t ON "
                                             "t.id = i.tenant_id WHERE t.slug = '" +
                                                 slug.toStdString() + "'");
            std::set<QString> present;
            for (const auto& row : stored) {
                present.insert(QString::fromStdString(row[0].as<std::string>()));
            }
            for (const auto& email : emails) {
                lostUsers += present.count(email) ? 0 : 1;
            }
        }
        int lostEvents = 0;
        for (const auto& id : tally.acknowledgedEvents) {
            lostEvents += scalar(postgres.standbyUrl(), "SELECT count(*) FROM stripe_events WHERE id = '" +
                                                            id.toStdString() + "'") == 1
                              ? 0
                              : 1;
        }
        // The window slides by the hour: over the test's seconds, the allowance grows by that share.
        const auto allowanceOver = [](double seconds) {
            return limitedKeyAllowance + static_cast<int>(std::ceil(limitedKeyAllowance * seconds / 3600.0));
        };
        const int limitedBoundBeforeRedisDied = allowanceOver(secondsBeforeRedisDied);
        const int limitedBound = allowanceOver(loadSeconds);
        const int limitedAdmitted = tally.of("limited", 200);

        qInfo("failover: writes succeed again %.2f s after the primary was killed", writesBackAfter);
        qInfo("failover: Redis replica promoted %.2f s after its primary was killed; limits shared again on "
              "both instances after %.2f s",
              redisPromotedAfter, limitsSharedAgainAfter);
        qInfo("failover: answers other than 2xx/429/503: %d", tally.unexpected());
        qInfo("failover: acknowledged user writes %d, lost %d; acknowledged webhooks %zu, lost %d",
              acknowledgedUsers, lostUsers, tally.acknowledgedEvents.size(), lostEvents);
        qInfo("failover: cross-tenant rows seen %d", tally.crossTenantRows);
        qInfo("failover: limited key admitted %d of %d before Redis died (bound %d), %d in all (bound %d)",
              limitedBeforeRedisDied, limitedKeyAllowance, limitedBoundBeforeRedisDied, limitedAdmitted,
              limitedBound);
        for (const auto& [kind, byStatus] : tally.statuses) {
            QString line;
            for (const auto& [status, n] : byStatus) {
                line += QString(" %1x%2").arg(status).arg(n);
            }
            qInfo("failover: %s:%s", qPrintable(kind), qPrintable(line));
        }
        for (const auto& odd : tally.oddAnswers) {
            qWarning("unexpected answer: %s", odd.c_str());
        }
        QCOMPARE(tally.unexpected(), 0);
        QVERIFY(acknowledgedUsers > 0);
        QCOMPARE(lostUsers, 0);
        QCOMPARE(lostEvents, 0);
        QCOMPARE(tally.crossTenantRows, 0);
        QVERIFY2(limitedBeforeRedisDied >= limitedKeyAllowance, "the limited key used its allowance");
        QVERIFY2(limitedBeforeRedisDied <= limitedBoundBeforeRedisDied, "no admissions over the key's limit");
        QVERIFY2(limitedAdmitted <= limitedBound, "none over it through the Redis failover either");
        QVERIFY2(writesBackAfter > 0 && writesBackAfter < 15, "writes come back within 15 s");
        QVERIFY2(limitsSharedAgainAfter < 20, "limits are shared again within 20 s of Redis failing");
        QVERIFY2(tally.of("write", 201) > writesBeforeLastPhase, "writes go on through the Redis failover");
    }

private:
    PostgresPair postgres;
    RedisSentinelSet redis;
    FakeStripe stripe;
    std::array<std::unique_ptr<ServerProcess>, 2> servers;
    std::unique_ptr<NginxProcess> nginx;
};

QTEST_GUILESS_MAIN(TestFailover)
#include "TestFailover.moc"
