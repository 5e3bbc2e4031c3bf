// SPDX-License-Identifier: Apache-2.0
// Hostile and sloppy requests get clear problem responses, never a crash, 500 or hang.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QRegularExpression>
#include <QtTest>

using namespace aih::test;

class TestRequestHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_MAX_BODY_BYTES", "65536"}});
        tenant = createTenant(client(), "hygiene");
    }

    void badBodiesAreClientErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated") << QByteArray("{\"email\": ") << "malformed_json";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << "malformed_json";
        QTest::newRow("bare string") << QByteArray("\"hello\"") << "malformed_json";
        QTest::newRow("empty") << QByteArray("") << "malformed_json";
        QTest::newRow("trailing garbage") << QByteArray("{\"email\":\"a@b.example\"} x") << "malformed_json";
        QTest::newRow("deep nesting") << QByteArray(64, '[') + QByteArray(64, ']') << "malformed_json";
        QTest::newRow("raw NUL") << QByteArray("{\"email\":\"a\0b@x.example\"}", 25) << "malformed_json";
        QTest::newRow("escaped NUL") << QByteArray("{\"email\":\"a\\u0000b@x.example\"}") << "malformed_json";
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"email\":\"\xff\xfe@x.example\"}") << "malformed_json";
        QTest::newRow("overlong UTF-8")
            << QByteArray("{\"email\":\"\xc0\xaf@x.example\"}") << "malformed_json";
        QTest::newRow("unknown field")
            << QByteArray("{\"email\":\"a@b.example\",\"is_admin\":true}") << "unknown_field";
        QTest::newRow("huge string") << "{\"email\":\"" + QByteArray(60000, 'a') + "\"}"
                                     << "validation_failed";
    }

    void badBodiesAreClientErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto response =
            client().request("POST", "/api/enterprise/admin/users", body, bearer(tenant.accessToken));
        QVERIFY2(response.status >= 400 && response.status < 500, response.body.constData());
        QCOMPARE(response.code(), code);
        QCOMPARE(response.header("Content-Type"), QString("application/problem+json"));
        QVERIFY(!response.json()["request_id"].toString().isEmpty());
    }

    void oversizedBodyWithLengthIs413()
    {
        const auto response = client().request("POST", "/api/enterprise/admin/users", QByteArray(70000, ' '),
                                               bearer(tenant.accessToken));
        QCOMPARE(response.status, 413);
        QCOMPARE(response.code(), QString("payload_too_large"));
    }

    void oversizedChunkedBodyIs413()
    {
        std::string request = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        const std::string chunk(8192, 'a');
        for (int i = 0; i < 10; ++i) {
            request += "2000\r\n" + chunk + "\r\n";
        }
        request += "0\r\n\r\n";
        const auto response = client().raw(request);
        QCOMPARE(response.status, 413);
    }

    void wrongMediaTypeIs415_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::newRow("form") << "application/x-www-form-urlencoded";
        QTest::newRow("text") << "text/plain";
        QTest::newRow("latin1 json") << "application/json; charset=iso-8859-1";
        QTest::newRow("garbage") << ";;;";
    }

    void wrongMediaTypeIs415()
    {
        QFETCH(QString, contentType);
        const auto response =
            client().request("POST", "/api/auth/login", QByteArray("{}"), {}, contentType.toStdString());
        QCOMPARE(response.status, 415);
        QCOMPARE(response.code(), QString("unsupported_media_type"));
    }

    void jsonWithCharsetUtf8IsAccepted()
    {
        const auto response = client().request("POST", "/api/auth/login", QByteArray("{}"), {},
                                               "application/json; charset=UTF-8");
        QCOMPARE(response.status, 422);
    }

    void unknownPathIs404AndWrongMethodIs405()
    {
        const auto missing = client().get("/api/nothing-here");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QString("not_found"));
        const auto wrongMethod = client().request("PUT", "/api/auth/login", QByteArray("{}"));
        QCOMPARE(wrongMethod.status, 405);
    }

    void requestIdIsEchoedWhenSaneAndMadeOtherwise()
    {
        const auto echoed = client().get("/healthz", {{"X-Request-ID", "trace-abc.123_x"}});
        QCOMPARE(echoed.header("X-Request-ID"), QString("trace-abc.123_x"));
        const auto replaced = client().get("/healthz", {{"X-Request-ID", "bad id with spaces <script>"}});
        QVERIFY(replaced.header("X-Request-ID") != "bad id with spaces <script>");
        static const QRegularExpression uuid("^[0-9a-f-]{36}$");
        QVERIFY(uuid.match(replaced.header("X-Request-ID")).hasMatch());
        const auto problem = client().get("/api/nothing", {{"X-Request-ID", "trace-42"}});
        QCOMPARE(problem.json()["request_id"].toString(), QString("trace-42"));
    }

    void everyResponseCarriesSecurityHeaders()
    {
        for (const auto& response : {client().get("/healthz"), client().get("/api/nothing"),
                                     client().get("/api/auth/me", bearer(tenant.accessToken))}) {
            QCOMPARE(response.header("X-Content-Type-Options"), QString("nosniff"));
            QCOMPARE(response.header("Cache-Control"), QString("no-store"));
            QCOMPARE(response.header("X-Frame-Options"), QString("DENY"));
            QVERIFY(!response.header("X-Request-ID").isEmpty());
        }
    }

    void malformedAuthorizationIs401()
    {
        QCOMPARE(client().get("/api/auth/me", {{"Authorization", "Basic Zm9vOmJhcg=="}}).status, 401);
        QCOMPARE(client().get("/api/auth/me", {{"Authorization", "Bearer "}}).status, 401);
        QCOMPARE(client().get("/api/auth/me", {{"X-API-Key", "aih_not_a_key"}}).status, 401);
    }

    void healthAndReadiness()
    {
        QCOMPARE(client().get("/healthz").status, 200);
        // Anyone may probe readiness; what it depends on is for the operator.
        const auto probed = client().get("/readyz");
        QCOMPARE(probed.status, 200);
        QCOMPARE(probed.json()["status"].toString(), QString("ready"));
        QCOMPARE(probed.json().keys(), QStringList{"status"});
        const auto ready = client().get("/readyz", operatorAuth());
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json()["database"].toString(), QString("ok"));
        QVERIFY(ready.json()["migrations"].toInt() >= 6);
        QCOMPARE(ready.json()["redis"].toString(), QString("local"));
    }

    void serverStillServesAfterAllOfThat()
    {
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        QVERIFY2(!live->server->log().contains("\"kind\":\"error\""), "no internal errors were logged");
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestRequestHygiene)
#include "TestRequestHygiene.moc"
