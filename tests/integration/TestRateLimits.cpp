// SPDX-License-Identifier: Apache-2.0
// Rate limits in one instance (in process): exactness under concurrency, headers, 429s.
#include "ApiHelpers.h"
#include "Hammer.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

class TestRateLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "limits-co", "basic");
    }

    void sixtyFourClientsAdmitExactlyTheKeysLimit()
    {
        const auto key =
            createApiKey(client(), tenant.accessToken, {{"name", "hammered"}, {"rate_limit", 100}});
        const auto statuses = hammer({client().port()}, 64, 4, "/api/gurus/spiritual", apiKey(key.key));
        QCOMPARE(statuses.at(200), 100);
        QCOMPARE(statuses.at(429), 156);
        QCOMPARE(statuses.size(), std::size_t(2));
    }

    void countedResponsesCarryLimitHeaders()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "headers"}, {"rate_limit", 3}});
        const auto first = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(first.header("X-RateLimit-Limit"), QString("3"));
        QCOMPARE(first.header("X-RateLimit-Remaining"), QString("2"));
        QVERIFY(first.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
        QVERIFY(first.header("RateLimit-Policy").contains("\"key\";q=3;w=3600"));
        QVERIFY(first.header("RateLimit-Policy").contains("\"tenant\";q=10000;w=3600"));
        QVERIFY(first.header("RateLimit").contains("\"key\";r=2;t="));
        client().get("/api/gurus", apiKey(key.key));
        client().get("/api/gurus", apiKey(key.key));
        const auto refused = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.code(), QString("rate_limited"));
        QCOMPARE(refused.json()["limit"].toString(), QString("key"));
        QVERIFY(refused.header("Retry-After").toInt() >= 1);
        QCOMPARE(refused.header("X-RateLimit-Remaining"), QString("0"));
        QCOMPARE(refused.header("Content-Type"), QString("application/problem+json"));
    }

    void tenantPlanLimitCapsSessionTraffic()
    {
        // The free plan allows 1,000 calls an hour for the whole tenant, each member half of it;
        // signing in is not a call, creating the two members is two.
        const auto small = createTenant(client(), "small-co");
        const auto first = createUserAndLogin(client(), small, "first@small.test", "user");
        const auto second = createUserAndLogin(client(), small, "second@small.test", "user");
        const auto admins = hammer({client().port()}, 16, 35, "/api/auth/me", bearer(small.accessToken));
        QCOMPARE(admins.at(200), 498);
        const auto firsts = hammer({client().port()}, 16, 35, "/api/auth/me", bearer(first.accessToken));
        QCOMPARE(firsts.at(200), 500);
        QVERIFY(firsts.at(429) > 0);
        const auto refused = client().get("/api/meditations", bearer(second.accessToken));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json()["limit"].toString(), QString("tenant"));
        // Another tenant is unaffected.
        QCOMPARE(client().get("/api/meditations", bearer(tenant.accessToken)).status, 200);
    }

    void statusEndpointReportsBothLimits()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "status"}, {"rate_limit", 50}});
        client().get("/api/gurus", apiKey(key.key));
        const auto status = client().get("/api/rate-limit/status", apiKey(key.key));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json()["key"].toObject()["limit"].toInt(), 50);
        QCOMPARE(status.json()["key"].toObject()["remaining"].toInt(), 48);
        QCOMPARE(status.json()["tenant"].toObject()["limit"].toInt(), 10000);
        const auto session = client().get("/api/rate-limit/status", bearer(tenant.accessToken));
        QVERIFY(!session.json().contains("key"));
        QVERIFY(session.json().contains("tenant"));
        QCOMPARE(session.json()["user"].toObject()["limit"].toInt(), 5000);
        QCOMPARE(client().get("/api/rate-limit/status").status, 401);
    }

    void anonymousRequestsAreNotCounted()
    {
        const auto response = client().get("/healthz");
        QVERIFY(response.header("X-RateLimit-Limit").isEmpty());
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "TestRateLimits.moc"
