// SPDX-License-Identifier: Apache-2.0
// The operator suspends a tenant (PATCH /api/enterprise/tenants/{id} {"status": "suspended"}):
// at once, on both instances, its API keys, sessions, refreshes and sign-ins get 403
// tenant_suspended, while its data stays and the operator can still read it; other tenants go
// on untouched; reactivation restores everything without new credentials; both changes are in
// the tenant's own audit trail, and only the operator can make them. The operator's tenant list
// searches, filters and pages every tenant; nobody else can read it.
#include "ApiHelpers.h"
#include "TwoInstances.h"
#include "Wait.h"

#include <QUrlQuery>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr auto platformTenants = "/api/enterprise/platform/tenants";

std::string tenantPath(const QString& id)
{
    return "/api/enterprise/tenants/" + id.toStdString();
}

QStringList slugsOf(const HttpResponse& response)
{
    QStringList slugs;
    for (const auto& item : response.json()["data"].toArray()) {
        slugs << item.toObject()["slug"].toString();
    }
    return slugs;
}

} // namespace

class TestTenantSuspension : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = instances.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const auto& server : instances.servers) {
            clients.emplace_back(server->port());
        }
    }

    void aSuspendedTenantIsRefusedEverywhereAtOnceAndKeepsItsData()
    {
        const auto tenant = createTenant(first(), "suspend-me", "basic");
        const auto bystander = createTenant(first(), "suspend-bystander", "basic");
        const auto key = createApiKey(first(), tenant.accessToken, {{"name", "worker"}});
        const auto otherKey = createApiKey(first(), bystander.accessToken, {{"name", "worker"}});
        // Both instances have the tenant's plan cached before the change.
        for (auto* client : {&first(), &second()}) {
            QCOMPARE(client->get("/api/gurus", apiKey(key.key)).status, 200);
            QCOMPARE(client->get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        }

        const auto suspended =
            first().patch(tenantPath(tenant.id), {{"status", "suspended"}}, operatorAuth());
        QCOMPARE(suspended.status, 200);
        QCOMPARE(suspended.json()["status"].toString(), QString("suspended"));
        QVERIFY(!suspended.json()["suspended_at"].isNull());

        // The other instance hears of it through the database, within moments.
        QVERIFY(waitUntil([&] { return second().get("/api/gurus", apiKey(key.key)).status == 403; }, 3000));
        for (auto* client : {&first(), &second()}) {
            const auto byKey = client->get("/api/gurus", apiKey(key.key));
            QCOMPARE(byKey.status, 403);
            QCOMPARE(byKey.code(), QString("tenant_suspended"));
            const auto bySession = client->get("/api/enterprise/admin/users", bearer(tenant.accessToken));
            QCOMPARE(bySession.status, 403);
            QCOMPARE(bySession.code(), QString("tenant_suspended"));
            QCOMPARE(client->get("/api/gurus", apiKey(otherKey.key)).status, 200);
        }
        const auto signIn = login(first(), tenant.slug, tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(signIn.response.status, 403);
        QCOMPARE(signIn.response.code(), QString("tenant_suspended"));
        const auto refreshed = first().post("/api/auth/refresh", {{"refresh_token", tenant.refreshToken}});
        QCOMPARE(refreshed.status, 403);
        QCOMPARE(refreshed.code(), QString("tenant_suspended"));
        // A wrong password learns nothing about the suspension.
        QCOMPARE(login(first(), tenant.slug, tenant.adminEmail, "not the password").response.status, 401);

        // The data stays, and the operator still reads it.
        const auto seen = first().get(tenantPath(tenant.id), operatorAuth());
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.json()["status"].toString(), QString("suspended"));
        QCOMPARE(seen.json()["usage"].toObject()["users"].toInt(), 1);

        // Suspending again changes nothing and records nothing.
        QCOMPARE(first()
                     .patch(tenantPath(tenant.id), {{"status", "suspended"}}, operatorAuth())
                     .json()["suspended_at"],
                 suspended.json()["suspended_at"]);

        const auto reactivated =
            second().patch(tenantPath(tenant.id), {{"status", "active"}}, operatorAuth());
        QCOMPARE(reactivated.status, 200);
        QCOMPARE(reactivated.json()["status"].toString(), QString("active"));
        QVERIFY(reactivated.json()["suspended_at"].isNull());
        QVERIFY(waitUntil([&] { return first().get("/api/gurus", apiKey(key.key)).status == 200; }, 3000));
        QCOMPARE(second().get("/api/gurus", apiKey(key.key)).status, 200);
        const auto again = login(second(), tenant.slug, tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(again.response.status, 200);

        // In the tenant's own trail, by the operator.
        const auto trail = auditEntries(first(), again.accessToken, "action=tenant.suspended");
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail[0].toObject()["actor"].toObject()["type"].toString(), QString("operator"));
        QCOMPARE(auditEntries(first(), again.accessToken, "action=tenant.reactivated").size(), 1);
    }

    void aSuspendedTenantsIdentityProviderIsRefusedToo()
    {
        const auto tenant = createTenant(first(), "suspend-scim", "enterprise");
        const auto issued = first().post("/api/enterprise/sso/scim-token", {}, bearer(tenant.accessToken));
        QCOMPARE(issued.status, 201);
        const auto scim = bearer(issued.json()["token"].toString());
        QCOMPARE(first().get("/scim/v2/Users", scim).status, 200);
        QCOMPARE(first().patch(tenantPath(tenant.id), {{"status", "suspended"}}, operatorAuth()).status, 200);
        QVERIFY(waitUntil([&] { return second().get("/scim/v2/Users", scim).status == 403; }, 3000));
        QCOMPARE(first().get("/scim/v2/Users", scim).status, 403);
        // The portal signs the tenant's members out.
        auto host = tenantHost(tenant.slug);
        host.emplace_back("Cookie", "aih_portal_session=" + tenant.accessToken.toStdString());
        const auto portal = first().get("/portal/home", host);
        QVERIFY2(portal.status == 303 || portal.status == 302, qPrintable(QString::number(portal.status)));
    }

    void onlyTheOperatorSuspends()
    {
        const auto tenant = createTenant(first(), "suspend-self", "basic");
        const auto own =
            first().patch(tenantPath(tenant.id), {{"status", "suspended"}}, bearer(tenant.accessToken));
        QCOMPARE(own.status, 403);
        const auto other = createTenant(first(), "suspend-other", "basic");
        QCOMPARE(
            first().patch(tenantPath(other.id), {{"status", "suspended"}}, bearer(tenant.accessToken)).status,
            404);
        const auto key = createApiKey(first(), tenant.accessToken,
                                      {{"name", "admin"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(first().patch(tenantPath(tenant.id), {{"status", "suspended"}}, apiKey(key.key)).status,
                 403);
        const auto bad = first().patch(tenantPath(tenant.id), {{"status", "frozen"}}, operatorAuth());
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json()["errors"].toArray().at(0).toObject()["field"].toString(), QString("status"));
        QCOMPARE(first().get(tenantPath(tenant.id), bearer(tenant.accessToken)).json()["status"].toString(),
                 QString("active"));
    }

    void theOperatorSearchesFiltersAndPagesTenants()
    {
        for (const auto* slug : {"list-alpha", "list-bravo", "list-charlie"}) {
            createTenant(first(), slug, "pro");
        }
        const auto delta = createTenant(first(), "list-delta", "free");
        QCOMPARE(first().patch(tenantPath(delta.id), {{"status", "suspended"}}, operatorAuth()).status, 200);

        const auto found = first().get(std::string(platformTenants) + "?q=LIST-", operatorAuth());
        QCOMPARE(found.status, 200);
        QCOMPARE(slugsOf(found), QStringList({"list-delta", "list-charlie", "list-bravo", "list-alpha"}));
        const auto entry = found.json()["data"].toArray()[0].toObject();
        QCOMPARE(entry["status"].toString(), QString("suspended"));
        QCOMPARE(entry["active_users"].toInt(), 1);
        QCOMPARE(entry["subscription_tier"].toString(), QString("free"));

        QCOMPARE(slugsOf(first().get(std::string(platformTenants) + "?q=list-&tier=pro", operatorAuth())),
                 QStringList({"list-charlie", "list-bravo", "list-alpha"}));
        QCOMPARE(
            slugsOf(first().get(std::string(platformTenants) + "?q=list-&status=suspended", operatorAuth())),
            QStringList({"list-delta"}));
        QCOMPARE(
            slugsOf(first().get(std::string(platformTenants) + "?q=list-&created_from=2000-01-01T00:00:00Z"
                                                               "&created_to=2001-01-01T00:00:00Z",
                                operatorAuth())),
            QStringList());

        // Two pages of two, and nothing seen twice.
        const auto page1 = first().get(std::string(platformTenants) + "?q=list-&limit=2", operatorAuth());
        QCOMPARE(slugsOf(page1), QStringList({"list-delta", "list-charlie"}));
        const auto cursor = page1.json()["next_cursor"].toString();
        QVERIFY(!cursor.isEmpty());
        QUrlQuery query;
        query.addQueryItem("q", "list-");
        query.addQueryItem("limit", "2");
        query.addQueryItem("cursor", cursor);
        const auto page2 =
            first().get(std::string(platformTenants) + "?" + query.toString(QUrl::FullyEncoded).toStdString(),
                        operatorAuth());
        QCOMPARE(slugsOf(page2), QStringList({"list-bravo", "list-alpha"}));
        QVERIFY(page2.json()["next_cursor"].isNull());

        // Malformed filters are 422s; a tenant's admin may not list tenants at all.
        for (const auto* bad : {"?tier=gold", "?status=deleted", "?created_from=yesterday", "?cursor=forged",
                                "?q=%00", "?q=%FF"}) {
            QCOMPARE(first().get(std::string(platformTenants) + bad, operatorAuth()).status, 422);
        }
        QCOMPARE(first().get(platformTenants, bearer(delta.accessToken)).status, 403);
        QCOMPARE(first().get(platformTenants).status, 401);
    }

private:
    HttpClient& first() { return clients[0]; }
    HttpClient& second() { return clients[1]; }

    TwoInstances instances;
    std::vector<HttpClient> clients;
};

QTEST_GUILESS_MAIN(TestTenantSuspension)
#include "TestTenantSuspension.moc"
