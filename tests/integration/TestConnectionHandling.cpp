// SPDX-License-Identifier: Apache-2.0
// How aihd holds its connections: idle keep-alive clients cost no thread, clients that stall
// mid-request cannot starve the rest, pipelined requests are all answered, unparsable ones get a
// problem document, and idle connections close after the keep-alive timeout.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>
#include <array>
#include <memory>
#include <string>
#include <vector>

using namespace aih::test;

namespace {

constexpr int workers = 4;
const std::string healthz = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";

Poco::Net::StreamSocket connectTo(unsigned short port)
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    return socket;
}

void sendText(Poco::Net::StreamSocket& socket, const std::string& text)
{
    socket.sendBytes(text.data(), static_cast<int>(text.size()));
}

/// Reads until `done(received)` or the peer closes; what was read either way.
template <typename Done> std::string readUntil(Poco::Net::StreamSocket& socket, Done&& done)
{
    std::string received;
    std::array<char, 4096> buffer{};
    while (!done(received)) {
        const int n = socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
        if (n <= 0) {
            break;
        }
        received.append(buffer.data(), static_cast<std::size_t>(n));
    }
    return received;
}

/// Everything the server sends until it closes the connection.
std::string readToClose(Poco::Net::StreamSocket& socket)
{
    return readUntil(socket, [](const std::string&) { return false; });
}

int countOf(const std::string& text, const std::string& part)
{
    int count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++count;
    }
    return count;
}

/// How many complete answers `text` holds, each framed by its Content-Length.
int completeAnswers(const std::string& text)
{
    int complete = 0;
    std::size_t at = 0;
    for (;;) {
        const auto headEnd = text.find("\r\n\r\n", at);
        if (headEnd == std::string::npos) {
            return complete;
        }
        const auto lengthAt = text.find("Content-Length: ", at);
        if (lengthAt == std::string::npos || lengthAt > headEnd) {
            return complete;
        }
        const auto bodyEnd = headEnd + 4 + std::stoul(text.substr(lengthAt + 16, headEnd - lengthAt - 16));
        if (text.size() < bodyEnd) {
            return complete;
        }
        ++complete;
        at = bodyEnd;
    }
}

/// Reads until `count` whole answers have arrived (or the peer closes).
std::string readAnswers(Poco::Net::StreamSocket& socket, int count)
{
    return readUntil(socket, [count](const std::string& text) { return completeAnswers(text) >= count; });
}

int threadsOf(qint64 pid)
{
    QFile status(QString("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const auto& line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:")) {
            return line.mid(8).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace

class TestConnectionHandling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_KEEP_ALIVE_SECONDS"] = "60";
        // Hundreds of clients, all from 127.0.0.1.
        env["AIH_MAX_CONNECTIONS_PER_ADDRESS"] = "2000";
        server = std::make_unique<ServerProcess>(
            env, QStringList{"--threads", QString::number(workers), "--max-connections", "1000"});
        QVERIFY2(server->start(), qPrintable(server->log()));
    }

    void idleKeepAliveConnectionsHoldNoThread()
    {
        const qint64 pid = server->process().processId();
        const int before = threadsOf(pid);
        QVERIFY(before > 0);
        std::vector<Poco::Net::StreamSocket> clients;
        for (int i = 0; i < 300; ++i) {
            clients.push_back(connectTo(server->port()));
            sendText(clients.back(), healthz);
            QVERIFY(readAnswers(clients.back(), 1).starts_with("HTTP/1.1 200"));
        }
        // 300 open, idle connections: with a thread per connection this would be 300 more.
        const int holding = threadsOf(pid);
        QVERIFY2(holding < before + 20,
                 qPrintable(QString("%1 threads before, %2 holding").arg(before).arg(holding)));
        // Every one of them is still served.
        for (auto& client : clients) {
            sendText(client, healthz);
        }
        for (auto& client : clients) {
            QVERIFY(readAnswers(client, 1).starts_with("HTTP/1.1 200"));
        }
    }

    void clientsStalledMidRequestDoNotStarveOthers()
    {
        // Twice as many clients stalled mid-head as workers: they hold no worker at all, the
        // connection keeps what has arrived until the rest does. And as many again stalled in a
        // body too large to hold, which the pipeline drains to answer 413: each holds a worker.
        std::vector<Poco::Net::StreamSocket> stalled;
        for (int i = 0; i < 2 * workers; ++i) {
            stalled.push_back(connectTo(server->port()));
            sendText(stalled.back(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\n");
        }
        QThread::msleep(300);
        QCOMPARE(workersNow(), workers);
        std::vector<Poco::Net::StreamSocket> draining;
        for (int i = 0; i < 2 * workers; ++i) {
            draining.push_back(connectTo(server->port()));
            sendText(draining.back(), "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                                      "application/json\r\nContent-Length: 2000000\r\n\r\n{");
        }
        QThread::msleep(200);
        QElapsedTimer timer;
        timer.start();
        auto other = connectTo(server->port());
        sendText(other, healthz);
        QVERIFY(readAnswers(other, 1).starts_with("HTTP/1.1 200"));
        // Without more workers this would wait for the draining clients' deadline.
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        for (auto& client : stalled) {
            sendText(client, "\r\n");
        }
        for (auto& client : stalled) {
            QVERIFY(readAnswers(client, 1).starts_with("HTTP/1.1 200"));
        }
        QVERIFY2(workersNow() > workers, qPrintable(QString::number(workersNow())));
        for (auto& client : draining) {
            client.close();
        }
    }

    void workersStartedForBlockedRequestsLeaveWhenIdle()
    {
        // The pool follows the load back down (30 idle seconds), to the workers configured.
        QElapsedTimer timer;
        timer.start();
        while (workersNow() != workers && timer.elapsed() < 45000) {
            QThread::sleep(1); // asking wakes a worker, so ask seldom
        }
        QCOMPARE(workersNow(), workers);
        auto client = connectTo(server->port());
        sendText(client, healthz);
        QVERIFY(readAnswers(client, 1).starts_with("HTTP/1.1 200"));
    }

    void pipelinedRequestsAreAllAnswered()
    {
        auto client = connectTo(server->port());
        sendText(client, healthz + healthz + healthz);
        const auto answers = readAnswers(client, 3);
        QCOMPARE(countOf(answers, "HTTP/1.1 200 OK"), 3);
        // And the connection is still open for more.
        sendText(client, healthz);
        QVERIFY(readAnswers(client, 1).starts_with("HTTP/1.1 200"));
    }

    void unparsableRequestsGetAProblemAndAClose_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no request line") << QByteArray("\x01\x02\x03\r\n\r\n");
        QTest::newRow("header line without a colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Long\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray(
            "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nContent-Length: "
            "5\r\n\r\nhello");
        QTest::newRow("length not a number") << QByteArray(
            "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: +5\r\n\r\nhello");
        QTest::newRow("two transfer codings")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: "
                          "chunked\r\nTransfer-Encoding: gzip\r\n\r\n0\r\n\r\n");
        QTest::newRow("not an HTTP version") << QByteArray("GET /healthz http\r\nHost: localhost\r\n\r\n");
        QTest::newRow("TLS spoken to the plain port")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03") + QByteArray(64, '\x7f') +
                   "\r\n\r\n";
        // Too long a target (414) and too large header fields (431): TestHttpSemantics.
    }

    void unparsableRequestsGetAProblemAndAClose()
    {
        QFETCH(QByteArray, request);
        auto client = connectTo(server->port());
        sendText(client, request.toStdString());
        const auto answer = readToClose(client);
        QVERIFY2(answer.starts_with("HTTP/1.1 400"), answer.c_str());
        QVERIFY(answer.find("Content-Type: application/problem+json") != std::string::npos);
        QVERIFY(answer.find("Connection: close") != std::string::npos);
        QVERIFY(answer.find("\"code\":\"malformed_request\"") != std::string::npos);
        // The server is unharmed.
        auto other = connectTo(server->port());
        sendText(other, healthz);
        QVERIFY(readAnswers(other, 1).starts_with("HTTP/1.1 200"));
    }

    void requestsWithoutALengthHaveNoBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("POST") << QByteArray("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTest::newRow("unknown method") << QByteArray("BREW /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    void requestsWithoutALengthHaveNoBody()
    {
        // RFC 9112 6.3: no Content-Length and no chunked encoding means no body, so the answer
        // comes at once (and the next bytes are the next request), not when the client gives up.
        QFETCH(QByteArray, head);
        auto client = connectTo(server->port());
        client.setReceiveTimeout(Poco::Timespan(5, 0));
        sendText(client, head.toStdString() + healthz);
        const auto answers = readAnswers(client, 2);
        QCOMPARE(completeAnswers(answers), 2);
        QVERIFY2(answers.starts_with("HTTP/1.1 4"), answers.c_str());
        QVERIFY(answers.find("application/problem+json") != std::string::npos);
        QVERIFY(answers.find("HTTP/1.1 200 OK") != std::string::npos);
    }

    void anUnreadBodyIsNeverTakenForTheNextRequest_data()
    {
        // Each request is refused before or while its body is read; the body holds a request of
        // its own, which must not be answered (request smuggling).
        QTest::addColumn<QByteArray>("request");
        const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
        const auto withBody = [&hidden](const QByteArray& head) {
            return head + "Content-Length: " + QByteArray::number(hidden.size()) + "\r\n\r\n" + hidden;
        };
        QTest::newRow("bad target") << withBody("POST /%zz HTTP/1.1\r\nHost: localhost\r\n");
        QTest::newRow("length and chunked")
            << withBody("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("chunked under another coding")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, "
                          "chunked\r\n\r\n") +
                   QByteArray::number(hidden.size(), 16) + "\r\n" + hidden + "\r\n0\r\n\r\n";
    }

    void anUnreadBodyIsNeverTakenForTheNextRequest()
    {
        QFETCH(QByteArray, request);
        auto client = connectTo(server->port());
        sendText(client, request.toStdString());
        const auto answers = readToClose(client);
        QVERIFY2(answers.starts_with("HTTP/1.1 400"), answers.c_str());
        QCOMPARE(countOf(answers, "HTTP/1.1 "), 1);
        QVERIFY(QByteArray::fromStdString(answers).toLower().contains("connection: close"));
    }

    void aFinalAnswerSurvivesAClientStillSending()
    {
        // The answer says Connection: close while more bytes are on their way; closing with them
        // unread would reset the connection and could destroy the answer before it is read.
        auto client = connectTo(server->port());
        const std::string last = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        sendText(client, last + std::string(256 * 1024, 'x'));
        QThread::msleep(300); // let the server answer and close before anything is read
        const auto answer =
            readUntil(client, [](const std::string& text) { return completeAnswers(text) >= 1; });
        QVERIFY2(answer.starts_with("HTTP/1.1 200"), answer.substr(0, 64).c_str());
        // After the answer comes an orderly end of stream, not a reset (which on a real network
        // can overtake the answer; on loopback Linux still hands over what had arrived).
        std::array<char, 16> rest{};
        bool reset = false;
        int received = -1;
        try {
            received = client.receiveBytes(rest.data(), static_cast<int>(rest.size()));
        } catch (const Poco::Net::ConnectionResetException&) {
            reset = true;
        }
        QVERIFY2(!reset, "the connection was reset");
        QCOMPARE(received, 0);
    }

    void aBodyCutShortIsRefused()
    {
        auto client = connectTo(server->port());
        sendText(client, "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                         "application/json\r\nContent-Length: 100\r\n\r\n{\"email\":");
        client.shutdownSend();
        const auto answer = readToClose(client);
        QVERIFY2(answer.starts_with("HTTP/1.1 400"), answer.c_str());
        QVERIFY(answer.find("\"code\":\"malformed_request\"") != std::string::npos);
    }

    void idleConnectionsCloseAfterTheKeepAliveTimeout()
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_KEEP_ALIVE_SECONDS"] = "1";
        ServerProcess shortLived(env, QStringList{"--threads", QString::number(workers)});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.log()));
        auto client = connectTo(shortLived.port());
        sendText(client, healthz);
        QVERIFY(readAnswers(client, 1).starts_with("HTTP/1.1 200"));
        QElapsedTimer timer;
        timer.start();
        std::array<char, 16> buffer{};
        // The server's close arrives as end of stream: no bytes, no error.
        QCOMPARE(client.receiveBytes(buffer.data(), static_cast<int>(buffer.size())), 0);
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 5000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(shortLived.terminate(), 0);
    }

    void cleanupTestCase() { QCOMPARE(server->terminate(), 0); }

private:
    /// HTTP workers started and not left, per /metrics.
    int workersNow() const
    {
        const auto metrics = HttpClient(server->port()).get("/metrics", operatorAuth());
        for (const auto& line : metrics.body.split('\n')) {
            if (line.startsWith("aih_http_workers ")) {
                return line.mid(17).trimmed().toInt();
            }
        }
        return -1;
    }

    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
};

QTEST_GUILESS_MAIN(TestConnectionHandling)
#include "TestConnectionHandling.moc"
