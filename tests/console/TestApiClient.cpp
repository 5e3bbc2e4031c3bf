// SPDX-License-Identifier: Apache-2.0
// The console's API client against a real aihd: typed calls, readable problems, paging, one
// token refresh for many calls, the token kept to its own server, timeouts, TLS, and the
// offline cache once the server is gone.
#include "ApiHelpers.h"
#include "ConsoleHarness.h"
#include "LiveServer.h"
#include "features/users/UsersApi.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace aih;
using namespace aih::test;
using console::ApiProblem;

namespace {

std::optional<QJsonDocument> asIs(const QJsonDocument& document)
{
    return document;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(*live->client, "console-api", "basic");
        console = std::make_unique<ConsoleHarness>();
        QVERIFY(console->signIn(profileOf(tenant.adminEmail), tenant.adminPassword));
    }

    void signInLoadsTheUserAndTheTenant()
    {
        const auto& session = console->core().session();
        QCOMPARE(session.state(), console::Session::State::SignedIn);
        QCOMPARE(session.user().email, tenant.adminEmail);
        QVERIFY(session.user().role == Role::Admin);
        QCOMPARE(session.tenant().slug, tenant.slug);
        QVERIFY(session.tenant().tier == Tier::Basic);
        QVERIFY(session.tenant().hasFeature("api_access"));
    }

    void wrongPasswordIsReportedInPlainWords()
    {
        ConsoleHarness other;
        QSignalSpy failed(&other.core().session(), &console::Session::signInFailed);
        other.core().session().signIn(profileOf(tenant.adminEmail), "not-the-password", false);
        QVERIFY(failed.wait(20000));
        const auto problem = failed.first().first().value<ApiProblem>();
        QCOMPARE(problem.status, 401);
        QCOMPARE(problem.code, QString("invalid_credentials"));
        QVERIFY(problem.message().contains("password is not right"));
        QVERIFY2(problem.message().contains(problem.requestId), "the request id is quoted for support");
        QCOMPARE(other.core().session().state(), console::Session::State::SignedOut);
    }

    void listsFollowEveryPage()
    {
        for (int i = 0; i < 4; ++i) {
            const auto created = live->client->post("/api/enterprise/admin/users",
                                                    {{"email", QString("pager%1@console-api.example").arg(i)},
                                                     {"password", "a long enough password"}},
                                                    bearer(tenant.accessToken));
            QCOMPARE(created.status, 201);
        }
        auto request = console::ApiRequest::get("/api/enterprise/admin/users", QUrlQuery{{"limit", "2"}});
        request.allPages = true;
        const auto outcome = await(console->core().api().call<QJsonDocument>(request, asIs));
        QVERIFY(outcome.value);
        const auto direct =
            live->client->get("/api/enterprise/admin/users?limit=200", bearer(tenant.accessToken));
        QCOMPARE(outcome.value->object()["data"].toArray().size(), direct.json()["data"].toArray().size());
        QCOMPARE(outcome.value->object()["data"].toArray().size(), 5);
    }

    void refusedInputNamesTheFields()
    {
        const auto outcome = await(usersApi().create({"not-an-email", {}, Role::User, {}}));
        QVERIFY(outcome.problem);
        QCOMPARE(outcome.problem->status, 422);
        QCOMPARE(outcome.problem->fields.size(), 1);
        QCOMPARE(outcome.problem->fields.first().field, QString("email"));
        QVERIFY(outcome.problem->message().contains("• email:"));
    }

    void concurrentCallsAfterTokenLossShareOneRefresh()
    {
        auto& credentials = console->core().credentials();
        credentials.setTokens("expired-or-forged-access-token", credentials.refreshToken());
        const auto generation = credentials.generation();
        std::vector<std::shared_ptr<Outcome<QList<console::User>>>> outcomes;
        QObject context;
        for (int i = 0; i < 3; ++i) {
            auto outcome = std::make_shared<Outcome<QList<console::User>>>();
            usersApi().list().then(
                &context,
                [outcome](const QList<console::User>& users) {
                    outcome->value = users;
                    outcome->finished = true;
                },
                [outcome](const ApiProblem& problem) {
                    outcome->problem = problem;
                    outcome->finished = true;
                });
            outcomes.push_back(outcome);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(outcomes.begin(), outcomes.end(),
                                   [](const auto& o) { return o->finished; });
            },
            20000));
        for (const auto& outcome : outcomes) {
            QVERIFY2(outcome->value,
                     outcome->problem ? qPrintable(outcome->problem->message()) : "no answer");
        }
        // One refresh rotates the tokens once; a second would have presented a spent refresh
        // token and ended the session.
        QCOMPARE(credentials.generation(), generation + 1);
        QCOMPARE(console->core().session().state(), console::Session::State::SignedIn);
    }

    void tokenGoesOnlyToTheSignedInServer()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            auto* socket = elsewhere.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket,
                    [&received, socket] { received += socket->readAll(); });
        });
        auto& network = console->core().network();
        std::unique_ptr<QNetworkReply> foreign(network.get(
            QNetworkRequest(QUrl(QString("http://127.0.0.1:%1/steal").arg(elsewhere.serverPort())))));
        QVERIFY(QTest::qWaitFor([&] { return received.contains("\r\n\r\n"); }, 10000));
        QVERIFY(received.startsWith("GET /steal"));
        QVERIFY2(!received.toLower().contains("authorization"), received.constData());

        std::unique_ptr<QNetworkReply> own(network.get(
            QNetworkRequest(QUrl(QString("http://127.0.0.1:%1/api/auth/me").arg(live->server->port())))));
        QVERIFY(QTest::qWaitFor([&] { return own->isFinished(); }, 10000));
        QCOMPARE(own->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void reusedRefreshTokenEndsTheSession()
    {
        ConsoleHarness other;
        QVERIFY(other.signIn(profileOf(tenant.adminEmail), tenant.adminPassword));
        auto& credentials = other.core().credentials();
        const auto spent = credentials.refreshToken();
        credentials.setTokens("stale", spent);
        QVERIFY(await(console::UsersApi(other.core().api()).list()).value);
        QVERIFY(credentials.refreshToken() != spent);

        // Someone replays the spent refresh token: the server ends the whole session.
        QSignalSpy expired(&other.core().session(), &console::Session::expired);
        credentials.setTokens("stale", spent);
        const auto outcome = await(console::UsersApi(other.core().api()).list());
        QVERIFY(outcome.problem);
        QCOMPARE(outcome.problem->status, 401);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(other.core().session().state(), console::Session::State::SignedOut);
        QVERIFY(credentials.refreshToken().isEmpty());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        console::Credentials credentials;
        credentials.setServer(QUrl(QString("http://127.0.0.1:%1").arg(silent.serverPort())));
        console::AuthorizingNetworkManager network(credentials);
        auto* job = new console::ApiJob(network, credentials, console::ApiRequest::get("/api/auth/me"));
        job->setTimeout(std::chrono::milliseconds(500));
        const auto outcome = await(console::Pending<QJsonDocument>(job, asIs));
        QVERIFY(outcome.problem);
        QVERIFY(outcome.problem->kind == ApiProblem::Kind::Timeout);
        QVERIFY(outcome.problem->message().contains("did not answer in time"));
    }

    void untrustedCertificateIsRefused()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                                  "/CN=127.0.0.1", "-keyout", dir.filePath("key.pem"), "-out",
                                  dir.filePath("cert.pem")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(dir.filePath("cert.pem"));
        QFile key(dir.filePath("key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        console::Credentials credentials;
        credentials.setServer(QUrl(QString("https://127.0.0.1:%1").arg(server.serverPort())));
        console::AuthorizingNetworkManager network(credentials);
        auto* job = new console::ApiJob(network, credentials, console::ApiRequest::get("/api/auth/me"));
        const auto outcome = await(console::Pending<QJsonDocument>(job, asIs));
        QVERIFY(outcome.problem);
        QVERIFY(outcome.problem->kind == ApiProblem::Kind::Tls);
        QVERIFY2(outcome.problem->detail.contains("self-signed", Qt::CaseInsensitive),
                 qPrintable(outcome.problem->detail));
    }

    // Stops the server: keep this last.
    void listsStayReadableOfflineMarkedStale()
    {
        const auto fresh = await(usersApi().list());
        QVERIFY(fresh.value);
        QVERIFY(!fresh.freshness.stale);
        QCOMPARE(live->server->terminate(), 0);

        const auto offline = await(usersApi().list());
        QVERIFY2(offline.value, offline.problem ? qPrintable(offline.problem->message()) : "");
        QVERIFY(offline.freshness.stale);
        QVERIFY(offline.freshness.fetchedAt.isValid());
        QCOMPARE(offline.value->size(), fresh.value->size());

        const auto write = await(usersApi().create({"late@console-api.example", {}, Role::User, {}}));
        QVERIFY(write.problem);
        QVERIFY(write.problem->isUnreachable());
    }

private:
    console::ServerProfile profileOf(const QString& email) const
    {
        return ConsoleHarness::profile(live->server->port(), tenant.slug, email);
    }
    console::UsersApi usersApi() { return console::UsersApi(console->core().api()); }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<ConsoleHarness> console;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
