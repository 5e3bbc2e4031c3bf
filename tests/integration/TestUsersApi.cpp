// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QtTest>
#include <set>

using namespace aih::test;

class TestUsersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(); }

    void adminCreatesUsersOfAnyRole()
    {
        const auto tenant = createTenant(client(), "roles-co");
        for (const auto* role : {"admin", "manager", "user"}) {
            const auto response = client().post("/api/enterprise/admin/users",
                                                {{"email", "new-" + QString(role) + "@roles-co.example"},
                                                 {"role", role},
                                                 {"password", "long-enough-pw"}},
                                                bearer(tenant.accessToken));
            QCOMPARE(response.status, 201);
            QCOMPARE(response.json()["role"].toString(), QString(role));
            QCOMPARE(response.json()["tenant_id"].toString(), tenant.id);
        }
    }

    void managerCreatesOnlyPlainUsers()
    {
        const auto tenant = createTenant(client(), "mgr-co");
        const auto manager = createUserAndLogin(client(), tenant, "boss@mgr-co.example", "manager");
        const auto user =
            client().post("/api/enterprise/admin/users",
                          {{"email", "u@mgr-co.example"}, {"password", "a long enough password"}},
                          bearer(manager.accessToken));
        QCOMPARE(user.status, 201);
        QCOMPARE(user.json()["role"].toString(), QString("user"));
        const auto admin =
            client().post("/api/enterprise/admin/users", {{"email", "a2@mgr-co.example"}, {"role", "admin"}},
                          bearer(manager.accessToken));
        QCOMPARE(admin.status, 403);
    }

    void plainUserCannotManageUsers()
    {
        const auto tenant = createTenant(client(), "plain-co");
        const auto user = createUserAndLogin(client(), tenant, "u@plain-co.example", "user");
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(user.accessToken)).status, 403);
        QCOMPARE(client()
                     .post("/api/enterprise/admin/users", {{"email", "x@plain-co.example"}},
                           bearer(user.accessToken))
                     .status,
                 403);
    }

    void duplicateEmailIsAConflictCaseInsensitively()
    {
        const auto tenant = createTenant(client(), "dupe-co");
        const auto response =
            client().post("/api/enterprise/admin/users", {{"email", tenant.adminEmail.toUpper()}},
                          bearer(tenant.accessToken));
        QCOMPARE(response.status, 409);
    }

    void invalidUserFieldsAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("bad email") << QJsonObject{{"email", "nope"}} << 422;
        QTest::newRow("bad role") << QJsonObject{{"email", "r@x.example"}, {"role", "owner"}} << 422;
        QTest::newRow("short password")
            << QJsonObject{{"email", "p@x.example"}, {"password", "short"}} << 422;
        QTest::newRow("role wrong type") << QJsonObject{{"email", "t@x.example"}, {"role", 3}} << 422;
        QTest::newRow("tenant_id smuggled")
            << QJsonObject{{"email", "s@x.example"}, {"tenant_id", "x"}} << 400;
        QTest::newRow("usage smuggled")
            << QJsonObject{{"email", "c@x.example"}, {"api_usage_count", 0}} << 400;
    }

    void invalidUserFieldsAreRejected()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        if (!validation) {
            validation = std::make_unique<TenantFixture>(createTenant(client(), "validation-co"));
        }
        QCOMPARE(client().post("/api/enterprise/admin/users", body, bearer(validation->accessToken)).status,
                 status);
    }

    void freePlanUserLimitIsEnforced()
    {
        const auto tenant = createTenant(client(), "limit-co");
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(client()
                         .post("/api/enterprise/admin/users",
                               {{"email", QString("u%1@limit-co.example").arg(i)},
                                {"password", "a long enough password"}},
                               bearer(tenant.accessToken))
                         .status,
                     201);
        }
        const auto sixth =
            client().post("/api/enterprise/admin/users",
                          {{"email", "u6@limit-co.example"}, {"password", "a long enough password"}},
                          bearer(tenant.accessToken));
        QCOMPARE(sixth.status, 402);
        QCOMPARE(sixth.code(), QString("plan_limit"));
        QCOMPARE(sixth.json()["required_plan"].toString(), QString("basic"));
    }

    void listPagesWithCursor()
    {
        const auto tenant = createTenant(client(), "pages-co", "basic");
        for (int i = 0; i < 4; ++i) {
            client().post(
                "/api/enterprise/admin/users",
                {{"email", QString("p%1@pages-co.example").arg(i)}, {"password", "a long enough password"}},
                bearer(tenant.accessToken));
        }
        std::set<QString> seen;
        std::string next = "/api/enterprise/admin/users?limit=2";
        int pages = 0;
        while (!next.empty()) {
            const auto page = client().get(next, bearer(tenant.accessToken));
            QCOMPARE(page.status, 200);
            for (const auto& user : page.json()["data"].toArray()) {
                QVERIFY(seen.insert(user.toObject()["id"].toString()).second);
            }
            const auto cursor = page.json()["next_cursor"];
            next = cursor.isNull() ? ""
                                   : "/api/enterprise/admin/users?limit=2&cursor=" +
                                         QUrl::toPercentEncoding(cursor.toString()).toStdString();
            ++pages;
        }
        QCOMPARE(seen.size(), std::size_t(5));
        QCOMPARE(pages, 3);
    }

    void badLimitOrCursorIsAClientError()
    {
        const auto tenant = createTenant(client(), "cursor-co");
        QCOMPARE(client().get("/api/enterprise/admin/users?limit=0", bearer(tenant.accessToken)).status, 422);
        QCOMPARE(client().get("/api/enterprise/admin/users?limit=201", bearer(tenant.accessToken)).status,
                 422);
        QCOMPARE(
            client().get("/api/enterprise/admin/users?cursor=garbage", bearer(tenant.accessToken)).status,
            422);
        QCOMPARE(client()
                     .get("/api/enterprise/admin/users?cursor=2020-01-01|zzz", bearer(tenant.accessToken))
                     .status,
                 422);
    }

    void lastAdminCannotDemoteOrDeactivateItself()
    {
        const auto tenant = createTenant(client(), "last-admin");
        const auto demote = client().patch(path("/api/enterprise/admin/users", tenant.adminId),
                                           {{"role", "user"}}, bearer(tenant.accessToken));
        QCOMPARE(demote.status, 409);
        QCOMPARE(demote.code(), QString("last_admin"));
        QCOMPARE(client()
                     .del(path("/api/enterprise/admin/users", tenant.adminId), bearer(tenant.accessToken))
                     .status,
                 409);
    }

    void roleChangeAppliesToExistingTokensAtOnce()
    {
        const auto tenant = createTenant(client(), "demote-co");
        const auto second = createUserAndLogin(client(), tenant, "second@demote-co.example", "admin");
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(second.accessToken)).status, 200);
        const auto demoted = client().patch(path("/api/enterprise/admin/users", second.userId),
                                            {{"role", "user"}}, bearer(tenant.accessToken));
        QCOMPARE(demoted.status, 200);
        QCOMPARE(demoted.json()["role"].toString(), QString("user"));
        // The token still says admin; the database says otherwise and wins.
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(second.accessToken)).status, 403);
    }

    void deactivationEndsSessionsAndSignIn()
    {
        const auto tenant = createTenant(client(), "deact-co");
        const auto user = createUserAndLogin(client(), tenant, "leaver@deact-co.example", "user");
        QCOMPARE(client().get("/api/auth/me", bearer(user.accessToken)).status, 200);
        QCOMPARE(
            client().del(path("/api/enterprise/admin/users", user.userId), bearer(tenant.accessToken)).status,
            204);
        QCOMPARE(client().get("/api/auth/me", bearer(user.accessToken)).status, 401);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", user.refreshToken}}).status, 401);
        const auto again =
            login(client(), "deact-co", "leaver@deact-co.example", "password-for-leaver@deact-co.example");
        QCOMPARE(again.response.status, 401);
        const auto listed = client().get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        bool foundInactive = false;
        for (const auto& entry : listed.json()["data"].toArray()) {
            if (entry.toObject()["id"].toString() == user.userId) {
                foundInactive = !entry.toObject()["active"].toBool();
            }
        }
        QVERIFY2(foundInactive, "deactivation keeps the user, marked inactive");
    }

    void reactivationRespectsTheUserLimit()
    {
        const auto tenant = createTenant(client(), "react-co");
        QString firstId;
        for (int i = 1; i < 5; ++i) {
            const auto created = client().post(
                "/api/enterprise/admin/users",
                {{"email", QString("r%1@react-co.example").arg(i)}, {"password", "a long enough password"}},
                bearer(tenant.accessToken));
            if (i == 1) {
                firstId = created.json()["id"].toString();
            }
        }
        QCOMPARE(
            client().del(path("/api/enterprise/admin/users", firstId), bearer(tenant.accessToken)).status,
            204);
        QCOMPARE(client()
                     .post("/api/enterprise/admin/users",
                           {{"email", "r5@react-co.example"}, {"password", "a long enough password"}},
                           bearer(tenant.accessToken))
                     .status,
                 201);
        const auto back = client().patch(path("/api/enterprise/admin/users", firstId), {{"active", true}},
                                         bearer(tenant.accessToken));
        QCOMPARE(back.status, 402);
    }

    void managerCannotChangeRoles()
    {
        const auto tenant = createTenant(client(), "mgr-role");
        const auto manager = createUserAndLogin(client(), tenant, "m@mgr-role.example", "manager");
        QCOMPARE(client()
                     .patch(path("/api/enterprise/admin/users", manager.userId), {{"role", "admin"}},
                            bearer(manager.accessToken))
                     .status,
                 403);
    }

    void unknownUserIsNotFound()
    {
        const auto tenant = createTenant(client(), "unknown-user");
        QCOMPARE(client()
                     .patch("/api/enterprise/admin/users/00000000-0000-4000-8000-000000000000",
                            {{"active", false}}, bearer(tenant.accessToken))
                     .status,
                 404);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<TenantFixture> validation;
};

QTEST_GUILESS_MAIN(TestUsersApi)
#include "TestUsersApi.moc"
