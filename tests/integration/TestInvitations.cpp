// SPDX-License-Identifier: Apache-2.0
// Invitations end to end through a real SMTP server: the mailed link creates the account and
// signs it in once; pending invitations hold seats of the plan's user limit; managers invite
// users only; a resent link replaces the old one; another tenant's context, a made-up link, a
// revoked or an accepted one all get the same answer; and a flood stops at the per-inviter rate.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"

#include <QUrlQuery>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr auto invitations = "/api/enterprise/admin/invitations";

QString tokenFrom(const ReceivedMail& mail)
{
    return QUrlQuery(QUrl(firstLink(mail)).query()).queryItemValue("token");
}

std::string pathOf(const QString& id, const char* tail = "")
{
    return std::string(invitations) + "/" + id.toStdString() + tail;
}

} // namespace

class TestInvitations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(smtp.start());
        server = std::make_unique<ServerProcess>(
            smtp.serverEnvironment(ServerProcess::defaultEnvironment(database.url())));
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
    }

    void theMailedLinkCreatesTheAccountWithItsRoleAndSignsItIn()
    {
        const auto tenant = createTenant(client(), "invite-flow", "basic");
        const auto invited =
            client().post(invitations, {{"email", "new.hire@invite-flow.example"}, {"role", "manager"}},
                          {{"Authorization", "Bearer " + tenant.accessToken.toStdString()},
                           {"Accept-Language", "de-DE, en;q=0.5"}});
        QCOMPARE(invited.status, 201);
        const auto invitation = invited.json();
        QCOMPARE(invitation["object"].toString(), QString("invitation"));
        QCOMPARE(invitation["status"].toString(), QString("pending"));
        QCOMPARE(invitation["role"].toString(), QString("manager"));
        QCOMPARE(invitation["invited_by"].toString(), tenant.adminId);
        QVERIFY(!invited.body.contains("token"));

        const auto mail = smtp.waitForMailTo("new.hire@invite-flow.example").back();
        QVERIFY2(mail.subject.startsWith("Einladung"), qPrintable(mail.subject));
        QVERIFY(firstLink(mail).startsWith("http://invite-flow.aih.test/portal/accept-invitation?token="));
        const auto token = tokenFrom(mail);
        QCOMPARE(token.size(), 43);

        // A password the policy refuses keeps the link usable.
        const auto weak =
            client().post("/api/auth/invitations/accept", {{"token", token}, {"password", "short"}});
        QCOMPARE(weak.status, 422);
        const auto noPassword = client().post("/api/auth/invitations/accept", {{"token", token}});
        QCOMPARE(noPassword.status, 422);
        const auto accepted =
            client().post("/api/auth/invitations/accept",
                          {{"token", token}, {"password", "a passphrase of my own"}, {"name", "New Hire"}});
        QCOMPARE(accepted.status, 200);
        const auto session = accepted.json();
        const auto user = session["user"].toObject();
        QCOMPARE(user["role"].toString(), QString("manager"));
        QCOMPARE(user["name"].toString(), QString("New Hire"));
        QCOMPARE(user["email"].toString(), QString("new.hire@invite-flow.example"));
        const auto accessToken = session["access_token"].toString();
        QCOMPARE(client().get("/api/auth/me", bearer(accessToken)).status, 200);
        QCOMPARE(login(client(), tenant.slug, "new.hire@invite-flow.example", "a passphrase of my own")
                     .response.status,
                 200);

        // Spent: the link does nothing more, and the invitation is no longer pending.
        const auto again = client().post("/api/auth/invitations/accept",
                                         {{"token", token}, {"password", "yet another passphrase"}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), QString("invalid_token"));
        const auto listed = client().get(invitations, bearer(tenant.accessToken)).json();
        QCOMPARE(listed["data"].toArray().size(), 0);
        const auto trail = auditEntries(client(), tenant.accessToken, "action=auth.invitation_accepted");
        QCOMPARE(trail.size(), 1);
    }

    void pendingInvitationsHoldSeatsOfThePlan()
    {
        // Free: 5 users. The admin holds one; four invitations take the rest.
        const auto tenant = createTenant(client(), "invite-seats");
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const auto invited =
                client().post(invitations, {{"email", QString("seat%1@invite-seats.example").arg(i)}},
                              bearer(tenant.accessToken));
            QCOMPARE(invited.status, 201);
            ids << invited.json()["id"].toString();
        }
        const auto fifth =
            client().post(invitations, {{"email", "seat4@invite-seats.example"}}, bearer(tenant.accessToken));
        QCOMPARE(fifth.status, 402);
        QCOMPARE(fifth.code(), QString("plan_limit"));
        QCOMPARE(fifth.json()["required_plan"].toString(), QString("basic"));
        // A user with a password needs a seat too.
        const auto direct =
            client().post("/api/enterprise/admin/users",
                          {{"email", "direct@invite-seats.example"}, {"password", "a long password 1"}},
                          bearer(tenant.accessToken));
        QCOMPARE(direct.status, 402);
        const auto usage =
            client()
                .get("/api/enterprise/tenants/" + tenant.id.toStdString(), bearer(tenant.accessToken))
                .json();
        QCOMPARE(usage["usage"].toObject()["pending_invitations"].toInt(), 4);

        // Revoking frees the seat; the revoked link is dead.
        QCOMPARE(client().del(pathOf(ids[0]), bearer(tenant.accessToken)).status, 204);
        QCOMPARE(client().del(pathOf(ids[0]), bearer(tenant.accessToken)).status, 404);
        QCOMPARE(client()
                     .post(invitations, {{"email", "seat4@invite-seats.example"}}, bearer(tenant.accessToken))
                     .status,
                 201);

        // An expired invitation gives its seat back; resending it needs one again.
        scalar(database.url(),
               "UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = '" +
                   ids[1].toStdString() + "' RETURNING 1");
        const auto listed = client().get(invitations, bearer(tenant.accessToken)).json()["data"].toArray();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(client()
                     .post(invitations, {{"email", "late@invite-seats.example"}}, bearer(tenant.accessToken))
                     .status,
                 201);
        const auto resent = client().post(pathOf(ids[1], "/resend"), {}, bearer(tenant.accessToken));
        QCOMPARE(resent.status, 402);
    }

    void aResentInvitationReplacesItsLink()
    {
        const auto tenant = createTenant(client(), "invite-resend", "basic");
        const QString address = "twice@invite-resend.example";
        const auto id = client()
                            .post(invitations, {{"email", address}}, bearer(tenant.accessToken))
                            .json()["id"]
                            .toString();
        const auto first = tokenFrom(smtp.waitForMailTo(address).back());
        const auto resent = client().post(pathOf(id, "/resend"), {}, bearer(tenant.accessToken));
        QCOMPARE(resent.status, 200);
        const auto mails = smtp.waitForMailTo(address, 2);
        QCOMPARE(mails.size(), std::size_t(2));
        const auto second = tokenFrom(mails.back());
        QVERIFY(first != second);
        const auto old = client().post("/api/auth/invitations/accept",
                                       {{"token", first}, {"password", "a passphrase of my own"}});
        QCOMPARE(old.status, 400);
        QCOMPARE(client()
                     .post("/api/auth/invitations/accept",
                           {{"token", second}, {"password", "a passphrase of my own"}})
                     .status,
                 200);
    }

    void managersInviteUsersOnlyAndNobodyReachesAnotherTenant()
    {
        const auto tenant = createTenant(client(), "invite-roles", "basic");
        const auto other = createTenant(client(), "invite-roles-other", "basic");
        const auto manager = createUserAndLogin(client(), tenant, "manager@invite-roles.example", "manager");
        const auto member = createUserAndLogin(client(), tenant, "member@invite-roles.example", "user");

        const auto asAdmin =
            client().post(invitations, {{"email", "boss@invite-roles.example"}, {"role", "admin"}},
                          bearer(manager.accessToken));
        QCOMPARE(asAdmin.status, 403);
        QCOMPARE(client()
                     .post(invitations, {{"email", "x@invite-roles.example"}}, bearer(member.accessToken))
                     .status,
                 403);
        QCOMPARE(client().get(invitations, bearer(member.accessToken)).status, 403);
        const auto byManager =
            client().post(invitations, {{"email", "peer@invite-roles.example"}}, bearer(manager.accessToken));
        QCOMPARE(byManager.status, 201);
        const auto adminInvite =
            client().post(invitations, {{"email", "admin2@invite-roles.example"}, {"role", "admin"}},
                          bearer(tenant.accessToken));
        QCOMPARE(adminInvite.status, 201);
        const auto adminInviteId = adminInvite.json()["id"].toString();
        QCOMPARE(client().del(pathOf(adminInviteId), bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().post(pathOf(adminInviteId, "/resend"), {}, bearer(manager.accessToken)).status,
                 403);

        // Another tenant's admin sees nothing of them.
        QCOMPARE(client().del(pathOf(adminInviteId), bearer(other.accessToken)).status, 404);
        QCOMPARE(client().post(pathOf(adminInviteId, "/resend"), {}, bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get(invitations, bearer(other.accessToken)).json()["data"].toArray().size(), 0);

        // Taken addresses: a member's, and one with an open invitation.
        const auto existing = client().post(invitations, {{"email", "MEMBER@invite-roles.example"}},
                                            bearer(tenant.accessToken));
        QCOMPARE(existing.status, 409);
        const auto duplicate =
            client().post(invitations, {{"email", "peer@invite-roles.example"}}, bearer(tenant.accessToken));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(client().post(invitations, {{"email", "not an address"}}, bearer(tenant.accessToken)).status,
                 422);
        QCOMPARE(client()
                     .post(invitations, {{"email", "a@invite-roles.example"}, {"tenant_id", other.id}},
                           bearer(tenant.accessToken))
                     .status,
                 400);
    }

    void aLinkOnlyWorksInItsOwnTenant()
    {
        const auto a = createTenant(client(), "invite-own-a", "basic");
        const auto b = createTenant(client(), "invite-own-b", "basic");
        client().post(invitations, {{"email", "who@invite-own-a.example"}}, bearer(a.accessToken));
        const auto token = tokenFrom(smtp.waitForMailTo("who@invite-own-a.example").back());
        const auto accept = [&](const QString& t, const Headers& headers = {}) {
            return client().post("/api/auth/invitations/accept",
                                 {{"token", t}, {"password", "a passphrase of my own"}}, headers);
        };
        const auto foreign = accept(token, {{"X-Tenant-ID", b.id.toStdString()}});
        const auto madeUp = accept("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QCOMPARE(foreign.status, 400);
        QCOMPARE(madeUp.status, 400);
        QCOMPARE(foreign.json()["detail"], madeUp.json()["detail"]);
        QCOMPARE(accept(token, {{"X-Tenant-ID", a.slug.toStdString()}}).status, 200);
    }

    void aUserAskedForWithoutAPasswordIsInvited()
    {
        const auto tenant = createTenant(client(), "invite-implicit", "basic");
        const auto created = client().post("/api/enterprise/admin/users",
                                           {{"email", "nopass@invite-implicit.example"}, {"role", "user"}},
                                           bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["object"].toString(), QString("invitation"));
        QCOMPARE(smtp.waitForMailTo("nopass@invite-implicit.example").size(), std::size_t(1));
        // No account exists that cannot sign in.
        QCOMPARE(scalar(database.url(),
                        "SELECT count(*) FROM users WHERE email = 'nopass@invite-implicit.example'"),
                 0LL);
    }

    void aFloodOfInvitationsStopsAtTheInvitersRate()
    {
        const auto tenant = createTenant(client(), "invite-flood", "enterprise");
        int created = 0;
        int refused = 0;
        QString retryAfter;
        for (int i = 0; i < 70 && refused == 0; ++i) {
            const auto answer =
                client().post(invitations, {{"email", QString("flood%1@invite-flood.example").arg(i)}},
                              bearer(tenant.accessToken));
            if (answer.status == 201) {
                ++created;
            } else {
                QCOMPARE(answer.status, 429);
                QCOMPARE(answer.json()["limit"].toString(), QString("invitations"));
                retryAfter = answer.header("Retry-After");
                ++refused;
            }
        }
        QCOMPARE(created, 60);
        QCOMPARE(refused, 1);
        QVERIFY(retryAfter.toInt() > 0);
    }

private:
    HttpClient& client() { return *client_; }

    SmtpServerProcess smtp;
    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "TestInvitations.moc"
