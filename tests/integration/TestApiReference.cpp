// SPDX-License-Identifier: Apache-2.0
// The served OpenAPI document through real tools from npm (pinned in tests/openapi): Redocly's
// linter, ajv validating live responses of this server against the document's schemas, ajv
// holding the document's examples to their schemas, and Prism's mock serving those examples.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "OpenApiTools.h"
#include "PrismProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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

OpenApiTools::Run checkExamples(const QString& file)
{
    return tools.run("node", {scriptsDir + "/check-examples.mjs", file});
}

/// `root` with the value at `path` (object keys, outermost first) replaced: QJsonObject holds
/// its members by value, so each level is taken out, changed and put back.
QJsonObject withValue(QJsonObject root, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        root[path.front()] = value;
    } else {
        root[path.front()] = withValue(root[path.front()].toObject(), path.mid(1), value);
    }
    return root;
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

    void everyOperationHasExamplesThatMatchTheirSchemas()
    {
        // Request bodies, successes and the errors each operation names, every one valid.
        const auto result = checkExamples(documentFile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.contains(" 0 failures"), qPrintable(result.output));
    }

    void brokenExampleIsCaught()
    {
        // A role the Role enum does not have, in the example of a member.
        const QStringList role{"paths",   "/api/auth/me",     "get",     "responses", "200",
                               "content", "application/json", "example", "role"};
        QCOMPARE(valueAt(role).toString(), QString("admin"));
        const auto file = dir.filePath("broken-example.json");
        writeFile(file, QJsonDocument(withValue(document, role, "root")).toJson());
        const auto result = checkExamples(file);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("FAIL GET /api/auth/me 200 application/json example"),
                 qPrintable(result.output));
    }

    void prismMockServesTheExamples()
    {
        PrismProcess prism(tools, {"mock", documentFile});
        QVERIFY2(prism.waitUntilListening(), qPrintable(prism.log()));
        const HttpClient mock(prism.port());
        const auto why = [&prism](const HttpResponse& response) {
            return QString::fromUtf8(response.body) + "\n" + prism.log().right(2000);
        };

        // A GET that needs a credential: Prism only checks that one is there.
        const auto me = mock.get("/api/auth/me", bearer("any-token"));
        QVERIFY2(me.status == 200, qPrintable(why(me)));
        QCOMPARE(compact(me.json()), compact(responseExample("/api/auth/me", "get", "200")));

        // A POST sent with the request body's own example, which Prism validates first.
        const auto loginBody = valueAt({"paths", "/api/auth/login", "post", "requestBody", "content",
                                        "application/json", "example"})
                                   .toObject();
        QVERIFY(!loginBody.isEmpty());
        const auto signedIn = mock.post("/api/auth/login", loginBody);
        QVERIFY2(signedIn.status == 200, qPrintable(why(signedIn)));
        QCOMPARE(compact(signedIn.json()), compact(responseExample("/api/auth/login", "post", "200")));

        // An error asked for with Prefer: the shared NotFound response's problem document.
        auto prefer404 = bearer("any-token");
        prefer404.emplace_back("Prefer", "code=404");
        const auto tenantId = responseExample("/api/enterprise/tenants/{id}", "get", "200")["id"].toString();
        const auto missing = mock.get("/api/enterprise/tenants/" + tenantId.toStdString(), prefer404);
        QVERIFY2(missing.status == 404, qPrintable(why(missing)));
        QVERIFY(missing.header("Content-Type").startsWith("application/problem+json"));
        const auto problem =
            responseExample("/api/enterprise/tenants/{id}", "get", "404", "application/problem+json");
        QCOMPARE(problem["code"].toString(), QString("not_found"));
        QCOMPARE(compact(missing.json()), compact(problem));
    }

    void plainReferenceRendersTheDocumentWithoutScript()
    {
        const auto page = client().get("/api/docs/plain");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QVERIFY(!page.header("Content-Security-Policy").contains("script-src"));
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
        // The document's `code spans` are marked up, not shown with their backticks.
        QVERIFY(page.body.contains("<code>application/problem+json</code>"));
        QVERIFY(!page.body.contains("`"));
    }

    void renderedReferenceAllowsExactlyItsOwnScripts()
    {
        const auto page = client().get("/api/docs");
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const auto policy = page.header("Content-Security-Policy");
        // The bundle is named by its SHA-256 and pinned by integrity; the policy names two script
        // hashes (the bundle and the call to it), never 'self', a host or 'unsafe-inline'.
        const QRegularExpression bundle(
            "<script src=\"(/api/docs/scripts/([0-9a-f]{64}))\" integrity=\"(sha256-[^\"]+)\">");
        const auto match = bundle.match(QString::fromUtf8(page.body));
        QVERIFY2(match.hasMatch(), page.body.constData());
        const auto scriptSources =
            QRegularExpression("script-src ([^;]*)").match(policy).captured(1).split(' ');
        QCOMPARE(scriptSources.size(), 2);
        QVERIFY(scriptSources.contains("'" + match.captured(3) + "'"));
        for (const auto& source : scriptSources) {
            QVERIFY2(source.startsWith("'sha256-"), qPrintable(policy));
        }
        QVERIFY(policy.contains("default-src 'none'") && policy.contains("connect-src 'self'"));
        QVERIFY(policy.contains("frame-ancestors 'none'"));
        QVERIFY(page.body.contains("<noscript>"));

        // The bundle is the vendored one, served from this origin and cached for good.
        const auto script = client().get(match.captured(1).toStdString());
        QCOMPARE(script.status, 200);
        QVERIFY(script.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(script.header("Cache-Control").contains("immutable"));
        QCOMPARE(QCryptographicHash::hash(script.body, QCryptographicHash::Sha256).toHex(),
                 match.captured(2).toLatin1());
        QCOMPARE("sha256-" + QCryptographicHash::hash(script.body, QCryptographicHash::Sha256).toBase64(),
                 match.captured(3).toLatin1());
        QVERIFY(!script.body.contains("cdn.redoc.ly"));
        QCOMPARE(client().get("/api/docs/scripts/" + std::string(64, '0')).status, 404);
        QCOMPARE(client().get("/api/docs/scripts/..%2Fopenapi.json").status, 404);
    }

    void guideAndPostmanCollectionAreServed()
    {
        const auto guide = client().get("/api/docs/getting-started");
        QCOMPARE(guide.status, 200);
        QVERIFY(guide.header("Content-Type").startsWith("text/html"));
        QVERIFY(guide.body.contains("Retry-After") && guide.body.contains("X-API-Key"));
        QVERIFY(!guide.body.contains("<script"));
        // Its one inline stylesheet is allowed by hash, and nothing runs.
        const auto policy = guide.header("Content-Security-Policy");
        const auto body = QString::fromUtf8(guide.body);
        const auto style =
            body.mid(body.indexOf("<style>") + 7, body.indexOf("</style>") - body.indexOf("<style>") - 7);
        QVERIFY2(policy.contains(
                     "style-src 'sha256-" +
                     QCryptographicHash::hash(style.toUtf8(), QCryptographicHash::Sha256).toBase64() + "'"),
                 qPrintable(policy));
        QVERIFY(!policy.contains("script-src"));

        const auto collection = client().get("/api/docs/postman.json");
        QCOMPARE(collection.status, 200);
        QVERIFY(collection.header("Content-Disposition").startsWith("attachment; filename="));
        const auto postman = collection.json();
        QVERIFY(postman["info"].toObject()["schema"].toString().contains("getpostman.com"));
        // One request per operation of the document, however the folders group them.
        int operations = 0;
        for (const auto& item : document["paths"].toObject()) {
            for (const auto& method : {"get", "post", "put", "patch", "delete"}) {
                operations += item.toObject().contains(method) ? 1 : 0;
            }
        }
        QCOMPARE(countRequests(postman["item"].toArray()), operations);
    }

private:
    const HttpClient& client() const { return *live->client; }

    static int countRequests(const QJsonArray& items)
    {
        int count = 0;
        for (const auto& item : items) {
            const auto object = item.toObject();
            count += object.contains("request") ? 1 : countRequests(object["item"].toArray());
        }
        return count;
    }

    /// The value at `path` in the served document (object keys, outermost first).
    QJsonValue valueAt(const QStringList& path) const
    {
        QJsonValue value = document;
        for (const auto& key : path) {
            value = value[key];
        }
        return value;
    }

    /// The example of an operation's response for `mediaType`, following a reference to a shared
    /// response (components/responses), as Prism does.
    QJsonValue responseExample(const QString& path, const QString& method, const QString& status,
                               const QString& mediaType = "application/json") const
    {
        auto response = valueAt({"paths", path, method, "responses", status});
        const auto ref = response["$ref"].toString();
        if (!ref.isEmpty()) {
            response = valueAt({"components", "responses", ref.section('/', -1)});
        }
        return response["content"][mediaType]["example"];
    }

    /// One line of JSON with the keys in order (QJsonObject sorts them), so two bodies compare as
    /// text and a failure shows both.
    static QByteArray compact(const QJsonValue& value)
    {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

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
