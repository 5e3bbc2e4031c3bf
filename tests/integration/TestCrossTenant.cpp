// SPDX-License-Identifier: Apache-2.0
// Tenant B's credentials aimed at tenant A's objects, through every tenant-scoped endpoint; and
// the same attempts again after every database connection of aihd was killed or reset.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "ResettingProxy.h"

#include <QJsonArray>
#include <QtTest>
#include <pqxx/pqxx>

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
        for (const auto& attempt : objectAttempts()) {
            QTest::newRow(attempt.name) << attempt.method << attempt.target << attempt.body;
        }
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
        // A name nobody has gets the same answer, so members cannot probe which names are taken.
        QTest::newRow("unknown slug") << "no-such-tenant";
        QTest::newRow("unknown id") << "00000000-0000-4000-8000-000000000000";
        QTest::newRow("unknown subdomain host") << "";
    }

    void namingAnotherTenantByHeaderIsForbidden()
    {
        QFETCH(QString, tenantHeader);
        auto headers = bearer(b.accessToken);
        if (tenantHeader.isEmpty()) {
            headers.emplace_back("Host", "no-such-tenant.aih.test");
        } else {
            headers.emplace_back("X-Tenant-ID", tenantHeader.toStdString());
        }
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

    // A connection replaced after a kill must come back as aih_app with the tenant scope, never as
    // a session with more rights: every attempt above is made again after each round of kills.
    void isolationHoldsAfterEveryConnectionIsTerminated()
    {
        pqxx::connection owner(live->database.url());
        for (int round = 0; round < 3; ++round) {
            pqxx::nontransaction tx(owner);
            const auto killed = tx.exec("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE application_name = 'aihd' AND datname = current_database()");
            QVERIFY(killed[0][0].as<int>() > 0);
            const auto breaches = isolationBreaches(client());
            QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join("\n")));
        }
    }

    // The same with every connection going through a proxy that resets them, on request and
    // whenever they idle for 200 ms, as a NAT or a load balancer in front of the database may.
    void isolationHoldsThroughAProxyThatResetsConnections()
    {
        const auto databaseUrl = live->database.url();
        const auto pgPort =
            static_cast<unsigned short>(std::stoi(databaseUrl.substr(databaseUrl.rfind(':') + 1)));
        ResettingProxy proxy(pgPort, 200);
        auto proxiedUrl = databaseUrl;
        proxiedUrl.replace(proxiedUrl.rfind(':') + 1, std::to_string(pgPort).size(),
                           std::to_string(proxy.port()));
        ServerProcess proxied(ServerProcess::defaultEnvironment(proxiedUrl));
        QVERIFY2(proxied.start(), qPrintable(proxied.log()));
        const HttpClient viaProxy(proxied.port());
        for (int round = 0; round < 3; ++round) {
            proxy.resetAll();
            const auto breaches = isolationBreaches(viaProxy);
            QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join("\n")));
            QTest::qWait(300); // every idle connection is reset in between
        }
        QVERIFY(proxy.resets() > 0);
    }

private:
    struct Attempt
    {
        const char* name;
        QString method;
        QString target;
        QByteArray body;
    };

    std::vector<Attempt> objectAttempts() const
    {
        return {
            {"get tenant", "GET", "/api/enterprise/tenants/" + a.id, {}},
            {"patch tenant", "PATCH", "/api/enterprise/tenants/" + a.id, "{\"name\":\"pwned\"}"},
            {"patch user", "PATCH", "/api/enterprise/admin/users/" + aUser.userId, "{\"role\":\"admin\"}"},
            {"delete user", "DELETE", "/api/enterprise/admin/users/" + aUser.userId, {}},
            {"patch admin", "PATCH", "/api/enterprise/admin/users/" + a.adminId, "{\"active\":false}"},
        };
    }

    /// Every cross-tenant attempt of this test, through `server`; what got through, if anything.
    /// A 503 (a connection that broke under the request) is retried, as a client would.
    QStringList isolationBreaches(const HttpClient& server) const
    {
        const auto send = [&server](const std::string& method, const std::string& target,
                                    const QByteArray& body, const Headers& headers) {
            auto response = server.request(method, target, body, headers);
            for (int retry = 0; retry < 10 && response.status == 503; ++retry) {
                QTest::qWait(100);
                response = server.request(method, target, body, headers);
            }
            return response;
        };
        QStringList breaches;
        const auto expect = [&breaches](const char* what, int status, int expected) {
            if (status != expected) {
                breaches << QString("%1: %2, expected %3").arg(what).arg(status).arg(expected);
            }
        };
        for (const auto& attempt : objectAttempts()) {
            expect(attempt.name,
                   send(attempt.method.toStdString(), attempt.target.toStdString(), attempt.body,
                        bearer(b.accessToken))
                       .status,
                   404);
        }
        for (const auto& named : {a.id, a.slug}) {
            auto headers = bearer(b.accessToken);
            headers.emplace_back("X-Tenant-ID", named.toStdString());
            expect("naming A by header", send("GET", "/api/enterprise/admin/users", {}, headers).status, 403);
        }
        auto subdomain = bearer(b.accessToken);
        subdomain.emplace_back("Host", "tenant-a.aih.test");
        expect("naming A by subdomain", send("GET", "/api/enterprise/admin/users", {}, subdomain).status,
               403);
        const auto listed = send("GET", "/api/enterprise/admin/users", {}, bearer(b.accessToken));
        expect("listing B's users", listed.status, 200);
        for (const auto& user : listed.json()["data"].toArray()) {
            if (user.toObject()["tenant_id"].toString() != b.id) {
                breaches << "B's user list shows " + user.toObject()["email"].toString();
            }
        }
        const auto crossSignIn = send(
            "POST", "/api/auth/login",
            QJsonDocument(
                QJsonObject{{"tenant", "tenant-b"}, {"email", a.adminEmail}, {"password", a.adminPassword}})
                .toJson(QJsonDocument::Compact),
            {});
        expect("signing in to B as A's admin", crossSignIn.status, 401);
        const auto own = send("GET", path("/api/enterprise/tenants", a.id), {}, bearer(a.accessToken));
        expect("A reading itself", own.status, 200);
        if (own.json()["name"].toString() != "Tenant tenant-a") {
            breaches << "A's tenant changed: " + own.json()["name"].toString();
        }
        return breaches;
    }

    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture a;
    TenantFixture b;
    SignIn aUser;
};

QTEST_GUILESS_MAIN(TestCrossTenant)
#include "TestCrossTenant.moc"
