// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

class TestTenantsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(); }

    void selfSignUpCreatesFreeTenantWithAdmin()
    {
        const auto response =
            client().post("/api/enterprise/tenants", {{"name", "Self Serve"},
                                                      {"slug", "self-serve"},
                                                      {"admin_email", "owner@self.example"},
                                                      {"admin_password", "long-enough-pw"}});
        QCOMPARE(response.status, 201);
        const auto tenant = response.json()["tenant"].toObject();
        QCOMPARE(tenant["slug"].toString(), QString("self-serve"));
        QCOMPARE(tenant["subscription_tier"].toString(), QString("free"));
        QCOMPARE(tenant["user_limit"].toInt(), 5);
        QCOMPARE(tenant["api_rate_limit"].toInt(), 1000);
        QCOMPARE(response.json()["owner"].toObject()["role"].toString(), QString("admin"));
        QVERIFY(!response.json()["owner"].toObject().contains("password_hash"));
        // Usable once the address is confirmed (TestSignUpVerification follows the mailed link).
        const auto unconfirmed = login(client(), "self-serve", "owner@self.example", "long-enough-pw");
        QCOMPARE(unconfirmed.response.status, 403);
        QCOMPARE(unconfirmed.response.code(), QString("email_unverified"));
    }

    void selfSignUpCannotChooseAPaidTier()
    {
        const auto response =
            client().post("/api/enterprise/tenants", {{"name", "Sneaky"},
                                                      {"slug", "sneaky"},
                                                      {"subscription_tier", "enterprise"},
                                                      {"admin_email", "a@sneaky.example"},
                                                      {"admin_password", "long-enough-pw"}});
        QCOMPARE(response.status, 403);
        QCOMPARE(response.code(), QString("forbidden"));
    }

    void selfSignUpNeedsAdminCredentials()
    {
        const auto response =
            client().post("/api/enterprise/tenants", {{"name", "No Admin"}, {"slug", "no-admin"}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.code(), QString("validation_failed"));
    }

    void operatorCreatesAnyTier()
    {
        const auto response = client().post(
            "/api/enterprise/tenants", {{"name", "Big Co"}, {"slug", "big-co"}, {"subscription_tier", "pro"}},
            operatorAuth());
        QCOMPARE(response.status, 201);
        const auto tenant = response.json()["tenant"].toObject();
        QCOMPARE(tenant["subscription_tier"].toString(), QString("pro"));
        QCOMPARE(tenant["user_limit"].toInt(), 100);
        QVERIFY(tenant["features"].toArray().contains(QJsonValue("custom_branding")));
        QVERIFY(!tenant["features"].toArray().contains(QJsonValue("white_label")));
        QVERIFY(response.json()["owner"].isNull());
    }

    void duplicateSlugIsAConflict()
    {
        createTenant(client(), "taken-slug");
        const auto response = client().post("/api/enterprise/tenants",
                                            {{"name", "Again"}, {"slug", "taken-slug"}}, operatorAuth());
        QCOMPARE(response.status, 409);
        QCOMPARE(response.code(), QString("conflict"));
    }

    void invalidFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("uppercase slug") << "Bad-Slug"
                                        << "a@b.example"
                                        << "slug";
        QTest::newRow("short slug") << "ab"
                                    << "a@b.example"
                                    << "slug";
        QTest::newRow("double hyphen") << "a--b"
                                       << "a@b.example"
                                       << "slug";
        QTest::newRow("bad email") << "fine-slug"
                                   << "not-an-email"
                                   << "admin_email";
    }

    void invalidFieldsAreNamed()
    {
        QFETCH(QString, slug);
        QFETCH(QString, email);
        QFETCH(QString, field);
        const auto response = client().post(
            "/api/enterprise/tenants",
            {{"name", "X"}, {"slug", slug}, {"admin_email", email}, {"admin_password", "long-enough-pw"}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json()["errors"].toArray().at(0).toObject()["field"].toString(), field);
    }

    void unknownTierIsRejected()
    {
        const auto response = client().post(
            "/api/enterprise/tenants", {{"name", "X"}, {"slug", "tier-x"}, {"subscription_tier", "platinum"}},
            operatorAuth());
        QCOMPARE(response.status, 422);
    }

    void memberReadsOwnTenantWithUsage()
    {
        const auto tenant = createTenant(client(), "reader-co");
        const auto response =
            client().get(path("/api/enterprise/tenants", tenant.id), bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()["id"].toString(), tenant.id);
        QCOMPARE(response.json()["usage"].toObject()["users"].toInt(), 1);
        QCOMPARE(response.header("Cache-Control"), QString("no-store"));
    }

    void operatorReadsAnyTenant()
    {
        const auto tenant = createTenant(client(), "op-read");
        const auto response = client().get(path("/api/enterprise/tenants", tenant.id), operatorAuth());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()["slug"].toString(), QString("op-read"));
    }

    void anonymousReadIsUnauthenticated()
    {
        const auto tenant = createTenant(client(), "anon-read");
        const auto response = client().get(path("/api/enterprise/tenants", tenant.id));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.code(), QString("unauthenticated"));
    }

    void unknownAndMalformedIdsAreNotFound()
    {
        const auto tenant = createTenant(client(), "ids-co");
        QCOMPARE(client()
                     .get("/api/enterprise/tenants/00000000-0000-4000-8000-000000000000", operatorAuth())
                     .status,
                 404);
        QCOMPARE(client().get("/api/enterprise/tenants/not-a-uuid", bearer(tenant.accessToken)).status, 404);
    }

    void adminRenamesTenantAndStoresSettings()
    {
        const auto tenant = createTenant(client(), "rename-co");
        const auto response =
            client().patch(path("/api/enterprise/tenants", tenant.id),
                           {{"name", "Renamed Co"}, {"settings", QJsonObject{{"locale", "de"}}}},
                           bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()["name"].toString(), QString("Renamed Co"));
        QCOMPARE(response.json()["settings"].toObject()["locale"].toString(), QString("de"));
    }

    void patchCannotSetTierOrLimits()
    {
        const auto tenant = createTenant(client(), "mass-assign");
        const auto response = client().patch(path("/api/enterprise/tenants", tenant.id),
                                             {{"subscription_tier", "enterprise"}, {"user_limit", 1000}},
                                             bearer(tenant.accessToken));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), QString("unknown_field"));
        const auto after =
            client().get(path("/api/enterprise/tenants", tenant.id), bearer(tenant.accessToken));
        QCOMPARE(after.json()["subscription_tier"].toString(), QString("free"));
    }

    void managerCannotPatchTenant()
    {
        const auto tenant = createTenant(client(), "mgr-patch");
        const auto manager = createUserAndLogin(client(), tenant, "m@mgr-patch.example", "manager");
        const auto response = client().patch(path("/api/enterprise/tenants", tenant.id), {{"name", "Nope"}},
                                             bearer(manager.accessToken));
        QCOMPARE(response.status, 403);
    }

    void emptyNameIsInvalid()
    {
        const auto tenant = createTenant(client(), "empty-name");
        const auto response = client().patch(path("/api/enterprise/tenants", tenant.id), {{"name", ""}},
                                             bearer(tenant.accessToken));
        QCOMPARE(response.status, 422);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
};

QTEST_GUILESS_MAIN(TestTenantsApi)
#include "TestTenantsApi.moc"
