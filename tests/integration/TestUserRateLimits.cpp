// SPDX-License-Identifier: Apache-2.0
// Per-user buckets for session traffic, the admins' own recovery bucket for user management, and
// 429 headers that agree with each other: in process and with the limits in Redis.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "RedisProcess.h"
#include "Wait.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

using namespace aih::test;

namespace {

// Small enough to use up in a test; members get half of the tenant's limit each.
constexpr int tenantLimit = 40;
constexpr int userLimit = 20;
constexpr int adminRecoveryLimit = 25;

/// The `q=` of `subject` in RateLimit-Policy and its `t=` in RateLimit; -1 when absent.
qint64 fieldOf(const QString& header, const QString& subject, const QString& parameter)
{
    const QRegularExpression item("\"" + QRegularExpression::escape(subject) + "\";[^,]*" + parameter +
                                  "=(\\d+)");
    const auto match = item.match(header);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

/// A 429 from `subject`: its problem names it and every header tells the same wait.
void verifyRefusedBy(const HttpResponse& response, const QString& subject)
{
    const auto now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(response.status, 429);
    QCOMPARE(response.code(), QString("rate_limited"));
    QCOMPARE(response.json()["limit"].toString(), subject);
    const auto retryAfter = response.header("Retry-After").toLongLong();
    QVERIFY(retryAfter >= 1);
    QCOMPARE(fieldOf(response.header("RateLimit"), subject, "t"), retryAfter);
    const auto reset = response.header("X-RateLimit-Reset").toLongLong();
    QVERIFY2(
        std::abs(reset - (now + retryAfter)) <= 1,
        qPrintable(
            QString("X-RateLimit-Reset %1, now %2, Retry-After %3").arg(reset).arg(now).arg(retryAfter)));
    QCOMPARE(response.header("X-RateLimit-Limit").toLongLong(),
             fieldOf(response.header("RateLimit-Policy"), subject, "q"));
    QCOMPARE(response.header("X-RateLimit-Remaining"), QString("0"));
}

} // namespace

class TestUserRateLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(redis.start());
        const std::map<QString, QString> env{
            {"AIH_ADMIN_RECOVERY_RATE_LIMIT", QString::number(adminRecoveryLimit)}};
        local = std::make_unique<LiveServer>(env);
        auto sharedEnv = env;
        sharedEnv["REDIS_URL"] = redis.url();
        shared = std::make_unique<LiveServer>(sharedEnv);
    }

    void oneMembersBurstStopsAtItsShare_data() { servers(); }
    void oneMembersBurstStopsAtItsShare()
    {
        QFETCH(bool, inRedis);
        const auto& client = clientOf(inRedis);
        const auto tenant = smallTenant(inRedis, "share");
        const auto greedy = createUserAndLogin(client, tenant, "greedy@share.test", "user");
        const auto other = createUserAndLogin(client, tenant, "other@share.test", "user");
        for (int i = 0; i < userLimit; ++i) {
            QCOMPARE(client.get("/api/auth/me", bearer(greedy.accessToken)).status, 200);
        }
        const auto refused = client.get("/api/auth/me", bearer(greedy.accessToken));
        verifyRefusedBy(refused, "user");
        QCOMPARE(refused.header("X-RateLimit-Limit"), QString::number(userLimit));
        QVERIFY(refused.header("RateLimit-Policy").contains("\"tenant\";q=40;w=3600"));

        const auto served = client.get("/api/auth/me", bearer(other.accessToken));
        QCOMPARE(served.status, 200);
        QVERIFY(served.header("RateLimit").contains("\"user\";r=19;"));
        const auto status = client.get("/api/rate-limit/status", bearer(other.accessToken));
        QCOMPARE(status.json()["user"].toObject()["limit"].toInt(), userLimit);
        QCOMPARE(status.json()["user"].toObject()["remaining"].toInt(), userLimit - 2);
        QCOMPARE(status.json()["tenant"].toObject()["limit"].toInt(), tenantLimit);
        QVERIFY(!status.json().contains("key"));
    }

    void adminStopsTheAbuserWhileTheTenantIsLimited_data() { servers(); }
    void adminStopsTheAbuserWhileTheTenantIsLimited()
    {
        QFETCH(bool, inRedis);
        const auto& client = clientOf(inRedis);
        const auto outsider = createTenant(client, inRedis ? "outsider-r" : "outsider-l");
        const auto outsiderUser = createUserAndLogin(client, outsider, "someone@outsider.test", "user");
        const auto tenant = smallTenant(inRedis, "abuse");
        const auto first = createUserAndLogin(client, tenant, "first@abuse.test", "user");
        const auto second = createUserAndLogin(client, tenant, "second@abuse.test", "user");
        const auto manager = createUserAndLogin(client, tenant, "manager@abuse.test", "manager");
        const auto secondsKey = createApiKey(client, second.accessToken, {{"name", "abused"}});
        QCOMPARE(secondsKey.response.status, 201);
        // Two members together use up the tenant's limit.
        for (const auto* abuser : {&first, &second}) {
            for (int i = 0; i < userLimit; ++i) {
                if (client.get("/api/auth/me", bearer(abuser->accessToken)).status != 200) {
                    break;
                }
            }
        }
        verifyRefusedBy(client.get("/api/auth/me", bearer(second.accessToken)), "tenant");
        verifyRefusedBy(client.get("/api/auth/me", bearer(tenant.accessToken)), "tenant");
        // The recovery bucket is the tenant admins' alone: a manager's listing is still refused.
        verifyRefusedBy(client.get("/api/enterprise/admin/users", bearer(manager.accessToken)), "tenant");

        const auto listed = client.get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()["data"].toArray().size(), 4);
        QCOMPARE(listed.header("RateLimit-Policy"), QString("\"admin\";q=%1;w=3600").arg(adminRecoveryLimit));
        // Another tenant's user stays out of reach on the recovery path too.
        QCOMPARE(
            client.del(path("/api/enterprise/admin/users", outsiderUser.userId), bearer(tenant.accessToken))
                .status,
            404);
        QCOMPARE(client.get("/api/auth/me", bearer(outsiderUser.accessToken)).status, 200);

        QCOMPARE(
            client.del(path("/api/enterprise/admin/users", first.userId), bearer(tenant.accessToken)).status,
            204);
        QCOMPARE(client.get("/api/auth/me", bearer(first.accessToken)).status, 401);
        QCOMPARE(
            client.del(path("/api/enterprise/api-keys", secondsKey.id), bearer(tenant.accessToken)).status,
            204);
        QCOMPARE(client.get("/api/gurus", apiKey(secondsKey.key)).status, 401);
        // Recovery did not give the tenant's limit back.
        verifyRefusedBy(client.get("/api/auth/me", bearer(tenant.accessToken)), "tenant");
    }

    void adminsRecoveryBucketIsFinite_data() { servers(); }
    void adminsRecoveryBucketIsFinite()
    {
        QFETCH(bool, inRedis);
        const auto& client = clientOf(inRedis);
        const auto tenant = createTenant(client, inRedis ? "recovery-r" : "recovery-l");
        for (int i = 0; i < adminRecoveryLimit; ++i) {
            QCOMPARE(client.get("/api/enterprise/admin/users", bearer(tenant.accessToken)).status, 200);
        }
        const auto refused = client.get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        verifyRefusedBy(refused, "admin");
        QCOMPARE(refused.header("X-RateLimit-Limit"), QString::number(adminRecoveryLimit));
        // None of it counted against the admin's own or the tenant's bucket: the status call alone did.
        const auto status = client.get("/api/rate-limit/status", bearer(tenant.accessToken));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json()["tenant"].toObject()["remaining"].toInt(), 999);
        QCOMPARE(status.json()["user"].toObject()["remaining"].toInt(), 499);
    }

    void apiKeysKeepTheirKeyAndTenantLimits_data() { servers(); }
    void apiKeysKeepTheirKeyAndTenantLimits()
    {
        QFETCH(bool, inRedis);
        const auto& client = clientOf(inRedis);
        const auto tenant = createTenant(client, inRedis ? "keyed-r" : "keyed-l", "basic");
        const auto key = createApiKey(client, tenant.accessToken, {{"name", "k"}, {"rate_limit", 2}});
        QCOMPARE(client.get("/api/gurus", apiKey(key.key)).status, 200);
        const auto second = client.get("/api/gurus", apiKey(key.key));
        QCOMPARE(second.header("RateLimit-Policy"), QString("\"key\";q=2;w=3600, \"tenant\";q=10000;w=3600"));
        verifyRefusedBy(client.get("/api/gurus", apiKey(key.key)), "key");
    }

private:
    void servers()
    {
        QTest::addColumn<bool>("inRedis");
        QTest::newRow("in process") << false;
        QTest::newRow("in redis") << true;
    }

    const HttpClient& clientOf(bool inRedis) const { return *(inRedis ? shared : local)->client; }

    /// A tenant (on a plan with API keys) whose limit an operator has set to `tenantLimit`, as
    /// the server sees it.
    TenantFixture smallTenant(bool inRedis, const QString& name)
    {
        auto& live = *(inRedis ? shared : local);
        auto tenant = createTenant(*live.client, name + (inRedis ? "-r" : "-l"), "basic");
        query(live.database.url(), "UPDATE tenants SET api_rate_limit = " + std::to_string(tenantLimit) +
                                       " WHERE id = '" + tenant.id.toStdString() + "'");
        // The plan cache hears of the change through LISTEN/NOTIFY, within a poll or two; each
        // poll counts one call against the tenant, which the tests leave room for.
        const bool seen = waitUntil([&] {
            return live.client->get("/api/rate-limit/status", bearer(tenant.accessToken))
                       .json()["tenant"]
                       .toObject()["limit"]
                       .toInt() == tenantLimit;
        });
        if (!seen) {
            throw std::runtime_error("the server never saw the tenant's new limit");
        }
        return tenant;
    }

    RedisProcess redis;
    std::unique_ptr<LiveServer> local;
    std::unique_ptr<LiveServer> shared;
};

QTEST_GUILESS_MAIN(TestUserRateLimits)
#include "TestUserRateLimits.moc"
