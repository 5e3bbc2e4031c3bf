// SPDX-License-Identifier: Apache-2.0
// A self-service sign-up proves its address before the tenant can be used: its owner cannot
// sign in until the mailed link is followed, through the API or the portal's button. An
// operator's tenant is usable at once. Asking for a new link answers the same for any address.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"

#include <QThread>
#include <QUrlQuery>
#include <QtTest>

using namespace aih::test;

namespace {

QString tokenFrom(const ReceivedMail& mail)
{
    return QUrlQuery(QUrl(firstLink(mail)).query()).queryItemValue("token");
}

QJsonObject signUp(const QString& slug, const QString& email)
{
    return {{"name", "Tenant " + slug},
            {"slug", slug},
            {"admin_email", email},
            {"admin_password", "a sign-up passphrase"}};
}

} // namespace

class TestSignUpVerification : public QObject
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

    void theOwnerSignsInOnlyAfterFollowingTheMailedLink()
    {
        const auto created =
            client().post("/api/enterprise/tenants", signUp("verify-flow", "owner@verify-flow.example"),
                          {{"Accept-Language", "es"}});
        QCOMPARE(created.status, 201);
        const auto refused =
            login(client(), "verify-flow", "owner@verify-flow.example", "a sign-up passphrase");
        QCOMPARE(refused.response.status, 403);
        QCOMPARE(refused.response.code(), QString("email_unverified"));
        // A wrong password learns nothing about the address.
        QCOMPARE(
            login(client(), "verify-flow", "owner@verify-flow.example", "not the passphrase").response.status,
            401);

        const auto mail = smtp.waitForMailTo("owner@verify-flow.example").back();
        QVERIFY2(mail.subject.startsWith("Confirma"), qPrintable(mail.subject));
        QVERIFY(firstLink(mail).startsWith("http://verify-flow.aih.test/portal/verify-email?token="));
        const auto token = tokenFrom(mail);
        QCOMPARE(client().post("/api/auth/verify-email", {{"token", token}}).status, 204);
        QCOMPARE(login(client(), "verify-flow", "owner@verify-flow.example", "a sign-up passphrase")
                     .response.status,
                 200);
        const auto again = client().post("/api/auth/verify-email", {{"token", token}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), QString("invalid_token"));
    }

    void anOperatorsTenantIsUsableAtOnce()
    {
        const auto tenant = createTenant(client(), "verify-operator");
        QVERIFY(!tenant.accessToken.isEmpty());
        QThread::msleep(800); // several poll intervals: no confirmation mail goes out
        QCOMPARE(smtp.waitForMailTo(tenant.adminEmail, 1, 0).size(), std::size_t(0));
    }

    void aNewLinkIsOfferedWithTheSameAnswerForAnyAddress()
    {
        const auto created =
            client().post("/api/enterprise/tenants", signUp("verify-resend", "owner@verify-resend.example"));
        QCOMPARE(created.status, 201);
        const QString owner = "owner@verify-resend.example";
        QCOMPARE(smtp.waitForMailTo(owner).size(), std::size_t(1));
        const auto unknown =
            client().post("/api/auth/verify-email/resend",
                          {{"tenant", "verify-resend"}, {"email", "nobody@verify-resend.example"}});
        const auto known =
            client().post("/api/auth/verify-email/resend",
                          {{"tenant", "verify-resend"}, {"email", "owner@verify-resend.example"}});
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.body, known.body);
        const auto mails = smtp.waitForMailTo(owner, 2);
        QCOMPARE(mails.size(), std::size_t(2));
        QThread::msleep(800); // several poll intervals: the unknown address got nothing
        QCOMPARE(smtp.waitForMailTo("nobody@verify-resend.example", 1, 0).size(), std::size_t(0));

        // The portal's page only shows a button; following the link spends nothing.
        const auto token = tokenFrom(mails.back());
        const auto page =
            client().get("/portal/verify-email?token=" + token.toStdString(), tenantHost("verify-resend"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Confirm my email"));
        QCOMPARE(
            client().post("/api/auth/verify-email", {{"token", token}}, tenantHost("verify-flow")).status,
            400);
        QCOMPARE(client().post("/api/auth/verify-email", {{"token", token}}).status, 204);
        QCOMPARE(login(client(), "verify-resend", "owner@verify-resend.example", "a sign-up passphrase")
                     .response.status,
                 200);
    }

private:
    HttpClient& client() { return *client_; }

    SmtpServerProcess smtp;
    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
};

QTEST_GUILESS_MAIN(TestSignUpVerification)
#include "TestSignUpVerification.moc"
