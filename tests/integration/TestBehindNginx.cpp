// SPDX-License-Identifier: Apache-2.0
// Two aihd instances behind nginx (round robin), sharing PostgreSQL and Redis, as in production:
// limits hold across both, a revocation through one is refused by the other within a second, a
// webhook delivered to both applies once, and killing one under load loses nothing the clients
// were told was saved while the other keeps serving.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "Hammer.h"
#include "NginxProcess.h"
#include "TwoInstances.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace aih::test;

class TestBehindNginx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = instances.start(stripe.environment());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        nginx = std::make_unique<NginxProcess>(std::vector{servers[0]->port(), servers[1]->port()});
        QVERIFY2(nginx->start(), qPrintable(nginx->log()));
        proxy = std::make_unique<HttpClient>(nginx->port());
        tenant = createTenant(*proxy, "nginx-co", "enterprise");
    }

    void rateLimitHoldsAcrossInstancesThroughNginx()
    {
        const auto key = createApiKey(*proxy, tenant.accessToken, {{"name", "shared"}, {"rate_limit", 60}});
        const auto statuses = hammer({nginx->port()}, 16, 8, "/api/gurus/spiritual", apiKey(key.key));
        QCOMPARE(statuses.at(200), 60);
        QCOMPARE(statuses.at(429), 128 - 60);
        // Round robin really spread the requests: each instance admitted part of the limit.
        QVERIFY(waitUntil([&] { return servedBy(0) + servedBy(1) == 128; }, 2000));
        QVERIFY2(servedBy(0) > 20 && servedBy(1) > 20,
                 qPrintable(QString("%1 and %2").arg(servedBy(0)).arg(servedBy(1))));
    }

    void keyRevokedThroughOneIsRefusedByTheOtherWithinASecond()
    {
        const auto key = createApiKey(*proxy, tenant.accessToken, {{"name", "revoked"}});
        HttpClient first(servers[0]->port());
        HttpClient second(servers[1]->port());
        // Both instances have the key cached, so only invalidation can make them refuse it.
        QCOMPARE(first.get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(second.get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(proxy->del(path("/api/enterprise/api-keys", key.id), bearer(tenant.accessToken)).status,
                 204);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitUntil(
            [&] {
                return first.get("/api/gurus", apiKey(key.key)).status == 401 &&
                       second.get("/api/gurus", apiKey(key.key)).status == 401;
            },
            1000));
        qInfo("both instances refuse the revoked key after %lld ms", timer.elapsed());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(proxy->get("/api/gurus", apiKey(key.key)).status, 401);
        }
    }

    void webhookDeliveredToBothInstancesAppliesOnce()
    {
        const auto sub = subscribe(*proxy, stripe, tenant, "enterprise", unixNow() - 100);
        const auto event = invoiceEvent("invoice.paid", unixNow(), sub, 49900);
        // Stripe retries a delivery it thinks failed; behind a balancer the retry can land on
        // the other instance while the first is still working on it.
        auto toFirst = std::async(std::launch::async, [&] {
            return outcomeOf(deliverEvent(HttpClient(servers[0]->port()), event));
        });
        auto toSecond = std::async(std::launch::async, [&] {
            return outcomeOf(deliverEvent(HttpClient(servers[1]->port()), event));
        });
        QStringList outcomes{toFirst.get(), toSecond.get()};
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{"applied", "duplicate"}));
        QCOMPARE(outcomeOf(deliverEvent(*proxy, event)), QString("duplicate"));
        QCOMPARE(historyCount(database.url(), tenant, "billing.payment_succeeded"), 1);
    }

    void killedInstanceLosesNoCommittedDataAndTheOtherKeepsServing()
    {
        std::atomic<bool> running{true};
        std::atomic<bool> killed{false};
        std::atomic<int> failures{0};
        std::atomic<int> createdAfterKill{0};
        std::mutex mutex;
        QStringList created;
        std::vector<std::thread> clients;
        for (int c = 0; c < 6; ++c) {
            clients.emplace_back([&, c] {
                for (int i = 0; running; ++i) {
                    const auto email = QString("load-%1-%2@nginx-co.example").arg(c).arg(i);
                    try {
                        const auto response = proxy->post(
                            "/api/enterprise/admin/users",
                            {{"email", email}, {"role", "user"}, {"password", "load-password-123"}},
                            bearer(tenant.accessToken));
                        if (response.status != 201) {
                            ++failures;
                            continue;
                        }
                        createdAfterKill += killed ? 1 : 0;
                        std::lock_guard lock(mutex);
                        created << email;
                    } catch (const std::exception&) {
                        ++failures;
                    }
                }
            });
        }
        QThread::msleep(700);
        servers[1]->process().kill(); // SIGKILL: no draining, no flushing
        killed = true;
        QThread::msleep(1500);
        running = false;
        for (auto& thread : clients) {
            thread.join();
        }
        QVERIFY2(createdAfterKill > 0, "the surviving instance kept serving through nginx");
        // Only requests the killed instance had taken may fail: one in flight per client, and one
        // more sent on a pooled connection nginx had not yet noticed was dead.
        QVERIFY2(failures <= 12, qPrintable(QString("%1 failed requests").arg(failures.load())));
        const auto saved = scalar(database.url(), "SELECT count(*) FROM users WHERE email LIKE 'load-%'");
        QVERIFY(saved >= created.size());
        for (const auto& email : created) {
            QCOMPARE(scalar(database.url(),
                            "SELECT count(*) FROM users WHERE email = '" + email.toStdString() + "'"),
                     1LL);
        }
        qInfo("%lld users saved, %d answered 201 (%d after the kill), %d requests failed", saved,
              static_cast<int>(created.size()), createdAfterKill.load(), failures.load());
    }

private:
    /// Requests an instance has logged for one guru kind (its access log is its output, JSON with
    /// escaped slashes).
    int servedBy(std::size_t instance) const
    {
        return static_cast<int>(servers[instance]->log().count(R"("path":"/api/gurus/spiritual")"));
    }

    FakeStripe stripe;
    TwoInstances instances;
    TestDatabase& database = instances.database;
    std::array<std::unique_ptr<ServerProcess>, 2>& servers = instances.servers;
    std::unique_ptr<NginxProcess> nginx;
    std::unique_ptr<HttpClient> proxy;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestBehindNginx)
#include "TestBehindNginx.moc"
