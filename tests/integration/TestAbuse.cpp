// SPDX-License-Identifier: Apache-2.0
// Abuse that must hurt only the abuser: parallel password guesses, spoofed and proxied client
// addresses, and sign-up floods, each against a real aihd.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonObject>
#include <QtTest>
#include <mutex>
#include <thread>

using namespace aih::test;

namespace {

QJsonObject credentials(const TenantFixture& tenant, const QString& password)
{
    return {{"tenant", tenant.slug}, {"email", tenant.adminEmail}, {"password", password}};
}

/// `clients` sign-ins at once, each on its own connection; tallies the statuses.
std::map<int, int> signInAtOnce(unsigned short port, int clients, const QJsonObject& body)
{
    std::map<int, int> statuses;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&] {
            const HttpClient client(port);
            const int status = client.post("/api/auth/login", body).status;
            const std::lock_guard lock(mutex);
            ++statuses[status];
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    return statuses;
}

using Environment = std::map<QString, QString>;

} // namespace

class TestAbuse : public QObject
{
    Q_OBJECT

private slots:
    // Before, the throttle was asked before a guess and told after it: 40 parallel guesses
    // against a limit of 5 got 10-12 of them to the password check. Now exactly 5.
    void parallelGuessesNeverPassTheAccountLimit()
    {
        LiveServer live(Environment{{"AIH_LOGIN_FAILURES_PER_ACCOUNT", "5"}});
        const auto tenant = createTenant(*live.client, "abuse-guessed");
        const auto statuses = signInAtOnce(live.server->port(), 40, credentials(tenant, "wrong-password-1"));
        QCOMPARE(statuses.at(401), 5);
        QCOMPARE(statuses.at(429), 35);
        QCOMPARE(int(statuses.size()), 2);
    }

    // Behind a trusted proxy each client is throttled on its own address: 50 failed sign-ins
    // from 50 addresses no longer lock out another tenant's correct sign-in through the same proxy.
    void behindATrustedProxyClientsAreThrottledApart()
    {
        LiveServer live(Environment{{"AIH_TRUSTED_PROXIES", "127.0.0.1/32"},
                                    {"AIH_LOGIN_FAILURES_PER_ADDRESS", "5"},
                                    {"AIH_LOGIN_FAILURES_PER_ACCOUNT", "100"}});
        const auto attacked = createTenant(*live.client, "abuse-attacked");
        const auto bystander = createTenant(*live.client, "abuse-bystander");
        for (int i = 0; i < 50; ++i) {
            const auto refused =
                live.client->post("/api/auth/login", credentials(attacked, "wrong-password-1"),
                                  {{"X-Forwarded-For", "198.51.100." + std::to_string(i + 1)}});
            QCOMPARE(refused.status, 401);
        }
        const auto signedIn =
            live.client->post("/api/auth/login", credentials(bystander, bystander.adminPassword),
                              {{"X-Forwarded-For", "203.0.113.9"}});
        QCOMPARE(signedIn.status, 200);
        // One address is still held to its limit, whatever it writes in front of it.
        for (int i = 0; i < 5; ++i) {
            const auto refused =
                live.client->post("/api/auth/login", credentials(attacked, "wrong-password-2"),
                                  {{"X-Forwarded-For", "10.9.9." + std::to_string(i) + ", 192.0.2.77"}});
            QCOMPARE(refused.status, 401);
        }
        const auto throttled =
            live.client->post("/api/auth/login", credentials(bystander, "wrong-password-3"),
                              {{"X-Forwarded-For", "192.0.2.77"}});
        QCOMPARE(throttled.status, 429);
    }

    // Without trusted proxies X-Forwarded-For is the client's own word: ignored.
    void anUntrustedForwardedForIsIgnored()
    {
        LiveServer live(Environment{{"AIH_LOGIN_FAILURES_PER_ADDRESS", "5"}});
        const auto tenant = createTenant(*live.client, "abuse-spoofer");
        for (int i = 0; i < 5; ++i) {
            const auto refused =
                live.client->post("/api/auth/login", credentials(tenant, "wrong-password-1"),
                                  {{"X-Forwarded-For", "198.51.100." + std::to_string(i + 1)}});
            QCOMPARE(refused.status, 401);
        }
        const auto throttled = live.client->post("/api/auth/login", credentials(tenant, tenant.adminPassword),
                                                 {{"X-Forwarded-For", "203.0.113.200"}});
        QCOMPARE(throttled.status, 429);
    }

    void selfSignUpIsThrottledPerAddress()
    {
        LiveServer live(Environment{{"AIH_SIGNUPS_PER_ADDRESS", "2"}});
        const auto signUp = [&live](const QString& slug) {
            return live.client->post("/api/enterprise/tenants", {{"name", "Self " + slug},
                                                                 {"slug", slug},
                                                                 {"admin_email", "a@" + slug + ".example"},
                                                                 {"admin_password", "a-long-password"}});
        };
        QCOMPARE(signUp("abuse-signup-1").status, 201);
        QCOMPARE(signUp("abuse-signup-2").status, 201);
        const auto refused = signUp("abuse-signup-3");
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.code(), QString("rate_limited"));
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        // Operators are not self sign-ups.
        QCOMPARE(createTenant(*live.client, "abuse-signup-operator").id.isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestAbuse)
#include "TestAbuse.moc"
