// SPDX-License-Identifier: Apache-2.0
// Named operator accounts, end to end through a real SMTP server and oath-toolkit's codes: the
// bootstrap token invites an operator, who chooses a password through the mailed link and acts
// as the operator only once a second factor is set up; every operator action lands in the
// touched tenant's chain and in the platform's, which verifies; platform-support reads and
// never changes; a demoted or deactivated operator stops at once; tenant members are never
// operators; and the platform tenant is no customer (not listed, not suspendable).
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "OperatorAccounts.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"
#include "Totp.h"
#include "Wait.h"

#include <QUrlQuery>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr auto operators = "/api/enterprise/platform/operators";
constexpr auto platformTenants = "/api/enterprise/platform/tenants";
const QString platformSlug = "platform";
const QString platformTenantId = "00000000-0000-4000-8000-00000000a1b0";

std::string tenantPath(const QString& id)
{
    return "/api/enterprise/tenants/" + id.toStdString();
}

std::string operatorPath(const QString& id)
{
    return std::string(operators) + "/" + id.toStdString();
}

} // namespace

class TestOperatorAccounts : public QObject
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
        admin = enrol("olga@ops.example", "platform-admin", operatorAuth());
    }

    void anInvitedOperatorActsOnlyWithASecondFactor()
    {
        const auto invited =
            client().post(operators, {{"email", "new.op@ops.example"}, {"operator_role", "platform-admin"}},
                          bearer(admin.accessToken));
        QCOMPARE(invited.status, 201);
        QCOMPARE(invited.json()["role"].toString(), QString("admin"));
        QCOMPARE(invited.json()["invited_by"].toString(), admin.id);
        const auto mail = smtp.waitForMailTo("new.op@ops.example").back();
        const auto token = QUrlQuery(QUrl(firstLink(mail)).query()).queryItemValue("token");
        const auto accepted = client().post("/api/auth/invitations/accept",
                                            {{"token", token}, {"password", "an operator's passphrase"}});
        QCOMPARE(accepted.status, 200);
        const auto session = accepted.json();
        QCOMPARE(session["user"].toObject()["operator_role"].toString(), QString("platform-admin"));
        QCOMPARE(session["mfa_enrollment_required"].toBool(), true);
        const auto accessToken = session["access_token"].toString();

        // A password alone opens nothing an operator does.
        const auto early = client().get(platformTenants, bearer(accessToken));
        QCOMPARE(early.status, 403);
        QCOMPARE(early.code(), QString("mfa_enrollment_required"));
        QCOMPARE(client().get("/api/enterprise/platform/analytics", bearer(accessToken)).status, 403);

        const auto enrolled = client().post("/api/auth/mfa/totp", {}, bearer(accessToken));
        QCOMPARE(enrolled.status, 201);
        const auto secret = enrolled.json()["secret"].toString();
        QCOMPARE(client()
                     .post("/api/auth/mfa/totp/confirm", {{"code", totpCode(secret)}}, bearer(accessToken))
                     .status,
                 204);
        // Sign-in now takes both steps, and the session acts as the operator.
        const auto first = login(client(), platformSlug, "new.op@ops.example", "an operator's passphrase");
        QVERIFY(first.accessToken.isEmpty());
        const auto second = client().post(
            "/api/auth/login/mfa",
            {{"mfa_token", first.response.json()["mfa_token"].toString()}, {"code", totpCode(secret, 1)}});
        QCOMPARE(second.status, 200);
        QCOMPARE(client().get(platformTenants, bearer(second.json()["access_token"].toString())).status, 200);
    }

    void theTokenAndPlatformAdminsInviteOthersDoNot()
    {
        const auto tenant = createTenant(client(), "ops-outsider");
        const auto refused =
            client().post(operators, {{"email", "sneaky@ops-outsider.example"}}, bearer(tenant.accessToken));
        QCOMPARE(refused.status, 403);
        QCOMPARE(client().get(operators, bearer(tenant.accessToken)).status, 403);
        QCOMPARE(client().get(platformTenants, bearer(tenant.accessToken)).status, 403);
        const auto badRole =
            client().post(operators, {{"email", "x@ops.example"}, {"operator_role", "root"}}, operatorAuth());
        QCOMPARE(badRole.status, 422);
        QCOMPARE(badRole.json()["errors"].toArray().at(0).toObject()["field"].toString(),
                 QString("operator_role"));

        // A tenant's admin naming the platform tenant gets nowhere either.
        auto headers = bearer(tenant.accessToken);
        headers.emplace_back("X-Tenant-ID", platformTenantId.toStdString());
        QCOMPARE(client().get("/api/enterprise/admin/users", headers).status, 403);
        QCOMPARE(client().get(tenantPath(platformTenantId), bearer(tenant.accessToken)).status, 404);
    }

    void everyOperatorActionIsInTheTenantsChainAndThePlatforms()
    {
        const auto tenant = createTenant(client(), "ops-audited");
        const auto suspended =
            client().patch(tenantPath(tenant.id), {{"status", "suspended"}}, bearer(admin.accessToken));
        QCOMPARE(suspended.status, 200);
        QCOMPARE(client().patch(tenantPath(tenant.id), {{"status", "active"}}, operatorAuth()).status, 200);

        // The tenant sees that the platform acted and which operator, by id, without their address.
        const auto suspendedEntry = auditEntries(client(), tenant.accessToken, "action=tenant.suspended");
        QCOMPARE(suspendedEntry.size(), 1);
        const auto byAccount = suspendedEntry[0].toObject();
        QCOMPARE(byAccount["actor"].toObject()["type"].toString(), QString("operator"));
        QVERIFY(byAccount["actor"].toObject()["user_id"].isNull());
        QCOMPARE(byAccount["metadata"].toObject()["operator_id"].toString(), admin.id);
        QVERIFY(byAccount["ip_address"].isNull());
        const auto byToken = auditEntries(client(), tenant.accessToken, "action=tenant.reactivated");
        QCOMPARE(byToken.size(), 1);
        QCOMPARE(byToken[0].toObject()["metadata"].toObject()["credential"].toString(),
                 QString("operator_token"));

        // The platform's chain names the operator account and the tenant touched.
        const auto onPlatform = auditEntries(client(), admin.accessToken, "action=tenant.suspended");
        QCOMPARE(onPlatform.size(), 1);
        const auto accountEntry = onPlatform[0].toObject();
        QCOMPARE(accountEntry["actor"].toObject()["user_id"].toString(), admin.id);
        QCOMPARE(accountEntry["actor"].toObject()["email"].toString(), admin.email);
        QCOMPARE(accountEntry["metadata"].toObject()["tenant_id"].toString(), tenant.id);
        QCOMPARE(accountEntry["resource"].toObject()["id"].toString(), tenant.id);
        const auto tokenEntry = auditEntries(client(), admin.accessToken, "action=tenant.reactivated");
        QCOMPARE(tokenEntry.size(), 1);
        QVERIFY(tokenEntry[0].toObject()["actor"].toObject()["user_id"].isNull());
        QCOMPARE(tokenEntry[0].toObject()["metadata"].toObject()["credential"].toString(),
                 QString("operator_token"));
        QCOMPARE(tokenEntry[0].toObject()["metadata"].toObject()["tenant_id"].toString(), tenant.id);

        // Both chains verify, as any tenant's does.
        const auto platformChain =
            client().get("/api/enterprise/audit-logs/verify", bearer(admin.accessToken));
        QCOMPARE(platformChain.status, 200);
        QCOMPARE(platformChain.json()["valid"].toBool(), true);
        const auto tenantChain =
            client().get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken));
        QCOMPARE(tenantChain.json()["valid"].toBool(), true);
    }

    void platformSupportReadsAndNeverChanges()
    {
        const auto support = enrol("sam@ops.example", "platform-support", bearer(admin.accessToken));
        const auto tenant = createTenant(client(), "ops-supported");
        QCOMPARE(client().get(platformTenants, bearer(support.accessToken)).status, 200);
        QCOMPARE(client().get(tenantPath(tenant.id), bearer(support.accessToken)).status, 200);
        QCOMPARE(client().get(operators, bearer(support.accessToken)).status, 200);
        const auto change =
            client().patch(tenantPath(tenant.id), {{"status", "suspended"}}, bearer(support.accessToken));
        QCOMPARE(change.status, 403);
        QVERIFY2(change.json()["detail"].toString().contains("read-only"), change.body.constData());
        // The attempt is in the platform's chain, under the operator who made it.
        QVERIFY(waitUntil([&] {
            for (const auto& entry : auditEntries(client(), admin.accessToken, "action=access.denied")) {
                const auto object = entry.toObject();
                if (object["actor"].toObject()["user_id"].toString() == support.id &&
                    object["metadata"].toObject()["reason"].toString() == "forbidden" &&
                    object["metadata"].toObject()["route"].toString() == "/api/enterprise/tenants/{id}") {
                    return true;
                }
            }
            return false;
        }));
        // Nor close a tenant, nor read a closed tenant's archive (it holds the tenant's personal data).
        const auto closePath = std::string(platformTenants) + "/" + tenant.id.toStdString() + "/close";
        const auto archivePath = std::string(platformTenants) + "/" + tenant.id.toStdString() + "/archive";
        QCOMPARE(client().post(closePath, {}, bearer(support.accessToken)).status, 403);
        QCOMPARE(client().post(closePath, {{"grace_days", 30}}, bearer(admin.accessToken)).status, 200);
        QCOMPARE(client().get(archivePath, bearer(support.accessToken)).status, 403);
        QCOMPARE(client().get(archivePath, bearer(admin.accessToken)).status, 200);
        QCOMPARE(
            client().post(operators, {{"email", "more@ops.example"}}, bearer(support.accessToken)).status,
            403);
        QCOMPARE(client()
                     .post("/api/enterprise/tenants", {{"name", "Sneaky"}, {"slug", "ops-sneaky"}},
                           bearer(support.accessToken))
                     .status,
                 403);
        // Its own account stays its own: the password changes.
        QCOMPARE(
            client()
                .post("/api/auth/password",
                      {{"current_password", support.password}, {"new_password", "another long passphrase"}},
                      bearer(support.accessToken))
                .status,
            204);
    }

    void aDemotedOrDeactivatedOperatorStopsAtOnce()
    {
        const auto other = enrol("dora@ops.example", "platform-admin", operatorAuth());
        const auto tenant = createTenant(client(), "ops-demoted");
        QCOMPARE(
            client().patch(tenantPath(tenant.id), {{"name", "Renamed"}}, bearer(other.accessToken)).status,
            200);

        const auto demoted = client().patch(operatorPath(other.id), {{"operator_role", "platform-support"}},
                                            bearer(admin.accessToken));
        QCOMPARE(demoted.status, 200);
        QCOMPARE(demoted.json()["operator_role"].toString(), QString("platform-support"));
        QCOMPARE(client().patch(tenantPath(tenant.id), {{"name", "Again"}}, bearer(other.accessToken)).status,
                 403);
        QCOMPARE(client().get(platformTenants, bearer(other.accessToken)).status, 200);

        QCOMPARE(client().patch(operatorPath(other.id), {{"active", false}}, operatorAuth()).status, 200);
        QCOMPARE(client().get(platformTenants, bearer(other.accessToken)).status, 401);
        const auto listed = client().get(operators, operatorAuth()).json()["data"].toArray();
        bool found = false;
        for (const auto& entry : listed) {
            if (entry.toObject()["id"].toString() == other.id) {
                found = true;
                QCOMPARE(entry.toObject()["active"].toBool(), false);
            }
        }
        QVERIFY(found);
        // Another tenant's user id is not an operator to change.
        QCOMPARE(client().patch(operatorPath(tenant.adminId), {{"active", false}}, operatorAuth()).status,
                 404);
    }

    void platformMembersChangeNothingAsMembers()
    {
        // Every change to the platform goes through the operator routes: no member path adds an
        // operator (users, invitations, keys, SCIM, single sign-on) or bills the platform.
        const auto headers = bearer(admin.accessToken);
        const auto addUser =
            client().post("/api/enterprise/admin/users",
                          {{"email", "side@ops.example"}, {"password", "a long enough password"}}, headers);
        QCOMPARE(addUser.status, 403);
        QVERIFY2(addUser.json()["detail"].toString().contains("operator routes"), addUser.body.constData());
        QCOMPARE(client()
                     .post("/api/enterprise/admin/invitations", {{"email", "side@ops.example"}}, headers)
                     .status,
                 403);
        QCOMPARE(client().post("/api/enterprise/api-keys", {{"name", "automation"}}, headers).status, 403);
        QCOMPARE(client().post("/api/enterprise/sso/scim-token", {}, headers).status, 403);
        QCOMPARE(client().post("/api/billing/create-checkout-session", {{"tier", "pro"}}, headers).status,
                 403);
        QCOMPARE(
            client()
                .patch("/api/enterprise/admin/users/" + admin.id.toStdString(), {{"role", "user"}}, headers)
                .status,
            403);
        // Reading is a member's, as is the own account.
        QCOMPARE(client().get("/api/enterprise/admin/users", headers).status, 200);
        QCOMPARE(client().get("/api/auth/sessions", headers).status, 200);
        QCOMPARE(client().get(operators, headers).json()["data"].toArray().size() >= 1, true);
    }

    void thePlatformTenantIsNoCustomer()
    {
        const auto listed = client().get(std::string(platformTenants) + "?q=platform", operatorAuth());
        QCOMPARE(listed.status, 200);
        for (const auto& entry : listed.json()["data"].toArray()) {
            QVERIFY(entry.toObject()["id"].toString() != platformTenantId);
        }
        const auto suspend =
            client().patch(tenantPath(platformTenantId), {{"status", "suspended"}}, operatorAuth());
        QCOMPARE(suspend.status, 409);
        const auto weaker = client().patch(tenantPath(platformTenantId), {{"mfa_required", "none"}},
                                           bearer(admin.accessToken));
        QCOMPARE(weaker.status, 409);
        // On member routes an operator is a member of the platform tenant: it sees operators only.
        const auto users = client().get("/api/enterprise/admin/users", bearer(admin.accessToken));
        QCOMPARE(users.status, 200);
        for (const auto& entry : users.json()["data"].toArray()) {
            QCOMPARE(entry.toObject()["tenant_id"].toString(), platformTenantId);
        }
    }

    void aFormerOperatorsPersonalDataIsErased()
    {
        const auto leaving = enrol("lena@ops.example", "platform-admin", operatorAuth());
        const auto tenant = createTenant(client(), "ops-erased");
        QCOMPARE(client()
                     .patch(tenantPath(tenant.id), {{"status", "suspended"}}, bearer(leaving.accessToken))
                     .status,
                 200);
        const auto erasePath = operatorPath(leaving.id) + "/erase";
        const auto support = enrol("sid@ops.example", "platform-support", operatorAuth());

        // Support may not; no one erases an account still in use, nor their own.
        QCOMPARE(client().post(erasePath, {}, bearer(support.accessToken)).status, 403);
        QCOMPARE(client().post(erasePath, {}, bearer(admin.accessToken)).status, 409);
        QCOMPARE(client().post(operatorPath(admin.id) + "/erase", {}, bearer(admin.accessToken)).status, 409);
        QCOMPARE(client().post(operatorPath(tenant.adminId) + "/erase", {}, bearer(admin.accessToken)).status,
                 404); // a tenant's member is no operator

        QCOMPARE(
            client().patch(operatorPath(leaving.id), {{"active", false}}, bearer(admin.accessToken)).status,
            200);
        const auto erased = client().post(erasePath, {}, bearer(admin.accessToken));
        QCOMPARE(erased.status, 200);
        QCOMPARE(erased.json()["user_id"].toString(), leaving.id);
        QVERIFY(erased.json()["audit_entries_pseudonymised"].toInt() > 0);

        // What they did stays in the platform's chain, under their id, their address gone; the
        // chain still verifies.
        const auto entries = auditEntries(client(), admin.accessToken, "action=tenant.suspended");
        bool seen = false;
        for (const auto& entry : entries) {
            const auto actor = entry.toObject()["actor"].toObject();
            if (actor["user_id"].toString() == leaving.id) {
                seen = true;
                QVERIFY(actor["email"].isNull());
                QCOMPARE(actor["personal_data_erased"].toBool(), true);
            }
        }
        QVERIFY(seen);
        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(admin.accessToken));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json()["valid"].toBool(), true);
        QCOMPARE(scalar(database.url(), "SELECT count(*) FROM users WHERE email = 'lena@ops.example'"), 0LL);
    }

private:
    /// An invited operator account with its second factor, signed in with both steps.
    SignedInOperator enrol(const QString& email, const QString& role, const Headers& inviter)
    {
        return enrolOperator(client(), smtp, email, role, inviter);
    }

    const HttpClient& client() const { return *client_; }

    TestDatabase database;
    SmtpServerProcess smtp;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
    SignedInOperator admin;
};

QTEST_GUILESS_MAIN(TestOperatorAccounts)
#include "TestOperatorAccounts.moc"
