// SPDX-License-Identifier: Apache-2.0
// A whole, realistic session through Prism as a validating proxy (`prism proxy --errors`, pinned
// in tests/openapi) in front of a real aihd: every request and every response is held to the
// served OpenAPI document. Prism answers a violation it counts as an error with its own problem
// document, and logs the others as "Violation: ..."; the test fails on either.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "OpenApiTools.h"
#include "PrismProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <utility>

using namespace aih::test;

namespace {

const OpenApiTools tools(QStringLiteral(AIH_OPENAPI_TOOLS));
/// The `type` of every problem document Prism makes up itself.
const QString prismProblem = "https://stoplight.io/prism/errors#";

/// The lines of Prism's log that report a violation or an answer Prism made up.
QStringList violationsIn(const QString& log)
{
    QStringList found;
    for (const auto& line : log.split('\n')) {
        if (line.contains("Violation", Qt::CaseInsensitive) || line.contains(prismProblem)) {
            found << line;
        }
    }
    return found;
}

} // namespace

class TestPrismSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(tools.installed(), qPrintable(tools.missingMessage()));
        live = std::make_unique<LiveServer>();
        const auto served = live->client->get("/api/openapi.json");
        QCOMPARE(served.status, 200);
        documentFile = dir.filePath("openapi.json");
        QFile file(documentFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(served.body);
        file.close();
        prism = std::make_unique<PrismProcess>(
            tools,
            QStringList{"proxy", documentFile, QString("http://127.0.0.1:%1").arg(live->server->port()),
                        "--errors", "--cors=false"});
        QVERIFY2(prism->waitUntilListening(), qPrintable(prism->log()));
        client = std::make_unique<HttpClient>(prism->port());
    }

    void cleanup()
    {
        const auto found = std::exchange(unexpected, {});
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }

    void operatorCreatesATenantAndItsAdminSignsIn()
    {
        const auto created = call(201, "POST", "/api/enterprise/tenants",
                                  {{"name", "Prism Co"},
                                   {"slug", "prism-co"},
                                   {"subscription_tier", "pro"},
                                   {"admin_email", "admin@prism.example"},
                                   {"admin_password", "a-long-password-123"}},
                                  operatorAuth());
        tenantId = created.json()["tenant"].toObject()["id"].toString();
        call(200, "GET", "/readyz");
        call(200, "GET", "/readyz", {}, operatorAuth());
        call(200, "GET", "/healthz");
        call(200, "GET", "/api/billing/plans");
        const auto signedIn = call(
            200, "POST", "/api/auth/login",
            {{"tenant", "prism-co"}, {"email", "admin@prism.example"}, {"password", "a-long-password-123"}});
        const auto refreshed = call(200, "POST", "/api/auth/refresh",
                                    {{"refresh_token", signedIn.json()["refresh_token"].toString()}});
        admin = bearer(refreshed.json()["access_token"].toString());
        refreshToken = refreshed.json()["refresh_token"].toString();
        call(200, "GET", "/api/auth/me", {}, admin);
        call(200, "GET", "/api/enterprise/tenants/" + tenantId, {}, admin);
        call(200, "GET", "/api/enterprise/tenants/" + tenantId, {}, operatorAuth());
        call(200, "PATCH", "/api/enterprise/tenants/" + tenantId, {{"name", "Prism Company"}}, admin);
    }

    void adminManagesUsers()
    {
        memberId =
            call(201, "POST", "/api/enterprise/admin/users",
                 {{"email", "member@prism.example"}, {"role", "user"}, {"password", "member-password-123"}},
                 admin)
                .json()["id"]
                .toString();
        managerId = call(201, "POST", "/api/enterprise/admin/users",
                         {{"email", "manager@prism.example"},
                          {"role", "manager"},
                          {"password", "manager-password-123"}},
                         admin)
                        .json()["id"]
                        .toString();
        const auto page = call(200, "GET", "/api/enterprise/admin/users?limit=1", {}, admin);
        const auto cursor = page.json()["next_cursor"].toString();
        QVERIFY(!cursor.isEmpty());
        call(200, "GET",
             "/api/enterprise/admin/users?limit=1&cursor=" +
                 QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
             {}, admin);
        call(200, "PATCH", "/api/enterprise/admin/users/" + memberId, {{"role", "manager"}, {"active", true}},
             admin);
        call(200, "PATCH", "/api/enterprise/admin/users/" + memberId, {{"role", "user"}}, admin);
    }

    void adminManagesApiKeys()
    {
        const auto reader = call(201, "POST", "/api/enterprise/api-keys",
                                 {{"name", "reader"}, {"scopes", QJsonArray{"read"}}}, admin);
        key = apiKey(reader.json()["key"].toString());
        const auto writer = call(201, "POST", "/api/enterprise/api-keys",
                                 {{"name", "writer"},
                                  {"scopes", QJsonArray{"read", "write"}},
                                  {"rate_limit", 100},
                                  {"expires_at", "2030-01-01T00:00:00Z"}},
                                 admin);
        const auto writerPath = "/api/enterprise/api-keys/" + writer.json()["id"].toString();
        call(200, "GET", "/api/enterprise/api-keys", {}, admin);
        call(200, "GET", "/api/enterprise/api-keys?all=true&limit=1", {}, admin);
        call(200, "POST", writerPath + "/rotate", {{"grace_seconds", 60}}, admin);
        call(204, "DELETE", writerPath, {}, admin);
    }

    void keyCallsTheContentApi()
    {
        call(200, "GET", "/api/gurus", {}, key);
        call(200, "GET", "/api/gurus/spiritual", {}, key);
        call(200, "GET", "/api/meditations", {}, key);
        call(200, "GET", "/api/rate-limit/status", {}, key);
        call(200, "GET", "/api/rate-limit/status", {}, admin);
    }

    void adminReadsAnalyticsAndTheAuditTrail()
    {
        call(200, "GET", "/api/enterprise/admin/analytics?period=7d", {}, admin);
        call(200, "GET",
             "/api/enterprise/admin/analytics?from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z&bucket=day",
             {}, admin);
        call(200, "GET", "/api/enterprise/platform/analytics", {}, operatorAuth());
        call(200, "GET", "/api/enterprise/audit-logs?limit=2", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs?action=user.create&success=true", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/export?format=csv", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/export?format=json", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/verify", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/report", {}, admin);
        call(201, "POST", "/api/enterprise/audit-logs/checkpoints", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/checkpoints", {}, admin);
        call(200, "GET", "/api/enterprise/audit-logs/signing-key");
        call(200, "GET", "/metrics", {}, operatorAuth());
    }

    void adminBrandsTheTenant()
    {
        call(200, "GET", "/api/customization/customization", {}, admin);
        call(200, "PUT", "/api/customization/customization",
             {{"company_name", "Prism"}, {"primary_color", "#112233"}}, admin);
        call(200, "POST", "/api/customization/themes/preview", {{"primary_color", "#445566"}}, admin);
        call(200, "GET", "/api/billing/subscription", {}, admin);
        call(200, "GET", "/api/enterprise/gdpr/users/" + memberId + "/export", {}, admin);
    }

    void refusedRequestsAreDocumented()
    {
        const auto member = bearer(call(200, "POST", "/api/auth/login",
                                        {{"tenant", "prism-co"},
                                         {"email", "member@prism.example"},
                                         {"password", "member-password-123"}})
                                       .json()["access_token"]
                                       .toString());
        call(401, "GET", "/api/auth/me", {}, bearer("not-a-token"));
        call(401, "POST", "/api/auth/login",
             {{"tenant", "prism-co"}, {"email", "admin@prism.example"}, {"password", "wrong-password-123"}});
        call(403, "GET", "/api/enterprise/admin/users", {}, member);
        call(403, "GET", "/api/enterprise/audit-logs", {}, member);
        call(403, "POST", "/api/enterprise/admin/users", {{"email", "k@prism.example"}, {"role", "user"}},
             key);
        call(404, "GET", "/api/enterprise/tenants/00000000-0000-4000-8000-000000000001", {}, admin);
        call(404, "PATCH", "/api/enterprise/admin/users/00000000-0000-4000-8000-000000000001",
             {{"active", false}}, admin);
        call(409, "POST", "/api/enterprise/admin/users",
             {{"email", "member@prism.example"}, {"role", "user"}}, admin);
        call(422, "GET", "/api/enterprise/audit-logs?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", {},
             admin);
        // Another tenant: its objects are 404s, naming it is a 403, and so is naming one that does
        // not exist (a member cannot tell which names are taken).
        const auto other = call(201, "POST", "/api/enterprise/tenants",
                                {{"name", "Other Co"},
                                 {"slug", "prism-other"},
                                 {"subscription_tier", "pro"},
                                 {"admin_email", "admin@other.example"},
                                 {"admin_password", "a-long-password-123"}},
                                operatorAuth());
        call(404, "GET", "/api/enterprise/tenants/" + other.json()["tenant"].toObject()["id"].toString(), {},
             admin);
        call(404, "GET",
             "/api/enterprise/gdpr/users/" + other.json()["owner"].toObject()["id"].toString() + "/export",
             {}, admin);
        auto naming = admin;
        naming.emplace_back("X-Tenant-ID", "prism-other");
        call(403, "GET", "/api/enterprise/admin/users", {}, naming);
        naming.back().second = "no-such-tenant";
        call(403, "GET", "/api/enterprise/admin/users", {}, naming);
    }

    void adminErasesDeactivatesAndSignsOut()
    {
        call(200, "POST", "/api/enterprise/gdpr/users/" + memberId + "/erase", {}, admin);
        call(204, "DELETE", "/api/enterprise/admin/users/" + managerId, {}, admin);
        call(204, "POST", "/api/auth/logout", {}, admin);
        call(401, "GET", "/api/auth/me", {}, admin);
        call(401, "POST", "/api/auth/refresh", {{"refresh_token", refreshToken}});
    }

    void prismFoundNoViolation()
    {
        QVERIFY2(calls > 60, "the session is shorter than it was");
        // Prism logs in order: once a last request is in the log, so is all that came before it.
        call(404, "GET", "/api/gurus/end-of-session", {}, key);
        QVERIFY(prism->waitForLog("/api/gurus/end-of-session has returned 404"));
        const auto found = violationsIn(prism->log());
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }

    // Last, since it leaves a violation in the log on purpose: the checks above can fail.
    void aViolationIsCaught()
    {
        const auto response = client->get("/api/enterprise/admin/users?limit=0", admin);
        QCOMPARE(response.status, 422);
        QVERIFY2(response.json()["type"].toString().startsWith(prismProblem), response.body.constData());
        QVERIFY2(prism->waitForLog(prismProblem + "UNPROCESSABLE_ENTITY"),
                 qPrintable(prism->log().right(2000)));
        QVERIFY(!violationsIn(prism->log()).isEmpty());
    }

private:
    /// One request through Prism; an unexpected status or an answer Prism made up fails the step
    /// (see cleanup), and the session goes on so that one run shows every disagreement.
    HttpResponse call(int expected, const char* method, const QString& path, const QJsonObject& body = {},
                      const Headers& headers = {})
    {
        ++calls;
        HttpResponse response;
        try {
            response = client->request(method, path.toStdString(),
                                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), headers);
        } catch (const std::exception& error) {
            // A connection Prism dropped or refused: said with the call that met it, and the log of
            // both servers, rather than as an unhandled exception that names nothing.
            unexpected << QString("%1 %2: no answer through Prism: %3\n--- Prism:\n%4\n--- aihd:\n%5")
                              .arg(method, path, QString::fromUtf8(error.what()), prism->log(),
                                   live->server->log());
            return response;
        }
        if (response.json()["type"].toString().startsWith(prismProblem) || response.status != expected) {
            unexpected << QString("%1 %2: expected %3, got %4 %5")
                              .arg(method, path)
                              .arg(expected)
                              .arg(response.status)
                              .arg(QString::fromUtf8(response.body));
        }
        return response;
    }

    QTemporaryDir dir;
    QString documentFile;
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<PrismProcess> prism;
    std::unique_ptr<HttpClient> client;
    QString tenantId;
    QString memberId;
    QString managerId;
    QString refreshToken;
    Headers admin;
    Headers key;
    QStringList unexpected;
    int calls = 0;
};

QTEST_GUILESS_MAIN(TestPrismSession)
#include "TestPrismSession.moc"
