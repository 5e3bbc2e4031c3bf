// SPDX-License-Identifier: Apache-2.0
// HTTP/1.1 as RFC 9110 and 9112 say it: HEAD wherever GET, OPTIONS and Allow, WWW-Authenticate on
// 401; and at the connection, 414 and 431 for oversized heads, one valid Host, strict framing,
// deadlines for slow requests and a cap per address, every answer a problem document with a
// request id and the security headers.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>
#include <array>
#include <memory>
#include <string>
#include <vector>

using namespace aih::test;

namespace {

Poco::Net::StreamSocket connectTo(unsigned short port)
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    socket.setReceiveTimeout(Poco::Timespan(15, 0));
    return socket;
}

void sendText(Poco::Net::StreamSocket& socket, const std::string& text)
{
    socket.sendBytes(text.data(), static_cast<int>(text.size()));
}

/// Everything the server sends until it closes (or a reset or the receive timeout ends it).
std::string readToClose(Poco::Net::StreamSocket& socket)
{
    std::string received;
    std::array<char, 4096> buffer{};
    try {
        for (;;) {
            const int n = socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
            if (n <= 0) {
                break;
            }
            received.append(buffer.data(), static_cast<std::size_t>(n));
        }
    } catch (const Poco::Exception&) {
        // A reset after the answer, or the timeout: what arrived is the result.
    }
    return received;
}

std::string exchange(unsigned short port, const std::string& request)
{
    auto socket = connectTo(port);
    sendText(socket, request);
    return readToClose(socket);
}

/// The value of header `name` in the first answer of `text` (case-insensitive name).
QString headerOf(const std::string& text, const QString& name)
{
    const auto head = QString::fromStdString(text.substr(0, text.find("\r\n\r\n")));
    for (const auto& line : head.split("\r\n")) {
        const auto colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

int countOf(const std::string& text, const std::string& part)
{
    int count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++count;
    }
    return count;
}

/// A problem answer made by the connection layer: status, code, Connection: close, a request id
/// that the body repeats, and the security headers every pipeline answer carries.
void verifyClosingProblem(const std::string& answer, int status, const QString& code)
{
    QVERIFY2(answer.starts_with("HTTP/1.1 " + std::to_string(status) + " "), answer.substr(0, 300).c_str());
    QCOMPARE(headerOf(answer, "Content-Type"), QString("application/problem+json"));
    QCOMPARE(headerOf(answer, "Connection").toLower(), QString("close"));
    QVERIFY2(answer.find("\"code\":\"" + code.toStdString() + "\"") != std::string::npos, answer.c_str());
    const auto requestId = headerOf(answer, "X-Request-ID");
    QVERIFY2(!requestId.isEmpty(), answer.c_str());
    QVERIFY(answer.find("\"request_id\":\"" + requestId.toStdString() + "\"") != std::string::npos);
    QCOMPARE(headerOf(answer, "X-Content-Type-Options"), QString("nosniff"));
    QCOMPARE(headerOf(answer, "X-Frame-Options"), QString("DENY"));
    QCOMPARE(headerOf(answer, "Referrer-Policy"), QString("no-referrer"));
    QCOMPARE(headerOf(answer, "Cache-Control"), QString("no-store"));
    QVERIFY(!headerOf(answer, "Content-Security-Policy").isEmpty());
}

const std::string loginHead =
    "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";

} // namespace

class TestHttpSemantics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_MAX_BODY_BYTES", "65536"}});
        tenant = createTenant(client(), "semantics");
    }

    void headIsAnsweredWhereverGetIs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("signedIn");
        QTest::newRow("public") << "/healthz" << false;
        QTest::newRow("signed in") << "/api/auth/me" << true;
        QTest::newRow("openapi document") << "/api/openapi.json" << false;
        QTest::newRow("streamed export") << "/api/enterprise/audit-logs/export" << true;
    }

    void headIsAnsweredWhereverGetIs()
    {
        QFETCH(QString, target);
        QFETCH(bool, signedIn);
        const std::string auth =
            signedIn ? "Authorization: Bearer " + tenant.accessToken.toStdString() + "\r\n" : std::string();
        const auto get =
            exchange(port(), "GET " + target.toStdString() +
                                 " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + auth + "\r\n");
        QVERIFY2(get.starts_with("HTTP/1.1 200"), get.substr(0, 200).c_str());
        const auto getBody = get.substr(get.find("\r\n\r\n") + 4);
        const auto head =
            exchange(port(), "HEAD " + target.toStdString() +
                                 " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + auth + "\r\n");
        QVERIFY2(head.starts_with("HTTP/1.1 200"), head.substr(0, 300).c_str());
        // The GET's headers, its Content-Length (or chunked coding) included, and no body at all.
        if (headerOf(get, "Transfer-Encoding").isEmpty()) {
            QCOMPARE(headerOf(head, "Content-Length"), QString::number(getBody.size()));
        } else {
            QCOMPARE(headerOf(head, "Transfer-Encoding"), headerOf(get, "Transfer-Encoding"));
        }
        QCOMPARE(headerOf(head, "Content-Type"), headerOf(get, "Content-Type"));
        QVERIFY(!headerOf(head, "X-Request-ID").isEmpty());
        QCOMPARE(head.size(), head.find("\r\n\r\n") + 4);
    }

    void headOfAnUnknownPathIs404WithoutABody()
    {
        const auto head = exchange(
            port(), "HEAD /api/nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QVERIFY2(head.starts_with("HTTP/1.1 404"), head.substr(0, 200).c_str());
        QCOMPARE(head.size(), head.find("\r\n\r\n") + 4);
    }

    void methodNotAllowedListsTheAllowedMethods_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("allow");
        QTest::newRow("post only") << "PUT"
                                   << "/api/auth/login"
                                   << "OPTIONS, POST";
        QTest::newRow("get only") << "DELETE"
                                  << "/healthz"
                                  << "GET, HEAD, OPTIONS";
        QTest::newRow("parameterised") << "PUT"
                                       << "/api/enterprise/admin/users/x"
                                       << "DELETE, OPTIONS, PATCH";
    }

    void methodNotAllowedListsTheAllowedMethods()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, allow);
        const auto response = client().request(method.toStdString(), target.toStdString(), QByteArray("{}"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.code(), QString("method_not_allowed"));
        QCOMPARE(response.header("Allow"), allow);
    }

    void optionsAnswersAllowWithoutCredentials()
    {
        // /api/auth/me needs a session for GET; asking what it offers needs none.
        const auto response = client().request("OPTIONS", "/api/auth/me", {});
        QCOMPARE(response.status, 204);
        QCOMPARE(response.header("Allow"), QString("GET, HEAD, OPTIONS"));
        QVERIFY(response.body.isEmpty());
        QVERIFY(!response.header("X-Request-ID").isEmpty());
        QCOMPARE(response.header("X-Content-Type-Options"), QString("nosniff"));
        const auto unknown = client().request("OPTIONS", "/api/nothing-here", {});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), QString("not_found"));
    }

    void unauthenticatedAnswersNameTheScheme()
    {
        for (const auto& response : {client().get("/api/auth/me"),
                                     client().get("/api/auth/me", {{"Authorization", "Bearer nonsense"}}),
                                     client().get("/api/auth/me", {{"X-API-Key", "aih_not_a_key"}})}) {
            QCOMPARE(response.status, 401);
            QCOMPARE(response.header("WWW-Authenticate"), QString("Bearer realm=\"aih\""));
        }
        QVERIFY(
            client().get("/api/auth/me", bearer(tenant.accessToken)).header("WWW-Authenticate").isEmpty());
    }

    void tooLongATargetIs414()
    {
        const auto answer =
            exchange(port(), "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        verifyClosingProblem(answer, 414, "uri_too_long");
        // Still arriving, but already too long: refused without waiting for the line to end.
        auto partial = connectTo(port());
        sendText(partial, "GET /" + std::string(10000, 'a'));
        verifyClosingProblem(readToClose(partial), 414, "uri_too_long");
    }

    void tooLargeHeaderFieldsAre431_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::newRow("one long value") << "X-Long: " + QByteArray(16 * 1024, 'a') + "\r\n";
        QTest::newRow("long name") << QByteArray(300, 'x') + ": 1\r\n";
        QByteArray many;
        for (int i = 0; i < 150; ++i) {
            many += "X-Field-" + QByteArray::number(i) + ": 1\r\n";
        }
        QTest::newRow("too many") << many;
        // Each field within limits, together past the head's.
        QByteArray large;
        for (int i = 0; i < 12; ++i) {
            large += "X-Part-" + QByteArray::number(i) + ": " + QByteArray(7000, 'b') + "\r\n";
        }
        QTest::newRow("head too large") << large;
    }

    void tooLargeHeaderFieldsAre431()
    {
        QFETCH(QByteArray, fields);
        const auto answer =
            exchange(port(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + fields.toStdString() + "\r\n");
        verifyClosingProblem(answer, 431, "header_fields_too_large");
    }

    void requestsNeedExactlyOneValidHost_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("none in 1.1") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n");
        QTest::newRow("two") << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n\r\n");
        QTest::newRow("space inside") << QByteArray("GET /healthz HTTP/1.1\r\nHost: local host\r\n\r\n");
        QTest::newRow("two ports") << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost:80:81\r\n\r\n");
        QTest::newRow("bad port") << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost:8x\r\n\r\n");
        QTest::newRow("path in host") << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost/x\r\n\r\n");
        QTest::newRow("space before colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost : localhost\r\n\r\n");
        QTest::newRow("space before another colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Thing : 1\r\n\r\n");
        QTest::newRow("folded") << QByteArray(
            "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Thing: 1\r\n 2\r\n\r\n");
    }

    void requestsNeedExactlyOneValidHost()
    {
        QFETCH(QByteArray, request);
        verifyClosingProblem(exchange(port(), request.toStdString()), 400, "malformed_request");
    }

    void validHostsAreServed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("name and port") << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost:8080\r\n");
        QTest::newRow("IPv6 literal") << QByteArray("GET /healthz HTTP/1.1\r\nHost: [::1]:8080\r\n");
        QTest::newRow("HTTP/1.0 without") << QByteArray("GET /healthz HTTP/1.0\r\n");
    }

    void validHostsAreServed()
    {
        QFETCH(QByteArray, request);
        const auto answer = exchange(port(), request.toStdString() + "Connection: close\r\n\r\n");
        QVERIFY2(answer.find(" 200 OK\r\n") != std::string::npos, answer.substr(0, 200).c_str());
    }

    void aLengthThatIsNotANumberIsAnswered400()
    {
        // Poco cannot parse it and used to close without a word.
        const auto answer = exchange(port(), loginHead + "Content-Length: abc\r\n\r\n{}");
        verifyClosingProblem(answer, 400, "malformed_request");
    }

    void chunkedFramingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("request");
        const QByteArray chunked =
            QByteArray::fromStdString(loginHead) + "Transfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("nine-digit size") << chunked + "000000002\r\n{}\r\n0\r\n\r\n";
        QTest::newRow("no CRLF after data") << chunked + "2\r\n{}0\r\n\r\n";
        QTest::newRow("spaces after data") << chunked + "2\r\n{}  \r\n0\r\n\r\n";
        QTest::newRow("bare LF after size") << chunked + "2\n{}\r\n0\r\n\r\n";
        QTest::newRow("junk after size") << chunked + "2 junk\r\n{}\r\n0\r\n\r\n";
        QTest::newRow("not a size") << chunked + "zz\r\n{}\r\n0\r\n\r\n";
        QTest::newRow("space before the colon")
            << QByteArray::fromStdString(loginHead) + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n";
    }

    void chunkedFramingIsStrict()
    {
        QFETCH(QByteArray, request);
        const auto answer = exchange(port(), request.toStdString());
        verifyClosingProblem(answer, 400, "malformed_request");
        QCOMPARE(countOf(answer, "HTTP/1.1 "), 1);
    }

    void wellFormedChunksAreStillRead()
    {
        // Sizes with extensions and a trailer, split over three chunks.
        const auto answer =
            exchange(port(), loginHead + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                         "1;ext=1\r\n{\r\n5\r\n\"x\":1\r\n1\r\n}\r\n0\r\nX-T: 1\r\n\r\n");
        QVERIFY2(answer.starts_with("HTTP/1.1 4"), answer.substr(0, 200).c_str());
        // The body was read whole, as the object {"x":1}: the login names what it lacks.
        QVERIFY2(answer.find("\"code\":\"validation_failed\"") != std::string::npos, answer.c_str());
    }

    void expectContinueStillGetsItsInterimAnswer()
    {
        // The connection reads bodies itself now: a client waiting for 100 must still get it.
        auto socket = connectTo(port());
        sendText(socket,
                 loginHead + "Content-Length: 7\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
        std::array<char, 64> interim{};
        const int n = socket.receiveBytes(interim.data(), static_cast<int>(interim.size()));
        QCOMPARE(std::string(interim.data(), static_cast<std::size_t>(std::max(n, 0))),
                 std::string("HTTP/1.1 100 Continue\r\n\r\n"));
        sendText(socket, "{\"x\":1}");
        const auto answer = readToClose(socket);
        QVERIFY2(answer.find("\"code\":\"validation_failed\"") != std::string::npos, answer.c_str());
    }

    void pipelinedRequestsWithBodiesAreEachAnsweredOnce()
    {
        const std::string post = loginHead + "Content-Length: 7\r\n\r\n{\"x\":1}";
        const std::string chunked =
            loginHead + "Transfer-Encoding: chunked\r\n\r\n7\r\n{\"x\":1}\r\n0\r\n\r\n";
        const auto answers =
            exchange(port(), post + chunked + post +
                                 "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QCOMPARE(countOf(answers, "HTTP/1.1 422 "), 3);
        QCOMPARE(countOf(answers, "HTTP/1.1 200 OK"), 1);
        QCOMPARE(countOf(answers, "HTTP/1.1 "), 4);
    }

    void connectionLayerAnswersCarryRequestIdAndSecurityHeaders()
    {
        verifyClosingProblem(exchange(port(), "\x01\x02\x03\r\n\r\n"), 400, "malformed_request");
    }

    void aRequestTrickledPastItsDeadlineIs408()
    {
        auto env = ServerProcess::defaultEnvironment(live->database.url());
        env["AIH_REQUEST_TIMEOUT_SECONDS"] = "2";
        env["AIH_BODY_TIMEOUT_SECONDS"] = "2";
        ServerProcess server(env, QStringList{"--threads", "2"});
        QVERIFY2(server.start(), qPrintable(server.log()));
        for (const std::string& start :
             std::vector<std::string>{"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ",
                                      loginHead + "Content-Length: 100\r\n\r\n{"}) {
            auto slow = connectTo(server.port());
            slow.setReceiveTimeout(Poco::Timespan(0, 500'000));
            sendText(slow, start);
            QElapsedTimer timer;
            timer.start();
            std::string answer;
            // A byte every half second: each read would have waited anew.
            while (timer.elapsed() < 8000 && answer.empty()) {
                try {
                    sendText(slow, "a");
                } catch (const Poco::Exception&) {
                    // Closed under us; what it said is read below.
                }
                std::array<char, 4096> buffer{};
                try {
                    const int n = slow.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
                    if (n <= 0) {
                        break;
                    }
                    answer.append(buffer.data(), static_cast<std::size_t>(n));
                } catch (const Poco::TimeoutException&) {
                } catch (const Poco::Exception&) {
                    break;
                }
            }
            QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
            verifyClosingProblem(answer, 408, "request_timeout");
        }
        // A slow client held nothing: the server answers at once.
        QCOMPARE(HttpClient(server.port()).get("/healthz").status, 200);
        QCOMPARE(server.terminate(), 0);
    }

    void connectionsPerAddressAreCapped()
    {
        auto env = ServerProcess::defaultEnvironment(live->database.url());
        env["AIH_MAX_CONNECTIONS_PER_ADDRESS"] = "3";
        ServerProcess server(env, QStringList{"--threads", "2"});
        QVERIFY2(server.start(), qPrintable(server.log()));
        const std::string healthz = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
        std::vector<Poco::Net::StreamSocket> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(connectTo(server.port()));
            sendText(held.back(), healthz);
            std::array<char, 4096> buffer{};
            const int n = held.back().receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
            QVERIFY(std::string(buffer.data(), static_cast<std::size_t>(std::max(n, 0)))
                        .starts_with("HTTP/1.1 200"));
        }
        const auto refused = exchange(server.port(), healthz);
        verifyClosingProblem(refused, 503, "service_unavailable");
        QCOMPARE(headerOf(refused, "Retry-After"), QString("1"));
        // One of them leaves: its place is free again.
        held.back().close();
        held.pop_back();
        QElapsedTimer timer;
        timer.start();
        std::string answer;
        while (timer.elapsed() < 5000 && !answer.starts_with("HTTP/1.1 200")) {
            QThread::msleep(50);
            answer = exchange(server.port(),
                              "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        }
        QVERIFY2(answer.starts_with("HTTP/1.1 200"), answer.substr(0, 200).c_str());
        QCOMPARE(server.terminate(), 0);
    }

    void serverStillServesAfterAllOfThat()
    {
        QCOMPARE(client().get("/api/auth/me", bearer(tenant.accessToken)).status, 200);
        QVERIFY2(!live->server->log().contains("\"kind\":\"error\""), "no internal errors were logged");
    }

private:
    HttpClient& client() { return *live->client; }
    unsigned short port() const { return live->client->port(); }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestHttpSemantics)
#include "TestHttpSemantics.moc"
