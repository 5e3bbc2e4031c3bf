// SPDX-License-Identifier: Apache-2.0
// The served OpenAPI document through real tools from npm (pinned in tests/openapi): Redocly's
// linter, and ajv validating live responses of this server against the document's schemas.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "OpenApiTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace aih::test;

namespace {

const OpenApiTools tools(QStringLiteral(AIH_OPENAPI_TOOLS));
const QString scriptsDir = QStringLiteral(AIH_OPENAPI_SCRIPTS);

OpenApiTools::Run lint(const QString& file)
{
    return tools.run(tools.command("redocly"), {"lint", file, "--format=stylish"});
}

} // namespace

class TestApiReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(tools.installed(), qPrintable(tools.missingMessage()));
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "reference-co", "basic");
        const auto served = client().get("/api/openapi.json");
        QCOMPARE(served.status, 200);
        QVERIFY(served.header("Content-Type").startsWith("application/json"));
        documentFile = dir.filePath("openapi.json");
        writeFile(documentFile, served.body);
        document = QJsonDocument::fromJson(served.body).object();
    }

    void servedDocumentPassesTheLinter()
    {
        QCOMPARE(document["openapi"].toString(), QString("3.1.0"));
        const auto result = lint(documentFile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void linterCatchesABrokenDocument()
    {
        // A reference to a schema that does not exist.
        auto text = QString::fromUtf8(QJsonDocument(document).toJson());
        text.replace("#/components/schemas/SignedIn", "#/components/schemas/NoSuchSchema");
        const auto file = dir.filePath("broken.json");
        writeFile(file, text.toUtf8());
        const auto result = lint(file);
        QVERIFY2(result.exitCode != 0, qPrintable(result.output));
        QVERIFY2(result.output.contains("no-unresolved-refs"), qPrintable(result.output));
    }

    void liveResponsesMatchTheDocument()
    {
        const auto token = bearer(tenant.accessToken);
        record("post", "/api/auth/login",
               client().post("/api/auth/login", {{"tenant", tenant.slug},
                                                 {"email", tenant.adminEmail},
                                                 {"password", tenant.adminPassword}}));
        record("get", "/api/auth/me", client().get("/api/auth/me", token));
        record("post", "/api/enterprise/tenants",
               client().post("/api/enterprise/tenants", {{"name", "Self Signup"},
                                                         {"slug", "self-signup"},
                                                         {"admin_email", "owner@self.example"},
                                                         {"admin_password", "a-long-password-123"}}));
        record("get", "/api/enterprise/tenants/{id}",
               client().get("/api/enterprise/tenants/" + tenant.id.toStdString(), token));
        record("post", "/api/enterprise/admin/users",
               client().post(
                   "/api/enterprise/admin/users",
                   {{"email", "member@reference.example"}, {"role", "user"}, {"password", "pw-123456789"}},
                   token));
        record("get", "/api/enterprise/admin/users",
               client().get("/api/enterprise/admin/users?limit=1", token));
        record("post", "/api/enterprise/admin/users",
               client().post("/api/enterprise/admin/users", {{"email", "invited@reference.example"}}, token));
        const auto invited =
            client().post("/api/enterprise/admin/invitations",
                          {{"email", "guest@reference.example"}, {"role", "manager"}}, token);
        record("post", "/api/enterprise/admin/invitations", invited, 201);
        record("get", "/api/enterprise/admin/invitations",
               client().get("/api/enterprise/admin/invitations?limit=1", token));
        record("post", "/api/enterprise/admin/invitations/{id}/resend",
               client().post("/api/enterprise/admin/invitations/" +
                                 invited.json()["id"].toString().toStdString() + "/resend",
                             {}, token),
               200);
        record("post", "/api/auth/invitations/accept",
               client().post("/api/auth/invitations/accept",
                             {{"token", "made-up"}, {"password", "whatever it is"}}));
        record("post", "/api/auth/verify-email",
               client().post("/api/auth/verify-email", {{"token", "made-up"}}));
        record("post", "/api/auth/mfa/totp", client().post("/api/auth/mfa/totp", {}, token), 201);
        record("post", "/api/auth/mfa/totp/confirm",
               client().post("/api/auth/mfa/totp/confirm", {{"code", "000000"}}, token), 422);
        record("post", "/api/auth/login/mfa",
               client().post("/api/auth/login/mfa", {{"mfa_token", "made-up"}, {"code", "123456"}}), 401);
        record("post", "/api/auth/verify-email/resend",
               client().post("/api/auth/verify-email/resend",
                             {{"tenant", tenant.slug}, {"email", "a@b.example"}}),
               202);
        const auto created = client().post("/api/enterprise/api-keys",
                                           {{"name", "reader"}, {"scopes", QJsonArray{"read"}}}, token);
        record("post", "/api/enterprise/api-keys", created);
        const auto key = apiKey(created.json()["key"].toString());
        record("get", "/api/enterprise/api-keys", client().get("/api/enterprise/api-keys", token));
        record("get", "/api/gurus", client().get("/api/gurus", token));
        record("get", "/api/gurus/{kind}", client().get("/api/gurus/spiritual", key));
        record("get", "/api/meditations", client().get("/api/meditations", key));
        record("get", "/api/rate-limit/status", client().get("/api/rate-limit/status", key));
        record("get", "/api/billing/plans", client().get("/api/billing/plans"));
        record("get", "/api/billing/subscription", client().get("/api/billing/subscription", token));
        record("get", "/api/customization/customization",
               client().get("/api/customization/customization", token));
        record("get", "/api/enterprise/audit-logs",
               client().get("/api/enterprise/audit-logs?limit=5", token));
        record("get", "/api/enterprise/audit-logs/verify",
               client().get("/api/enterprise/audit-logs/verify", token));
        record("get", "/api/enterprise/audit-logs/report",
               client().get("/api/enterprise/audit-logs/report", token));
        record("post", "/api/enterprise/audit-logs/checkpoints",
               client().post("/api/enterprise/audit-logs/checkpoints", {}, token), 201);
        record("get", "/api/enterprise/audit-logs/checkpoints",
               client().get("/api/enterprise/audit-logs/checkpoints", token));
        record("get", "/api/enterprise/audit-logs/signing-key",
               client().get("/api/enterprise/audit-logs/signing-key"));
        const auto tenantPath = "/api/enterprise/tenants/" + tenant.id.toStdString();
        record("patch", "/api/enterprise/tenants/{id}",
               client().patch(tenantPath, {{"name", "Reference Co"}}, token));
        const auto member = client().post(
            "/api/enterprise/admin/users",
            {{"email", "second@reference.example"}, {"password", "a long enough password"}}, token);
        const auto memberPath = "/api/enterprise/admin/users/" + member.json()["id"].toString().toStdString();
        record("patch", "/api/enterprise/admin/users/{id}",
               client().patch(memberPath, {{"role", "manager"}, {"active", true}}, token), 200);
        const auto keyPath = "/api/enterprise/api-keys/" + created.json()["id"].toString().toStdString();
        record("post", "/api/enterprise/api-keys/{id}/rotate",
               client().post(keyPath + "/rotate", {{"grace_seconds", 60}}, token), 200);
        record("get", "/api/enterprise/gdpr/users/{id}/export",
               client().get("/api/enterprise/gdpr/users/" + member.json()["id"].toString().toStdString() +
                                "/export",
                            token),
               200);
        recordLines("get", "/api/enterprise/audit-logs/export",
                    client().get("/api/enterprise/audit-logs/export?format=json", token));
        record("post", "/api/enterprise/gdpr/users/{id}/erase",
               client().post("/api/enterprise/gdpr/users/" + member.json()["id"].toString().toStdString() +
                                 "/erase",
                             {}, token),
               200);
        // Plan features this tier lacks, and billing that is not configured here.
        record("put", "/api/customization/customization",
               client().request("PUT", "/api/customization/customization", R"({"primary_color":"#112233"})",
                                token),
               402);
        record("post", "/api/customization/themes/preview",
               client().post("/api/customization/themes/preview", {{"primary_color", "#112233"}}, token));
        record("put", "/api/customization/domain",
               client().request("PUT", "/api/customization/domain", R"({"domain":"docs.reference.example"})",
                                token),
               402);
        record("post", "/api/billing/portal", client().post("/api/billing/portal", {}, token), 503);
        record("post", "/api/billing/webhook",
               client().request("POST", "/api/billing/webhook", "{}", {{"Stripe-Signature", "t=1,v1=00"}}),
               503);
        record("get", "/metrics", client().get("/metrics", token), 403);
        record("post", "/api/auth/refresh", client().post("/api/auth/refresh", {{"refresh_token", "spent"}}),
               401);
        record("get", "/healthz", client().get("/healthz"));
        record("get", "/readyz", client().get("/readyz"));
        // The operator's answer is the detailed one, so it is held to ReadinessDetails.
        const auto readiness = client().get("/readyz", operatorAuth());
        QCOMPARE(readiness.json().keys(), QStringList({"database", "mail", "migrations", "redis", "status"}));
        QCOMPARE(readiness.json()["mail"].toString(), QString("disabled")); // no SMTP_URL here
        record("get", "/readyz", readiness);
        // Problem documents, each against the operation's documented error response.
        record("get", "/api/enterprise/admin/users", client().get("/api/enterprise/admin/users"));
        record("post", "/api/enterprise/admin/users",
               client().post("/api/enterprise/admin/users",
                             {{"email", "x@reference.example"}, {"role", "root"}}, token));
        record("post", "/api/enterprise/admin/users",
               client().post("/api/enterprise/admin/users",
                             {{"email", "y@reference.example"}, {"tenant_id", "x"}}, token));
        record("get", "/api/gurus", client().get("/api/gurus", key), 200);
        record("post", "/api/enterprise/api-keys",
               client().post("/api/enterprise/api-keys", {{"name", "k"}}, key));
        record("get", "/api/enterprise/tenants/{id}",
               client().get("/api/enterprise/tenants/00000000-0000-0000-0000-000000000001", token));
        const auto result = validate(samples);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QRegularExpression("^ok ", QRegularExpression::MultilineOption)),
                 samples.size());
    }

    void validatorRejectsAResponseOffTheSchema()
    {
        auto login = client().post(
            "/api/auth/login",
            {{"tenant", tenant.slug}, {"email", tenant.adminEmail}, {"password", tenant.adminPassword}});
        auto body = login.json();
        body.remove("user");
        login.body = QJsonDocument(body).toJson();
        QJsonArray broken;
        broken.append(sample("post", "/api/auth/login", login));
        const auto result = validate(broken);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("user"), qPrintable(result.output));
    }

    void docsPageRendersTheDocumentWithoutScript()
    {
        const auto page = client().get("/api/docs");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(!page.body.contains("style="));
        const auto paths = document["paths"].toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QVERIFY2(page.body.contains(("<code>" + it.value().toObject().keys().first().toUpper() + " " +
                                         it.key() + "</code>")
                                            .toUtf8()),
                     qPrintable(it.key()));
        }
        QVERIFY(page.body.contains("id=\"schema-ApiKey\""));
    }

private:
    const HttpClient& client() const { return *live->client; }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QJsonObject sample(const QString& method, const QString& path, const HttpResponse& response)
    {
        const auto body = QJsonDocument::fromJson(response.body);
        return {{"method", method},
                {"path", path},
                {"status", response.status},
                {"content_type", response.header("Content-Type")},
                {"body", body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object())}};
    }

    void record(const QString& method, const QString& path, const HttpResponse& response, int expected = 0)
    {
        if (expected) {
            QCOMPARE(response.status, expected);
        }
        samples.append(sample(method, path, response));
    }

    /// JSON lines: each line is a sample of its own, checked against the documented line schema.
    void recordLines(const QString& method, const QString& path, const HttpResponse& response)
    {
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("application/x-ndjson"));
        QVERIFY(response.body.endsWith('\n'));
        auto lines = response.body.split('\n');
        lines.removeLast();
        QVERIFY(!lines.isEmpty());
        for (const auto& line : lines) {
            auto one = response;
            one.body = line;
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
            samples.append(sample(method, path, one));
        }
    }

    OpenApiTools::Run validate(const QJsonArray& list)
    {
        const auto file = dir.filePath("samples.json");
        writeFile(file, QJsonDocument(list).toJson());
        return tools.run("node", {scriptsDir + "/validate-responses.mjs", documentFile, file});
    }

    QTemporaryDir dir;
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    QString documentFile;
    QJsonObject document;
    QJsonArray samples;
};

QTEST_GUILESS_MAIN(TestApiReference)
#include "TestApiReference.moc"
