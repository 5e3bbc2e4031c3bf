// SPDX-License-Identifier: Apache-2.0
// A user's own sessions: listed with device, address and last use, each one endable; an admin
// ends all of a member's. Ended sessions' tokens stop at once, and nobody reaches another's.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace aih::test;

class TestSessionsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(); }

    void aUserSeesTheirSessionsAndEndsOne()
    {
        const auto tenant = createTenant(client(), "sessions-own");
        const auto phone = client().post(
            "/api/auth/login",
            {{"tenant", tenant.slug}, {"email", tenant.adminEmail}, {"password", tenant.adminPassword}},
            {{"User-Agent", "PhoneBrowser/1.0"}});
        QCOMPARE(phone.status, 200);
        const auto phoneToken = phone.json()["access_token"].toString();
        const auto phoneRefresh = phone.json()["refresh_token"].toString();

        const auto listed = client().get("/api/auth/sessions", bearer(tenant.accessToken));
        QCOMPARE(listed.status, 200);
        const auto sessions = listed.json()["data"].toArray();
        QCOMPARE(sessions.size(), 2);
        QString phoneSession;
        int current = 0;
        for (const auto& value : sessions) {
            const auto session = value.toObject();
            current += session["current"].toBool() ? 1 : 0;
            QCOMPARE(session["ip_address"].toString(), QString("127.0.0.1"));
            QVERIFY(!session["last_used_at"].toString().isEmpty());
            if (session["user_agent"].toString() == "PhoneBrowser/1.0") {
                phoneSession = session["id"].toString();
                QVERIFY(!session["current"].toBool());
            }
        }
        QCOMPARE(current, 1);
        QVERIFY(!phoneSession.isEmpty());

        QCOMPARE(client()
                     .del("/api/auth/sessions/" + phoneSession.toStdString(), bearer(tenant.accessToken))
                     .status,
                 204);
        QCOMPARE(client().get("/api/auth/me", bearer(phoneToken)).status, 401);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", phoneRefresh}}).status, 401);
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        QCOMPARE(
            client().get("/api/auth/sessions", bearer(tenant.accessToken)).json()["data"].toArray().size(),
            1);
        // Ended is ended: a second time is a 404 like any session not one's own.
        QCOMPARE(client()
                     .del("/api/auth/sessions/" + phoneSession.toStdString(), bearer(tenant.accessToken))
                     .status,
                 404);
        const auto trail = auditEntries(client(), tenant.accessToken, "action=auth.session_ended");
        QCOMPARE(trail.size(), 1);
    }

    void nobodyEndsAnotherUsersSession()
    {
        const auto tenant = createTenant(client(), "sessions-other", "basic");
        const auto member = createUserAndLogin(client(), tenant, "member@sessions-other.example", "user");
        const auto other = createTenant(client(), "sessions-foreign");
        const auto listed = client().get("/api/auth/sessions", bearer(tenant.accessToken)).json();
        const auto adminSession = listed["data"].toArray().first().toObject()["id"].toString().toStdString();
        QVERIFY(!adminSession.empty());
        // A member of the same tenant, and an admin of another: both 404, and nothing ends.
        QCOMPARE(client().del("/api/auth/sessions/" + adminSession, bearer(member.accessToken)).status, 404);
        QCOMPARE(client().del("/api/auth/sessions/" + adminSession, bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        QCOMPARE(client().del("/api/auth/sessions/not-a-uuid", bearer(member.accessToken)).status, 404);
    }

    void anAdminEndsEverySessionOfAMember()
    {
        const auto tenant = createTenant(client(), "sessions-admin", "basic");
        const auto member = createUserAndLogin(client(), tenant, "member@sessions-admin.example", "user");
        const auto second = login(client(), tenant.slug, "member@sessions-admin.example",
                                  "password-for-member@sessions-admin.example");
        const auto manager =
            createUserAndLogin(client(), tenant, "manager@sessions-admin.example", "manager");
        const auto other = createTenant(client(), "sessions-admin-other");
        const auto path = "/api/enterprise/admin/users/" + member.userId.toStdString() + "/sessions";

        QCOMPARE(client().del(path, bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().del(path, bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get("/api/auth/me", bearer(member.accessToken)).status, 200);
        QCOMPARE(client().del(path, bearer(tenant.accessToken)).status, 204);
        QCOMPARE(client().get("/api/auth/me", bearer(member.accessToken)).status, 401);
        QCOMPARE(client().get("/api/auth/me", bearer(second.accessToken)).status, 401);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", second.refreshToken}}).status, 401);
        // The account itself stays: the member signs in again.
        QCOMPARE(login(client(), tenant.slug, "member@sessions-admin.example",
                       "password-for-member@sessions-admin.example")
                     .response.status,
                 200);
        const auto trail = auditEntries(client(), tenant.accessToken, "action=auth.sessions_ended");
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().toObject()["metadata"].toObject()["sessions_ended"].toInt(), 2);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
};

QTEST_GUILESS_MAIN(TestSessionsApi)
#include "TestSessionsApi.moc"
