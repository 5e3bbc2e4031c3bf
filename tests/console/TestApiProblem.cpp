// SPDX-License-Identifier: Apache-2.0
// Problem documents and transport failures turned into messages a person can act on.
#include "core/net/ApiProblem.h"

#include <QtTest>

using aih::console::ApiProblem;

class TestApiProblem : public QObject
{
    Q_OBJECT

private slots:
    void problemDocumentIsRead()
    {
        const auto problem = ApiProblem::fromHttp(
            422,
            R"({"type":"https://docs.aih.example/problems/validation_failed","title":"Validation failed",)"
            R"("status":422,"detail":"The request has invalid fields.","code":"validation_failed",)"
            R"("request_id":"req-123","errors":[{"field":"email","message":"must be an address"},)"
            R"({"field":"role","message":"must be admin, manager or user"}]})",
            -1);
        QCOMPARE(problem.status, 422);
        QCOMPARE(problem.code, QString("validation_failed"));
        QCOMPARE(problem.requestId, QString("req-123"));
        QCOMPARE(problem.fields.size(), 2);
        const auto message = problem.message();
        QVERIFY(message.startsWith("The server refused the input."));
        QVERIFY(message.contains("The request has invalid fields."));
        QVERIFY(message.contains("• email: must be an address"));
        QVERIFY(message.contains("• role: must be admin, manager or user"));
        QVERIFY(message.endsWith("Request ID: req-123"));
    }

    void summaryFollowsCodeAndStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("summary");
        QTest::newRow("plan limit") << 402 << QByteArray(R"({"code":"plan_limit"})") << -1
                                    << "Your plan's limit is reached.";
        QTest::newRow("feature with plan")
            << 402 << QByteArray(R"({"code":"feature_not_in_plan","required_plan":"pro"})") << -1
            << "This needs the pro plan or higher.";
        QTest::newRow("last admin") << 409 << QByteArray(R"({"code":"last_admin"})") << -1
                                    << "The tenant must keep at least one active admin.";
        QTest::newRow("forbidden") << 403 << QByteArray(R"({"code":"forbidden"})") << -1
                                   << "You are not allowed to do this.";
        QTest::newRow("not found") << 404 << QByteArray() << -1
                                   << "Not found: it does not exist or is not visible to you.";
        QTest::newRow("rate limited") << 429 << QByteArray(R"({"code":"rate_limited"})") << 30
                                      << "Too many requests; try again in 30 second(s).";
        QTest::newRow("html error page")
            << 502 << QByteArray("<html>Bad gateway</html>") << -1 << "The server had a problem (HTTP 502).";
        QTest::newRow("teapot") << 418 << QByteArray() << -1 << "The request failed (HTTP 418).";
        QTest::newRow("sso required")
            << 403 << QByteArray(R"({"code":"sso_required"})") << -1
            << "This account signs in through single sign-on: use “Sign in with SSO”.";
        QTest::newRow("identity provider") << 502 << QByteArray(R"({"code":"identity_provider_error"})") << -1
                                           << "The identity provider could not be used.";
    }

    void summaryFollowsCodeAndStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, retryAfter);
        QFETCH(QString, summary);
        QCOMPARE(ApiProblem::fromHttp(status, body, retryAfter).summary(), summary);
    }

    void transportFailuresSayWhatHappened_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("summary");
        QTest::newRow("unreachable") << int(ApiProblem::Kind::Unreachable) << "The server cannot be reached.";
        QTest::newRow("tls") << int(ApiProblem::Kind::Tls)
                             << "The server's identity could not be verified; the connection was refused.";
        QTest::newRow("timeout") << int(ApiProblem::Kind::Timeout) << "The server did not answer in time.";
        QTest::newRow("redirect") << int(ApiProblem::Kind::Redirect)
                                  << "The server redirected the request; check the server address.";
        QTest::newRow("browser") << int(ApiProblem::Kind::Browser)
                                 << "The sign-in in the web browser did not complete.";
    }

    void transportFailuresSayWhatHappened()
    {
        QFETCH(int, kind);
        QFETCH(QString, summary);
        const auto problem = ApiProblem::transport(ApiProblem::Kind(kind), "Connection refused");
        QCOMPARE(problem.summary(), summary);
        QCOMPARE(problem.message(), summary + "\nConnection refused");
    }

    void nonJsonBodyStillGivesAProblem()
    {
        const auto problem = ApiProblem::fromHttp(500, "Internal error\n", -1);
        QCOMPARE(problem.status, 500);
        QVERIFY(problem.code.isEmpty());
        QCOMPARE(problem.message(), QString("The server had a problem (HTTP 500)."));
    }
};

QTEST_GUILESS_MAIN(TestApiProblem)
#include "TestApiProblem.moc"
