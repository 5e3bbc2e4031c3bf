// SPDX-License-Identifier: Apache-2.0
// Passwords after sign-up, end to end through a real SMTP server: a reset by mail, a change of
// one's own password, an admin sending the reset mail, and the outbox that carries the mail
// through an SMTP outage and a server killed in the middle.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>
#include <algorithm>
#include <csignal>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

QString tokenFrom(const ReceivedMail& mail)
{
    return QUrlQuery(QUrl(firstLink(mail)).query()).queryItemValue("token");
}

} // namespace

class TestPasswordFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(smtp.start());
        startServer();
    }

    void aResetMailSetsANewPasswordOnceAndEndsEverySession()
    {
        const auto tenant = createTenant(client(), "reset-flow");
        const auto before = smtp.messages().size();
        const auto asked = client().post("/api/auth/password-reset",
                                         {{"tenant", tenant.slug}, {"email", tenant.adminEmail.toUpper()}});
        QCOMPARE(asked.status, 202);
        const auto mails = smtp.waitForMessages(before + 1);
        QCOMPARE(mails.size(), before + 1);
        const auto& mail = mails.back();
        QCOMPARE(mail.to, tenant.adminEmail);
        QVERIFY2(mail.subject.contains("reset-flow"), qPrintable(mail.subject)); // the tenant's name
        QVERIFY(mail.headers.at("content-type").startsWith("multipart/alternative"));
        QVERIFY(mail.html.contains("<a href=\"http://reset-flow.aih.test/portal/reset-password?token="));
        QVERIFY(mail.headers.at("message-id").startsWith("<mail-"));
        const auto token = tokenFrom(mail);
        QCOMPARE(token.size(), 43);

        // A password the policy refuses does not spend the link.
        const auto weak = client().post("/api/auth/password-reset/confirm",
                                        {{"token", token}, {"new_password", "password1234"}});
        QCOMPARE(weak.status, 422);
        QVERIFY2(weak.body.contains("commonly used"), weak.body.constData());
        const auto set = client().post("/api/auth/password-reset/confirm",
                                       {{"token", token}, {"new_password", "a fresh start at last"}});
        QCOMPARE(set.status, 204);

        QCOMPARE(login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword).response.status, 401);
        QCOMPARE(login(client(), tenant.slug, tenant.adminEmail, "a fresh start at last").response.status,
                 200);
        // The session from before the reset ended at once, refresh token and access token alike.
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 401);
        QCOMPARE(client().post("/api/auth/refresh", {{"refresh_token", tenant.refreshToken}}).status, 401);

        const auto again = client().post("/api/auth/password-reset/confirm",
                                         {{"token", token}, {"new_password", "another one entirely"}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), QString("invalid_token"));
        const auto signedIn = login(client(), tenant.slug, tenant.adminEmail, "a fresh start at last");
        const auto trail = auditEntries(client(), signedIn.accessToken, "action=auth.password_reset");
        QCOMPARE(trail.size(), 1);
    }

    void theAnswerIsTheSameWhetherOrNotTheAccountExists()
    {
        const auto tenant = createTenant(client(), "reset-unknown");
        const auto before = smtp.messages().size();
        const auto unknownUser = client().post("/api/auth/password-reset",
                                               {{"tenant", tenant.slug}, {"email", "nobody@else.example"}});
        const auto unknownTenant = client().post("/api/auth/password-reset",
                                                 {{"tenant", "no-such-tenant"}, {"email", "a@b.example"}});
        QCOMPARE(unknownUser.status, 202);
        QCOMPARE(unknownTenant.status, 202);
        QCOMPARE(unknownUser.body, unknownTenant.body);
        // A real one afterwards arrives alone: the two above sent nothing.
        client().post("/api/auth/password-reset", {{"tenant", tenant.slug}, {"email", tenant.adminEmail}});
        const auto mails = smtp.waitForMessages(before + 1);
        QThread::msleep(1500); // a full poll interval and more, for anything else to arrive
        QCOMPARE(smtp.messages().size(), before + 1);
        QCOMPARE(mails.back().to, tenant.adminEmail);
    }

    void expiredForeignAndMadeUpTokensAllGetOneAnswer()
    {
        const auto a = createTenant(client(), "token-a");
        const auto b = createTenant(client(), "token-b");
        const auto before = smtp.messages().size();
        client().post("/api/auth/password-reset", {{"tenant", a.slug}, {"email", a.adminEmail}});
        const auto token = tokenFrom(smtp.waitForMessages(before + 1).back());

        const auto confirm = [&](const QString& t, const Headers& headers = {}) {
            return client().post("/api/auth/password-reset/confirm",
                                 {{"token", t}, {"new_password", "a strong new passphrase"}}, headers);
        };
        const auto madeUp = confirm("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const auto foreign = confirm(token, {{"X-Tenant-ID", b.id.toStdString()}});
        QCOMPARE(madeUp.status, 400);
        QCOMPARE(foreign.status, 400);
        QCOMPARE(madeUp.json()["detail"], foreign.json()["detail"]);

        pqxx::connection owner(database.url());
        pqxx::work tx(owner);
        tx.exec_params(
            "UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE tenant_id = $1",
            a.id.toStdString());
        tx.commit();
        const auto expired = confirm(token);
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.json()["detail"], madeUp.json()["detail"]);
        QCOMPARE(login(client(), a.slug, a.adminEmail, a.adminPassword).response.status, 200);
    }

    void changingOnesPasswordNeedsTheCurrentOneAndEndsTheOtherSessions()
    {
        const auto tenant = createTenant(client(), "change-flow");
        const auto other = login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword);
        const auto change = [&](const QString& current, const QString& next) {
            return client().post("/api/auth/password",
                                 {{"current_password", current}, {"new_password", next}},
                                 bearer(tenant.accessToken));
        };
        const auto wrong = change("not the password", "a brand new passphrase");
        QCOMPARE(wrong.status, 422);
        QVERIFY(wrong.body.contains("current_password"));
        QCOMPARE(change(tenant.adminPassword, "short").status, 422);
        QCOMPARE(change(tenant.adminPassword, tenant.adminEmail).status, 422);
        // NFKC: full-width letters and a ligature are the same password as their plain forms.
        QCOMPARE(change(tenant.adminPassword, QString::fromUtf8("ｃｏｆｆｅｅ ﬁlter paper")).status, 204);

        QCOMPARE(client().get("/api/auth/me", bearer(other.accessToken)).status, 401);
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        QCOMPARE(login(client(), tenant.slug, tenant.adminEmail, "coffee filter paper").response.status, 200);
        QCOMPARE(login(client(), tenant.slug, tenant.adminEmail, tenant.adminPassword).response.status, 401);
        const auto trail = auditEntries(client(), tenant.accessToken, "action=auth.password_changed");
        QCOMPARE(trail.size(), 2); // the refused attempt and the change
    }

    void anAdminSendsTheResetMailButNeverSeesThePassword()
    {
        const auto tenant = createTenant(client(), "admin-reset", "basic");
        const auto member = createUserAndLogin(client(), tenant, "member@admin-reset.example", "user");
        const auto manager = createUserAndLogin(client(), tenant, "manager@admin-reset.example", "manager");
        const auto other = createTenant(client(), "admin-reset-other");
        const auto path = "/api/enterprise/admin/users/" + member.userId.toStdString() + "/password-reset";

        QCOMPARE(client().post(path, {}, bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().post(path, {}, bearer(other.accessToken)).status, 404);
        const auto before = smtp.messages().size();
        const auto sent = client().post(path, {},
                                        {{"Authorization", "Bearer " + tenant.accessToken.toStdString()},
                                         {"Accept-Language", "fr-CH, de;q=0.8"}});
        QCOMPARE(sent.status, 202);
        QVERIFY(!sent.body.contains("password\""));
        const auto mail = smtp.waitForMessages(before + 1).back();
        QCOMPARE(mail.to, QString("member@admin-reset.example"));
        QVERIFY2(mail.subject.startsWith(QString::fromUtf8("Réinitialiser")), qPrintable(mail.subject));
        QCOMPARE(client()
                     .post("/api/auth/password-reset/confirm",
                           {{"token", tokenFrom(mail)}, {"new_password", "chosen by the member"}})
                     .status,
                 204);
        QCOMPARE(client().get("/api/auth/me", bearer(member.accessToken)).status, 401);
    }

    void resetMailsAreLimitedPerAccountAndRequestsPerAddress()
    {
        const auto tenant = createTenant(client(), "reset-limits");
        const auto before = smtp.messages().size();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                client()
                    .post("/api/auth/password-reset", {{"tenant", tenant.slug}, {"email", tenant.adminEmail}})
                    .status,
                202);
        }
        smtp.waitForMessages(before + 3);
        QThread::msleep(1500);
        QCOMPARE(smtp.messages().size(), before + 3);
        // Every request above counted for this address, as did the earlier tests' ones.
        int refused = 0;
        for (int i = 0; i < 25 && refused == 0; ++i) {
            const auto answer = client().post("/api/auth/password-reset",
                                              {{"tenant", tenant.slug}, {"email", "x@y.example"}});
            if (answer.status == 429) {
                ++refused;
                QVERIFY(!answer.header("Retry-After").isEmpty());
            }
        }
        QCOMPARE(refused, 1);
    }

    void aRefusedRecipientIsGivenUpWithoutHoldingUpTheRest()
    {
        const auto tenant = createTenant(client(), "bounce-flow", "basic");
        createUserAndLogin(client(), tenant, "bounce@bounce-flow.example", "user");
        const auto before = smtp.messages().size();
        const Headers elsewhere{{"X-Forwarded-For", "203.0.113.7"}};
        client().post("/api/auth/password-reset",
                      {{"tenant", tenant.slug}, {"email", "bounce@bounce-flow.example"}}, elsewhere);
        client().post("/api/auth/password-reset", {{"tenant", tenant.slug}, {"email", tenant.adminEmail}},
                      elsewhere);
        const auto mails = smtp.waitForMessages(before + 1);
        QCOMPARE(mails.back().to, tenant.adminEmail);
        // 550 to the recipient: given up on the first try, its body (a live link) dropped.
        QVERIFY(waitUntil(
            [&] {
                return scalar(database.url(),
                              "SELECT count(*) FROM mail_outbox WHERE recipient = "
                              "'bounce@bounce-flow.example' AND abandoned_at IS NOT NULL AND "
                              "attempts = 1 AND text_body = '' AND last_error LIKE '%550%'") == 1;
            },
            10000));
        QCOMPARE(scalar(database.url(), "SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND "
                                        "(text_body <> '' OR html_body <> '')"),
                 0LL);
    }

    void mailWaitsOutAnSmtpOutageAndAServerKilledMidway()
    {
        const auto tenant = createTenant(client(), "outbox-flow");
        const auto before = smtp.messages().size();
        smtp.stop();
        QCOMPARE(client()
                     .post("/api/auth/password-reset",
                           {{"tenant", tenant.slug}, {"email", tenant.adminEmail}},
                           {{"X-Forwarded-For", "203.0.113.9"}})
                     .status,
                 202);
        // The sender tried, failed and scheduled a retry; then the server dies without a goodbye.
        QVERIFY(waitUntil(
            [&] {
                return scalar(database.url(),
                              "SELECT count(*) FROM mail_outbox WHERE last_error IS NOT NULL AND sent_at IS "
                              "NULL AND abandoned_at IS NULL") > 0;
            },
            10000));
        server->process().kill();
        server->process().waitForFinished(5000);
        QVERIFY(smtp.start());
        startServer();
        const auto mails = smtp.waitForMessages(before + 1, 20000);
        QCOMPARE(mails.size(), before + 1);
        QCOMPARE(mails.back().to, tenant.adminEmail);
        QThread::msleep(2500); // two retry intervals: nothing is sent twice
        QCOMPARE(smtp.messages().size(), before + 1);
        QCOMPARE(scalar(database.url(),
                        "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND abandoned_at IS NULL"),
                 0LL);
    }

    void aResetRequestTakesNoLongerForAnAddressThatExists()
    {
        // Each address once, as someone probing for accounts would; known and unknown in turn, so
        // whatever the server does in the background weighs on both alike. Which of the two goes
        // first alternates: the first request after a member's creation and sign-in (argon2, on a
        // machine busy with other tests) once always fell to the known address, which then
        // measured 2.15 ms against 0.74 with the server answering both in 0.2 ms or less.
        const auto tenant = createTenant(client(), "reset-timing", "basic");
        std::vector<double> known;
        std::vector<double> unknown;
        for (int i = 0; i < 12; ++i) {
            const auto member = QString("member%1@reset-timing.example").arg(i);
            createUserAndLogin(client(), tenant, member, "user");
            auto probes = std::vector{std::pair{member, &known},
                                      std::pair{QString("nobody%1@reset-timing.example").arg(i), &unknown}};
            if (i % 2 == 1) {
                std::swap(probes[0], probes[1]);
            }
            for (const auto& [email, times] : probes) {
                QElapsedTimer timer;
                timer.start();
                const auto answer =
                    client().post("/api/auth/password-reset", {{"tenant", tenant.slug}, {"email", email}},
                                  {{"X-Forwarded-For", "198.51.100." + std::to_string(i + 1)}});
                times->push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                QCOMPARE(answer.status, 202);
            }
        }
        std::sort(known.begin(), known.end());
        std::sort(unknown.begin(), unknown.end());
        const auto knownMedian = (known[5] + known[6]) / 2;
        const auto unknownMedian = (unknown[5] + unknown[6]) / 2;
        qInfo("reset request, median of 12: existing account %.2f ms, no account %.2f ms", knownMedian,
              unknownMedian);
        // Measured: 2.9 ms against 0.8 when the account was looked up and mailed before the answer.
        QVERIFY2(knownMedian < unknownMedian * 1.5 + 1.0,
                 qPrintable(QString("%1 ms against %2 ms").arg(knownMedian).arg(unknownMedian)));
        QCOMPARE(smtp.waitForMailTo("member11@reset-timing.example").size(), std::size_t(1));
    }

private:
    HttpClient& client() { return *client_; }

    void startServer()
    {
        auto env = smtp.serverEnvironment(ServerProcess::defaultEnvironment(database.url()));
        env["AIH_MAIL_RETRY_SECONDS"] = "1";
        env["AIH_TRUSTED_PROXIES"] = "127.0.0.1/32";
        server = std::make_unique<ServerProcess>(env);
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
    }

    SmtpServerProcess smtp;
    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
};

QTEST_GUILESS_MAIN(TestPasswordFlows)
#include "TestPasswordFlows.moc"
