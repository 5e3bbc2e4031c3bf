// SPDX-License-Identifier: Apache-2.0
// Two-factor sign-in with TOTP, the codes made by oath-toolkit's own `oathtool` (an
// implementation independent of the server's): enrolment is confirmed by a first code; sign-in
// then takes two steps; each code and each recovery code works once; a challenge allows five
// tries; a tenant that requires a factor gets sessions that can only enrol until one is set up;
// and taking the factor away needs a code.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "LiveServer.h"
#include "Totp.h"

#include <QtTest>

using namespace aih::test;

namespace {

struct Enrolled
{
    QString secret;
    QStringList recoveryCodes;
};

} // namespace

class TestMfa : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { live = std::make_unique<LiveServer>(); }

    void enrolmentIsConfirmedAndSignInTakesTwoSteps()
    {
        const auto tenant = createTenant(client(), "mfa-flow");
        const auto enrolled = client().post("/api/auth/mfa/totp", {}, bearer(tenant.accessToken));
        QCOMPARE(enrolled.status, 201);
        const auto body = enrolled.json();
        QVERIFY2(body["otpauth_uri"].toString().startsWith(
                     "otpauth://totp/Tenant%20mfa-flow:admin%40mfa-flow.example?"),
                 qPrintable(body["otpauth_uri"].toString()));
        const auto secret = body["secret"].toString();
        QCOMPARE(secret.size(), 32);
        QCOMPARE(body["recovery_codes"].toArray().size(), 10);

        // Unconfirmed, it asks nothing at sign-in.
        QVERIFY(!login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword).accessToken.isEmpty());
        const auto wrong =
            client().post("/api/auth/mfa/totp/confirm", {{"code", "000000"}}, bearer(tenant.accessToken));
        QCOMPARE(wrong.status, 422);
        const auto first = totpCode(secret);
        QCOMPARE(
            client().post("/api/auth/mfa/totp/confirm", {{"code", first}}, bearer(tenant.accessToken)).status,
            204);

        const auto password = login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(password.response.status, 200);
        QVERIFY(password.accessToken.isEmpty());
        const auto challenge = password.response.json();
        QCOMPARE(challenge["mfa_required"].toBool(), true);
        QCOMPARE(challenge["expires_in"].toInt(), 300);
        const auto mfaToken = challenge["mfa_token"].toString();

        // The code that confirmed the enrolment has been used: it does not work twice.
        const auto replayed =
            client().post("/api/auth/login/mfa", {{"mfa_token", mfaToken}, {"code", first}});
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.code(), QString("invalid_credentials"));
        const auto next =
            client().post("/api/auth/login/mfa", {{"mfa_token", mfaToken}, {"code", totpCode(secret, 1)}});
        QCOMPARE(next.status, 200);
        const auto session = next.json();
        QCOMPARE(client().get("/api/auth/me", bearer(session["access_token"].toString())).status, 200);
        // The challenge is spent.
        QCOMPARE(client()
                     .post("/api/auth/login/mfa", {{"mfa_token", mfaToken}, {"code", totpCode(secret, 1)}})
                     .status,
                 401);
        // A second enrolment over a confirmed one is refused.
        QCOMPARE(client().post("/api/auth/mfa/totp", {}, bearer(tenant.accessToken)).status, 409);
        const auto trail = auditEntries(client(), tenant.accessToken, "action=auth.mfa");
        QCOMPARE(trail.size(), 1); // the refused replay
    }

    void recoveryCodesWorkOnce()
    {
        const auto tenant = createTenant(client(), "mfa-recovery");
        const auto enrolled = enrol(tenant.accessToken);
        const auto recovery = enrolled.recoveryCodes.first();
        // Typed loosely: upper case, spaces.
        const auto typed = recovery.toUpper().replace("-", " - ");
        QCOMPARE(
            client().post("/api/auth/login/mfa", {{"mfa_token", challenge(tenant)}, {"code", typed}}).status,
            200);
        QCOMPARE(client()
                     .post("/api/auth/login/mfa", {{"mfa_token", challenge(tenant)}, {"code", recovery}})
                     .status,
                 401);
        QCOMPARE(client().post("/api/auth/login/mfa", {{"mfa_token", "made-up"}, {"code", "123456"}}).status,
                 401);
    }

    void wrongCodesAreLimitedPerChallengeAndPerAccount()
    {
        const auto tenant = createTenant(client(), "mfa-tries");
        const auto enrolled = enrol(tenant.accessToken);
        const auto token = challenge(tenant);
        for (int i = 0; i < 5; ++i) {
            const auto refused =
                client().post("/api/auth/login/mfa", {{"mfa_token", token}, {"code", "123456"}});
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.code(), QString("invalid_credentials"));
        }
        // Used up: even the right code needs a new sign-in now.
        const auto late = client().post("/api/auth/login/mfa",
                                        {{"mfa_token", token}, {"code", totpCode(enrolled.secret, 1)}});
        QCOMPARE(late.status, 401);
        QCOMPARE(late.code(), QString("unauthenticated"));
        // A new challenge (the password is right again) buys no new guesses: the account's wrong
        // codes are counted apart from its passwords.
        const auto throttled =
            client().post("/api/auth/login/mfa", {{"mfa_token", challenge(tenant)}, {"code", "654321"}});
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.json()["limit"].toString(), QString("mfa"));
        QVERIFY(throttled.header("Retry-After").toInt() > 0);
    }

    void aTenantThatRequiresAFactorGetsSessionsThatCanOnlyEnrol()
    {
        const auto tenant = createTenant(client(), "mfa-required", "basic");
        const auto member = createUserAndLogin(client(), tenant, "member@mfa-required.example", "user");
        const auto patched = client().patch("/api/enterprise/tenants/" + tenant.id.toStdString(),
                                            {{"mfa_required", "everyone"}}, bearer(tenant.accessToken));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()["mfa_required"].toString(), QString("everyone"));
        QCOMPARE(client()
                     .patch("/api/enterprise/tenants/" + tenant.id.toStdString(),
                            {{"mfa_required", "sometimes"}}, bearer(tenant.accessToken))
                     .status,
                 422);

        const auto signedIn = login(client(), tenant.slug, "member@mfa-required.example",
                                    "password-for-member@mfa-required.example");
        QCOMPARE(signedIn.response.json()["mfa_enrollment_required"].toBool(), true);
        const auto restricted = client().get("/api/enterprise/api-keys", bearer(signedIn.accessToken));
        QCOMPARE(restricted.status, 403);
        QCOMPARE(restricted.code(), QString("mfa_enrollment_required"));
        QCOMPARE(client().get("/api/auth/me", bearer(signedIn.accessToken)).status, 200);

        const auto enrolled = enrol(signedIn.accessToken);
        const auto refreshed = client().post("/api/auth/refresh", {{"refresh_token", signedIn.refreshToken}});
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json().contains("mfa_enrollment_required"));
        QCOMPARE(client()
                     .get("/api/enterprise/api-keys", bearer(refreshed.json()["access_token"].toString()))
                     .status,
                 200);
        // Required, so it cannot be taken away.
        const auto removal =
            removeFactor(refreshed.json()["access_token"].toString(), enrolled.recoveryCodes.first());
        QCOMPARE(removal.status, 409);
        QVERIFY(member.accessToken.size() > 0);
    }

    void removingTheFactorNeedsACode()
    {
        const auto tenant = createTenant(client(), "mfa-remove");
        const auto enrolled = enrol(tenant.accessToken);
        QCOMPARE(removeFactor(tenant.accessToken, "000000").status, 422);
        QCOMPARE(removeFactor(tenant.accessToken, totpCode(enrolled.secret, 1)).status, 204);
        QVERIFY(!login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword).accessToken.isEmpty());
    }

    void erasingAMemberErasesTheirFactor()
    {
        const auto tenant = createTenant(client(), "mfa-erase", "basic");
        const auto member = createUserAndLogin(client(), tenant, "gone@mfa-erase.example", "user");
        enrol(member.accessToken);
        const auto factors = [&] {
            return scalar(live->database.url(),
                          "SELECT count(*) FROM totp_factors f JOIN mfa_recovery_codes c USING (user_id) "
                          "WHERE f.user_id = '" +
                              member.userId.toStdString() + "'");
        };
        QCOMPARE(factors(), 10LL);
        QCOMPARE(client()
                     .post("/api/enterprise/gdpr/users/" + member.userId.toStdString() + "/erase", {},
                           bearer(tenant.accessToken))
                     .status,
                 200);
        QCOMPARE(factors(), 0LL);
    }

private:
    HttpClient& client() { return *live->client; }

    /// Signs in with the password: the challenge for the second step.
    QString challenge(const TenantFixture& tenant)
    {
        const auto answer =
            login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword).response.json();
        return answer["mfa_token"].toString();
    }

    HttpResponse removeFactor(const QString& accessToken, const QString& code)
    {
        return client().request("DELETE", "/api/auth/mfa/totp",
                                QJsonDocument(QJsonObject{{"code", code}}).toJson(QJsonDocument::Compact),
                                bearer(accessToken));
    }

    /// Enrols and confirms with the current code.
    Enrolled enrol(const QString& accessToken)
    {
        const auto body = client().post("/api/auth/mfa/totp", {}, bearer(accessToken)).json();
        Enrolled enrolled;
        enrolled.secret = body["secret"].toString();
        for (const auto& code : body["recovery_codes"].toArray()) {
            enrolled.recoveryCodes << code.toString();
        }
        const auto confirmed = client().post("/api/auth/mfa/totp/confirm",
                                             {{"code", totpCode(enrolled.secret)}}, bearer(accessToken));
        if (confirmed.status != 204) {
            qFatal("confirming the enrolment failed: %s", confirmed.body.constData());
        }
        return enrolled;
    }

    std::unique_ptr<LiveServer> live;
};

QTEST_GUILESS_MAIN(TestMfa)
#include "TestMfa.moc"
