// SPDX-License-Identifier: Apache-2.0
// Support access ("view as"), end to end with real operator accounts (invited through a real SMTP
// server, second factor from oath-toolkit): an operator opens a tenant only under its admin's
// time-boxed grant, reads it as the admin would and changes nothing, stays inside that tenant,
// and loses the view at once when the grant is revoked, expires, or the operator signs out. The
// tenant sees every grant, revocation and opening in its audit trail, and who opened it.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "OperatorAccounts.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr auto grants = "/api/enterprise/support-access";
const QString platformTenantId = "00000000-0000-4000-8000-00000000a1b0";

std::string openPath(const QString& tenantId)
{
    return "/api/enterprise/platform/tenants/" + tenantId.toStdString() + "/support-access";
}

std::string grantPath(const QString& id)
{
    return std::string(grants) + "/" + id.toStdString();
}

} // namespace

class TestSupportAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(smtp.start());
        auto env = smtp.serverEnvironment(ServerProcess::defaultEnvironment(database.url()));
        env["AIH_OPERATOR_RATE_LIMIT"] = QString::number(operatorLimit);
        server = std::make_unique<ServerProcess>(env);
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
        admin = enrol("ada@ops.example", "platform-admin", operatorAuth());
        support = enrol("sam@ops.example", "platform-support", bearer(admin.accessToken));
        acme = createTenant(client(), "view-acme", "pro");
        member = createUserAndLogin(client(), acme, "mia@view-acme.example", "user");
        other = createTenant(client(), "view-other", "pro");
    }

    void withoutAGrantNoOneOpensTheTenant()
    {
        for (const auto& caller : {bearer(admin.accessToken), bearer(support.accessToken)}) {
            const auto refused = client().post(openPath(acme.id), {}, caller);
            QCOMPARE(refused.status, 403);
            QVERIFY(refused.header("Content-Type").startsWith("application/problem+json"));
        }
        // The bootstrap token names no one, so it never opens a tenant, grant or not.
        QCOMPARE(client().post(openPath(acme.id), {}, operatorAuth()).status, 403);
        // Tenant members are not operators.
        QCOMPARE(client().post(openPath(acme.id), {}, bearer(acme.accessToken)).status, 403);
        QCOMPARE(client()
                     .post(openPath(QUuid::createUuid().toString(QUuid::WithoutBraces)), {},
                           bearer(admin.accessToken))
                     .status,
                 404);
        QCOMPARE(client().post(openPath(platformTenantId), {}, bearer(admin.accessToken)).status, 404);
        QCOMPARE(client().post(openPath(platformTenantId.toUpper()), {}, bearer(admin.accessToken)).status,
                 404);
    }

    void onlyTheTenantsAdminsGrantIt()
    {
        QCOMPARE(client().post(grants, {}, bearer(member.accessToken)).status, 403);
        const auto key =
            createApiKey(client(), acme.accessToken, {{"name", "ci"}, {"scopes", QJsonArray{"admin"}}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(client().post(grants, {}, apiKey(key.key)).status, 403);
        QCOMPARE(client().get(grants, apiKey(key.key)).status, 403);
        for (const auto minutes : {14, 10081, -1}) {
            const auto bad = client().post(grants, {{"minutes", minutes}}, bearer(acme.accessToken));
            QCOMPARE(bad.status, 422);
            QCOMPARE(bad.json()["errors"].toArray().at(0).toObject()["field"].toString(), QString("minutes"));
        }
        QCOMPARE(client().post(grants, {{"reason", QString(501, 'x')}}, bearer(acme.accessToken)).status,
                 422);
        QCOMPARE(client().post(grants, {{"hours", 2}}, bearer(acme.accessToken)).status, 400);

        const auto before = QDateTime::currentDateTimeUtc();
        const auto granted =
            client().post(grants, {{"minutes", 90}, {"reason", "Ticket 4312"}}, bearer(acme.accessToken));
        QCOMPARE(granted.status, 201);
        const auto grant = granted.json();
        QCOMPARE(grant["status"].toString(), QString("active"));
        QCOMPARE(grant["reason"].toString(), QString("Ticket 4312"));
        QCOMPARE(grant["granted_by"].toString(), acme.adminId);
        QCOMPARE(grant["opened_count"].toInt(), 0);
        QVERIFY(grant["last_opened_by"].isNull());
        const auto expires = QDateTime::fromString(grant["expires_at"].toString(), Qt::ISODate);
        QVERIFY(qAbs(before.secsTo(expires) - 90 * 60) <= 5);
        grantId = grant["id"].toString();

        const auto trail = auditEntries(client(), acme.accessToken, "action=support_access.granted");
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail[0].toObject()["resource"].toObject()["id"].toString(), grantId);
    }

    void anOperatorReadsTheTenantAsItsAdminAndChangesNothing()
    {
        const auto opened = client().post(openPath(acme.id), {}, bearer(support.accessToken));
        QVERIFY2(opened.status == 201, opened.body.constData());
        const auto view = opened.json();
        QCOMPARE(view["tenant_id"].toString(), acme.id);
        QCOMPARE(view["token_type"].toString(), QString("Bearer"));
        QCOMPARE(view["grant"].toObject()["id"].toString(), grantId);
        QCOMPARE(view["grant"].toObject()["opened_count"].toInt(), 1);
        // The operator by account id, as the audit entries name them: their address is not the tenant's.
        QCOMPARE(view["grant"].toObject()["last_opened_by"].toString(), support.id);
        // An hour at most, though the grant lasts ninety minutes.
        const auto until = QDateTime::fromString(view["expires_at"].toString(), Qt::ISODate);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(until) <= 3600);
        viewToken = view["access_token"].toString();
        const auto as = bearer(viewToken);

        // What the admin reads.
        const auto users = client().get("/api/enterprise/admin/users", as);
        QCOMPARE(users.status, 200);
        QVERIFY(users.body.contains("mia@view-acme.example"));
        QCOMPARE(client().get("/api/enterprise/api-keys?all=true", as).status, 200);
        QCOMPARE(client().get("/api/enterprise/admin/analytics", as).status, 200);
        QCOMPARE(client().get("/api/billing/subscription", as).status, 200);
        QCOMPARE(client().get(grants, as).status, 200);
        const auto opening = auditEntries(client(), viewToken, "action=support_access.opened");
        QCOMPARE(opening.size(), 1);
        QCOMPARE(opening[0].toObject()["actor"].toObject()["type"].toString(), QString("operator"));

        // Nothing it changes, exports or does to sessions.
        const auto created = client().post("/api/enterprise/admin/users",
                                           {{"email", "intruder@view-acme.example"}, {"role", "admin"}}, as);
        QCOMPARE(created.status, 403);
        QVERIFY(created.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(
            client()
                .patch("/api/enterprise/admin/users/" + member.userId.toStdString(), {{"role", "admin"}}, as)
                .status,
            403);
        QCOMPARE(client().del("/api/enterprise/admin/users/" + member.userId.toStdString(), as).status, 403);
        QCOMPARE(client().post("/api/enterprise/api-keys", {{"name", "backdoor"}}, as).status, 403);
        QCOMPARE(client().post(grants, {{"minutes", 10080}}, as).status, 403);
        QCOMPARE(client().del(grantPath(grantId), as).status, 403);
        QCOMPARE(client().get("/api/enterprise/audit-logs/export?format=csv", as).status, 403);
        QCOMPARE(
            client().get("/api/enterprise/gdpr/users/" + member.userId.toStdString() + "/export", as).status,
            403);
        QCOMPARE(client().get("/api/auth/sessions", as).status, 403);
        // Public routes too: a sign-up sent with the view would be recorded as the operator's.
        const auto signUp = client().post("/api/enterprise/tenants",
                                          {{"name", "Forged"},
                                           {"slug", "view-forged"},
                                           {"admin_email", "a@view-forged.example"},
                                           {"admin_password", "a-long-password"}},
                                          as);
        QCOMPARE(signUp.status, 403);
        QCOMPARE(
            client()
                .post("/api/auth/password-reset", {{"tenant", "view-acme"}, {"email", "x@y.example"}}, as)
                .status,
            403);
        QCOMPARE(client().post("/api/auth/logout", {}, as).status, 403);
        QCOMPARE(
            scalar(database.url(), "SELECT count(*) FROM users WHERE email = 'intruder@view-acme.example'"),
            0);

        // The tenant sees who opened it, and the platform's chain has it too.
        const auto listed = client().get(grants, bearer(acme.accessToken)).json()["data"].toArray();
        QCOMPARE(listed[0].toObject()["opened_count"].toInt(), 1);
        QCOMPARE(listed[0].toObject()["last_opened_by"].toString(), support.id);
        QVERIFY(!listed[0].toObject()["last_opened_by"].toString().contains('@'));
        const auto platformTrail = auditEntries(client(), admin.accessToken, "action=support_access.opened");
        QCOMPARE(platformTrail.size(), 1);
    }

    void theViewStaysInsideItsTenant()
    {
        QVERIFY(!viewToken.isEmpty());
        auto named = bearer(viewToken);
        named.emplace_back("X-Tenant-ID", other.id.toStdString());
        QCOMPARE(client().get("/api/enterprise/admin/users", named).status, 403);
        auto hosted = bearer(viewToken);
        const auto host = tenantHost(other.slug);
        hosted.insert(hosted.end(), host.begin(), host.end());
        QCOMPARE(client().get("/api/enterprise/admin/users", hosted).status, 403);
        // As for any of acme's members, another tenant is not there.
        QCOMPARE(client().get("/api/enterprise/tenants/" + other.id.toStdString(), bearer(viewToken)).status,
                 404);
        // Nor is it an operator's credential.
        QCOMPARE(client().get("/api/enterprise/platform/tenants", bearer(viewToken)).status, 403);
        // Acme's grant opens acme only.
        QCOMPARE(client().post(openPath(other.id), {}, bearer(admin.accessToken)).status, 403);
        // And another tenant's admin cannot end it.
        QCOMPARE(client().del(grantPath(grantId), bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(viewToken)).status, 200);
    }

    void revokingEndsEveryViewAtOnce()
    {
        const auto second = client().post(openPath(acme.id), {}, bearer(admin.accessToken));
        QCOMPARE(second.status, 201);
        const auto adminView = second.json()["access_token"].toString();
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(adminView)).status, 200);

        const auto revoked = client().del(grantPath(grantId), bearer(acme.accessToken));
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json()["status"].toString(), QString("revoked"));
        QVERIFY(!revoked.json()["revoked_at"].isNull());
        for (const auto& token : {viewToken, adminView}) {
            const auto ended = client().get("/api/enterprise/admin/users", bearer(token));
            QCOMPARE(ended.status, 401);
        }
        QCOMPARE(client().post(openPath(acme.id), {}, bearer(support.accessToken)).status, 403);
        // Revoking again changes nothing and records nothing more.
        QCOMPARE(client().del(grantPath(grantId), bearer(acme.accessToken)).status, 200);
        QCOMPARE(auditEntries(client(), acme.accessToken, "action=support_access.revoked").size(), 1);
        QCOMPARE(
            client()
                .del(grantPath(QUuid::createUuid().toString(QUuid::WithoutBraces)), bearer(acme.accessToken))
                .status,
            404);
    }

    void anExpiredGrantOpensNothingAndEndsItsViews()
    {
        const auto granted = client().post(grants, {{"minutes", 15}}, bearer(acme.accessToken));
        QCOMPARE(granted.status, 201);
        const auto id = granted.json()["id"].toString();
        const auto opened = client().post(openPath(acme.id), {}, bearer(support.accessToken));
        QCOMPARE(opened.status, 201);
        const auto token = opened.json()["access_token"].toString();
        // The view lasts no longer than the grant.
        const auto until = QDateTime::fromString(opened.json()["expires_at"].toString(), Qt::ISODate);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(until) <= 15 * 60);

        // Time passes (the grant's clock is the database's).
        query(database.url(), "UPDATE support_grants SET created_at = now() - interval '1 hour', "
                              "expires_at = now() - interval '1 second' WHERE id = '" +
                                  id.toStdString() + "'");
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 401);
        QCOMPARE(client().post(openPath(acme.id), {}, bearer(support.accessToken)).status, 403);
        QCOMPARE(grantStatus(id), QString("expired"));
    }

    void theViewEndsWithTheOperatorsSession()
    {
        const auto leaving = enrol("lee@ops.example", "platform-support", bearer(admin.accessToken));
        const auto token = grantedView(leaving);
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 200);
        // A platform-admin deactivates the operator: their view ends with their sessions.
        QCOMPARE(client()
                     .patch("/api/enterprise/platform/operators/" + leaving.id.toStdString(),
                            {{"active", false}}, bearer(admin.accessToken))
                     .status,
                 200);
        QTRY_COMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 401);
    }

    void aGrantEndsWithItsAdminsRights()
    {
        // Only the grant made here is in force.
        for (const auto& grant : client().get(grants, bearer(acme.accessToken)).json()["data"].toArray()) {
            if (grant.toObject()["status"].toString() == "active") {
                client().del(grantPath(grant.toObject()["id"].toString()), bearer(acme.accessToken));
            }
        }
        // A second admin grants access; the first then demotes them.
        const auto deputy = createUserAndLogin(client(), acme, "dee@acme.example", "admin");
        QCOMPARE(deputy.response.status, 200);
        const auto granted = client().post(grants, {{"minutes", 60}}, bearer(deputy.accessToken));
        QCOMPARE(granted.status, 201);
        const auto id = granted.json()["id"].toString();
        const auto opened = client().post(openPath(acme.id), {}, bearer(support.accessToken));
        QCOMPARE(opened.status, 201);
        const auto token = opened.json()["access_token"].toString();
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 200);

        const auto demoted = client().patch("/api/enterprise/admin/users/" + deputy.userId.toStdString(),
                                            {{"role", "manager"}}, bearer(acme.accessToken));
        QCOMPARE(demoted.status, 200);
        // The consent was theirs as an admin: the view and the grant end with the role.
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 401);
        QCOMPARE(client().post(openPath(acme.id), {}, bearer(support.accessToken)).status, 403);
        QCOMPARE(grantStatus(id), QString("revoked"));
        // Promoted again, the old grant stays ended: consent is given anew, not restored.
        QCOMPARE(client()
                     .patch("/api/enterprise/admin/users/" + deputy.userId.toStdString(), {{"role", "admin"}},
                            bearer(acme.accessToken))
                     .status,
                 200);
        QCOMPARE(client().get("/api/enterprise/admin/users", bearer(token)).status, 401);
        QCOMPARE(client().post(openPath(acme.id), {}, bearer(support.accessToken)).status, 403);
    }

    void operatorsAndTheirViewsSpendTheirOwnLimitNotTheTenants()
    {
        const auto reader = enrol("rita@ops.example", "platform-admin", bearer(admin.accessToken));
        const auto view = grantedView(reader); // a change (a POST): not counted
        const auto tenantBefore = tenantRemaining();
        int admitted = 0;
        for (; admitted < operatorLimit + 5; ++admitted) {
            // The view's reads and the account's own calls share the operator's bucket.
            const auto read = admitted % 2 == 0 ? client().get("/api/enterprise/admin/users", bearer(view))
                                                : client().get("/api/enterprise/platform/tenants",
                                                               bearer(reader.accessToken));
            if (read.status == 429) {
                QCOMPARE(read.json()["limit"].toString(), QString("operator"));
                break;
            }
            QCOMPARE(read.status, 200);
            QCOMPARE(read.header("X-RateLimit-Limit"), QString::number(operatorLimit));
        }
        QCOMPARE(admitted, operatorLimit);
        // Changes are never held back, so the operator can still act on an incident; another
        // operator reads on; the tenant's own limit was not spent by the ~120 reads (only by its
        // admin's own status calls, give or take the sliding window's decay).
        QCOMPARE(client()
                     .patch("/api/enterprise/tenants/" + other.id.toStdString(), {{"name", "Still changed"}},
                            bearer(reader.accessToken))
                     .status,
                 200);
        QCOMPARE(client().get("/api/enterprise/platform/tenants", bearer(admin.accessToken)).status, 200);
        QVERIFY(tenantRemaining() >= tenantBefore - 5);
    }

private:
    const HttpClient& client() const { return *client_; }

    /// Acme's admin grants an hour of access, which `reader` opens: the view's token.
    QString grantedView(const SignedInOperator& reader) const
    {
        if (client().post(grants, {{"minutes", 60}}, bearer(acme.accessToken)).status != 201) {
            return {};
        }
        return client()
            .post(openPath(acme.id), {}, bearer(reader.accessToken))
            .json()["access_token"]
            .toString();
    }

    /// The status acme's admin sees for grant `id` (empty when it is not listed).
    QString grantStatus(const QString& id) const
    {
        for (const auto& grant : client().get(grants, bearer(acme.accessToken)).json()["data"].toArray()) {
            if (grant.toObject()["id"].toString() == id) {
                return grant.toObject()["status"].toString();
            }
        }
        return {};
    }

    /// What is left of acme's hourly limit, as its admin's status call reports it.
    long long tenantRemaining() const
    {
        const auto status = client().get("/api/rate-limit/status", bearer(acme.accessToken)).json();
        return static_cast<long long>(status["tenant"].toObject()["remaining"].toDouble());
    }

    SignedInOperator enrol(const QString& email, const QString& role, const Headers& inviter)
    {
        return enrolOperator(client(), smtp, email, role, inviter);
    }

    static constexpr int operatorLimit = 120;

    TestDatabase database;
    SmtpServerProcess smtp;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
    SignedInOperator admin;
    SignedInOperator support;
    TenantFixture acme;
    SignIn member;
    TenantFixture other;
    QString grantId;
    QString viewToken;
};

QTEST_GUILESS_MAIN(TestSupportAccess)
#include "TestSupportAccess.moc"
