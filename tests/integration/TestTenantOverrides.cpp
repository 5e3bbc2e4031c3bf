// SPDX-License-Identifier: Apache-2.0
// The operator overrides a tenant's limits for a custom deal (PATCH /api/enterprise/tenants/{id}):
// above or below the plan, cleared with null, audited, refused to anyone else, and applied by
// every instance at once. Two instances share the database and Redis, as when scaled out; a third
// on the same database counts in process, so the counts it admits are exact however slow Redis is.
#include "ApiHelpers.h"
#include "Hammer.h"
#include "TwoInstances.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace aih::test;

class TestTenantOverrides : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = instances.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto env = ServerProcess::defaultEnvironment(instances.database.url());
        // One member may use the whole tenant's allowance, so one session can exceed the plan's.
        env["AIH_USER_RATE_SHARE"] = "1";
        inProcess = std::make_unique<ServerProcess>(env);
        QVERIFY2(inProcess->start(), qPrintable(inProcess->log()));
    }

    void raisedAllowanceAdmitsCallsBeyondThePlan()
    {
        const auto tenant = createTenant(local(), "raised-co"); // free: 1,000 calls an hour
        const auto patched = setLimitsVia(local(), tenant.id, {{"api_rate_limit", 1200}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()["api_rate_limit"].toInt(), 1200);
        QCOMPARE(patched.json()["limit_overrides"].toObject()["api_rate_limit"].toInt(), 1200);
        QVERIFY(patched.json()["limit_overrides"].toObject()["user_limit"].isNull());
        const auto statuses = hammer({inProcess->port()}, 32, 40, "/api/gurus", bearer(tenant.accessToken));
        QCOMPARE(statuses.at(200), 1200);
        QCOMPARE(statuses.at(429), 80);
    }

    void loweredAllowanceRefusesEarlier()
    {
        const auto tenant = createTenant(local(), "lowered-co", "basic"); // 10,000 calls an hour
        const auto key = createApiKey(local(), tenant.accessToken, {{"name", "small"}});
        QCOMPARE(setLimitsVia(local(), tenant.id, {{"api_rate_limit", 6}}).status, 200);
        const auto statuses = hammer({inProcess->port()}, 1, 8, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(200), 5); // the key's creation was the tenant's first call
        QCOMPARE(statuses.at(429), 3);
        const auto refused = local().get("/api/gurus", apiKey(key.key));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json()["limit"].toString(), QString("tenant"));
        QCOMPARE(refused.header("X-RateLimit-Limit"), QString("6"));
    }

    void nullClearsTheOverrideAndAbsentKeepsIt()
    {
        const auto tenant = createTenant(local(), "cleared-co", "basic");
        QCOMPARE(setLimitsVia(local(), tenant.id, {{"api_rate_limit", 3}, {"user_limit", 7}}).status, 200);
        const auto key = createApiKey(local(), tenant.accessToken, {{"name", "cleared"}});
        const auto statuses = hammer({inProcess->port()}, 1, 4, "/api/gurus", apiKey(key.key));
        QCOMPARE(statuses.at(429), 2);
        const auto cleared = setLimitsVia(local(), tenant.id, {{"api_rate_limit", QJsonValue::Null}});
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json()["api_rate_limit"].toInt(), 10000);
        QVERIFY(cleared.json()["limit_overrides"].toObject()["api_rate_limit"].isNull());
        QCOMPARE(cleared.json()["limit_overrides"].toObject()["user_limit"].toInt(), 7);
        QCOMPARE(cleared.json()["user_limit"].toInt(), 7);
        // The key keeps the limit it was made with (3); a new one has the plan's again.
        const auto fresh = createApiKey(local(), tenant.accessToken, {{"name", "fresh"}});
        QCOMPARE(fresh.response.json()["rate_limit"].toInt(), 10000);
        QCOMPARE(local().get("/api/gurus", apiKey(fresh.key)).status, 200);
        const auto shown = local().get(path("/api/enterprise/tenants", tenant.id), operatorAuth()).json();
        QCOMPARE(shown["api_rate_limit"].toInt(), 10000);
        QCOMPARE(shown["limit_overrides"].toObject()["user_limit"].toInt(), 7);
    }

    void overrideThroughOneInstanceAppliesOnTheOtherWithinASecond()
    {
        const auto tenant = createTenant(first(), "spread-co", "basic");
        const auto key = createApiKey(first(), tenant.accessToken, {{"name", "spread"}});
        // The second instance caches the plan's 10,000 and would keep admitting on it for a minute.
        QCOMPARE(second().get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(setLimits(tenant.id, {{"api_rate_limit", 3}}).status, 200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitUntil([&] { return second().get("/api/gurus", apiKey(key.key)).status == 429; }, 1000));
        qInfo("the override reached the other instance after %lld ms", timer.elapsed());
        QCOMPARE(second().get("/api/gurus", apiKey(key.key)).header("X-RateLimit-Limit"), QString("3"));
    }

    void changeIsAuditedWithBeforeAndAfter()
    {
        const auto tenant = createTenant(first(), "audited-co");
        QCOMPARE(setLimits(tenant.id, {{"api_rate_limit", 250000}, {"user_limit", 9}}).status, 200);
        QCOMPARE(setLimits(tenant.id, {{"user_limit", QJsonValue::Null}}).status, 200);
        const auto entries = auditEntries(first(), tenant.accessToken, "action=tenant.limits_changed");
        QCOMPARE(entries.size(), 2);
        const auto latest = entries[0].toObject();
        QCOMPARE(latest["actor"].toObject()["type"].toString(), QString("operator"));
        QCOMPARE(latest["resource"].toObject()["id"].toString(), tenant.id);
        const auto before = latest["metadata"].toObject()["before"].toObject();
        const auto after = latest["metadata"].toObject()["after"].toObject();
        QCOMPARE(before["user_limit"].toInt(), 9);
        QCOMPARE(before["api_rate_limit"].toInt(), 250000);
        QVERIFY(after["user_limit"].isNull());
        QCOMPARE(after["api_rate_limit"].toInt(), 250000);
        const auto earlier = entries[1].toObject()["metadata"].toObject();
        QVERIFY(earlier["before"].toObject()["api_rate_limit"].isNull());
        QCOMPARE(earlier["after"].toObject()["user_limit"].toInt(), 9);
        const auto verified = first().get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken));
        QCOMPARE(verified.status, 200);
        QVERIFY(verified.json()["valid"].toBool());
    }

    void onlyTheOperatorMayOverride()
    {
        const auto tenant = createTenant(first(), "guarded-co", "basic");
        const QJsonObject raise{{"api_rate_limit", 100000}};
        QCOMPARE(setLimits(tenant.id, raise, bearer(tenant.accessToken)).status, 403);
        QCOMPARE(setLimits(tenant.id, {{"user_limit", QJsonValue::Null}}, bearer(tenant.accessToken)).status,
                 403);
        const auto adminKey =
            createApiKey(first(), tenant.accessToken,
                         {{"name", "admin"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(setLimits(tenant.id, raise, apiKey(adminKey.key)).status, 403);
        QCOMPARE(setLimits(tenant.id, raise, {}).status, 401);
        QCOMPARE(setLimits(tenant.id, raise, bearer("not-the-operator-token-0123456789abcdef")).status, 401);
        const auto shown = first().get(path("/api/enterprise/tenants", tenant.id), operatorAuth()).json();
        QCOMPARE(shown["api_rate_limit"].toInt(), 10000);
        QVERIFY(shown["limit_overrides"].toObject()["api_rate_limit"].isNull());
        // The admin still renames the tenant as before.
        QCOMPARE(setLimits(tenant.id, {{"name", "Guarded"}}, bearer(tenant.accessToken)).status, 200);
    }

    void badValuesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("negative") << "api_rate_limit" << QJsonValue(-5);
        QTest::newRow("zero") << "user_limit" << QJsonValue(0);
        QTest::newRow("string") << "api_rate_limit" << QJsonValue("lots");
        QTest::newRow("fraction") << "user_limit" << QJsonValue(2.5);
        QTest::newRow("above the bound") << "user_limit" << QJsonValue(1000000001);
        QTest::newRow("huge") << "api_rate_limit" << QJsonValue(1e15);
    }

    void badValuesAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto response = setLimits(refusedTenant().id, {{field, value}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.code(), QString("validation_failed"));
        QCOMPARE(response.json()["errors"].toArray()[0].toObject()["field"].toString(), field);
        const auto shown =
            first().get(path("/api/enterprise/tenants", refusedTenant().id), operatorAuth()).json();
        QVERIFY(shown["limit_overrides"].toObject()[field].isNull());
    }

    void unknownTenantIsNotFound()
    {
        const auto response = setLimits("00000000-0000-4000-8000-000000000000", {{"api_rate_limit", 5000}});
        QCOMPARE(response.status, 404);
        QCOMPARE(response.code(), QString("not_found"));
    }

    void userLimitOverrideGovernsSeats()
    {
        const auto tenant = createTenant(first(), "seats-co"); // free: 5 users, the admin is one
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(addUser(tenant, i).status, 201);
        }
        QCOMPARE(addUser(tenant, 4).code(), QString("plan_limit"));
        QCOMPARE(setLimits(tenant.id, {{"user_limit", 7}}).status, 200);
        QCOMPARE(addUser(tenant, 5).status, 201);
        QCOMPARE(addUser(tenant, 6).status, 201);
        const auto full = addUser(tenant, 7);
        QCOMPARE(full.status, 402);
        QCOMPARE(full.code(), QString("plan_limit"));
        QCOMPARE(setLimits(tenant.id, {{"user_limit", 3}}).status, 200);
        const auto lowered = addUser(tenant, 8);
        QCOMPARE(lowered.status, 402);
        QCOMPARE(lowered.code(), QString("plan_limit"));
        const auto shown =
            first().get(path("/api/enterprise/tenants", tenant.id), bearer(tenant.accessToken));
        QCOMPARE(shown.json()["usage"].toObject()["users"].toInt(), 7);
        QCOMPARE(shown.json()["usage"].toObject()["user_limit"].toInt(), 3);
    }

private:
    HttpResponse setLimits(const QString& tenantId, const QJsonObject& body,
                           const Headers& auth = operatorAuth())
    {
        return first().patch(path("/api/enterprise/tenants", tenantId), body, auth);
    }

    /// Through the instance that counts the calls, which drops its cached limits at once.
    static HttpResponse setLimitsVia(const HttpClient& instance, const QString& tenantId,
                                     const QJsonObject& body)
    {
        return instance.patch(path("/api/enterprise/tenants", tenantId), body, operatorAuth());
    }

    HttpResponse addUser(const TenantFixture& tenant, int n)
    {
        const auto email = QString("user%1@%2.example").arg(n).arg(tenant.slug);
        return first().post("/api/enterprise/admin/users",
                            {{"email", email}, {"role", "user"}, {"password", "a long enough password"}},
                            bearer(tenant.accessToken));
    }

    const TenantFixture& refusedTenant()
    {
        if (validationTenant.id.isEmpty()) {
            validationTenant = createTenant(first(), "refused-co");
        }
        return validationTenant;
    }

    HttpClient first() const { return HttpClient(instances.servers[0]->port()); }
    HttpClient second() const { return HttpClient(instances.servers[1]->port()); }
    HttpClient local() const { return HttpClient(inProcess->port()); }

    TwoInstances instances;
    std::unique_ptr<ServerProcess> inProcess;
    TenantFixture validationTenant;
};

QTEST_GUILESS_MAIN(TestTenantOverrides)
#include "TestTenantOverrides.moc"
