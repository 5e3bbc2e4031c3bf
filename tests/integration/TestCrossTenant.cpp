// SPDX-License-Identifier: Apache-2.0
// Tenant B's credentials aimed at tenant A's objects, through every tenant-scoped endpoint.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

class TestCrossTenant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        a = createTenant(client(), "tenant-a", "basic");
        b = createTenant(client(), "tenant-b", "basic");
        aUser = createUserAndLogin(client(), a, "user@tenant-a.example", "user");
    }

    void everyObjectEndpointHidesOtherTenantsObjects_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get tenant") << "GET"
                                    << "/api/enterprise/tenants/" + a.id << QByteArray();
        QTest::newRow("patch tenant")
            << "PATCH"
            << "/api/enterprise/tenants/" + a.id << QByteArray("{\"name\":\"pwned\"}");
        QTest::newRow("patch user") << "PATCH"
                                    << "/api/enterprise/admin/users/" + aUser.userId
                                    << QByteArray("{\"role\":\"admin\"}");
        QTest::newRow("delete user") << "DELETE"
                                     << "/api/enterprise/admin/users/" + aUser.userId << QByteArray();
        QTest::newRow("patch admin") << "PATCH"
                                     << "/api/enterprise/admin/users/" + a.adminId
                                     << QByteArray("{\"active\":false}");
    }

    void everyObjectEndpointHidesOtherTenantsObjects()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        const auto response =
            client().request(method.toStdString(), target.toStdString(), body, bearer(b.accessToken));
        QCOMPARE(response.status, 404);
        // Nothing changed on A's side.
        const auto check = client().get(path("/api/enterprise/tenants", a.id), bearer(a.accessToken));
        QCOMPARE(check.json()["name"].toString(), QString("Tenant tenant-a"));
        QCOMPARE(client().get("/api/auth/me", bearer(aUser.accessToken)).json()["role"].toString(),
                 QString("user"));
    }

    void namingAnotherTenantByHeaderIsForbidden_data()
    {
        QTest::addColumn<QString>("tenantHeader");
        QTest::newRow("by id") << a.id;
        QTest::newRow("by slug") << "tenant-a";
    }

    void namingAnotherTenantByHeaderIsForbidden()
    {
        QFETCH(QString, tenantHeader);
        auto headers = bearer(b.accessToken);
        headers.emplace_back("X-Tenant-ID", tenantHeader.toStdString());
        for (const auto* target : {"/api/enterprise/admin/users", "/api/auth/me"}) {
            const auto response = client().get(target, headers);
            QCOMPARE(response.status, 403);
            QCOMPARE(response.code(), QString("tenant_mismatch"));
        }
    }

    void namingAnotherTenantBySubdomainIsForbidden()
    {
        auto headers = bearer(b.accessToken);
        headers.emplace_back("Host", "tenant-a.aih.test");
        const auto response = client().get("/api/enterprise/admin/users", headers);
        QCOMPARE(response.status, 403);
        QCOMPARE(response.code(), QString("tenant_mismatch"));
    }

    void namingOwnTenantIsFine()
    {
        auto headers = bearer(b.accessToken);
        headers.emplace_back("X-Tenant-ID", "tenant-b");
        headers.emplace_back("Host", "tenant-b.aih.test:8080");
        QCOMPARE(client().get("/api/enterprise/admin/users", headers).status, 200);
    }

    void unknownNamedTenantIsNotFound()
    {
        QCOMPARE(client().get("/api/auth/me", {{"X-Tenant-ID", "no-such-tenant"}}).status, 404);
        QCOMPARE(client().get("/api/auth/me", {{"X-Tenant-ID", "'; DROP TABLE users; --"}}).status, 404);
    }

    void listingShowsOnlyOwnUsers()
    {
        const auto listed = client().get("/api/enterprise/admin/users", bearer(b.accessToken));
        QCOMPARE(listed.status, 200);
        for (const auto& user : listed.json()["data"].toArray()) {
            QCOMPARE(user.toObject()["tenant_id"].toString(), b.id);
        }
        QCOMPARE(listed.json()["data"].toArray().size(), 1);
    }

    void signingInToOneTenantWithAnothersCredentialsFails()
    {
        QCOMPARE(login(client(), "tenant-b", a.adminEmail, a.adminPassword).response.status, 401);
    }

    void anotherTenantsRefreshTokenCannotBeUsedWithTheirHeader()
    {
        // Refresh is bound to the token's own tenant whatever the request names.
        auto headers = Headers{{"X-Tenant-ID", "tenant-b"}};
        const auto refreshed =
            client().request("POST", "/api/auth/refresh",
                             QByteArray("{\"refresh_token\":\"") + a.refreshToken.toUtf8() + "\"}", headers);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.json()["user"].toObject()["tenant_id"].toString(), a.id);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture a;
    TenantFixture b;
    SignIn aUser;
};

QTEST_GUILESS_MAIN(TestCrossTenant)
#include "TestCrossTenant.moc"
