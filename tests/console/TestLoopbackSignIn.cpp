// SPDX-License-Identifier: Apache-2.0
// The console's loopback end of a sign-in in the system browser, spoken to as browsers and
// strangers on the same machine would: raw HTTP requests to its port.
#include "core/session/LoopbackSignIn.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using aih::console::ApiProblem;
using aih::console::LoopbackSignIn;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    bool connected = false;
};

/// Sends `request` as it is and reads the answer until the console closes the connection.
Answer send(const QUrl& redirectUri, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(redirectUri.host(), static_cast<quint16>(redirectUri.port()));
    Answer answer;
    (void)QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectingState; }, 5000);
    if (socket.state() != QAbstractSocket::ConnectedState) {
        return answer;
    }
    answer.connected = true;
    socket.write(request);
    QByteArray bytes;
    (void)QTest::qWaitFor(
        [&] {
            bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        15000);
    bytes += socket.readAll();
    const auto match = QRegularExpression("^HTTP/1\\.1 (\\d{3}) ").match(QString::fromLatin1(bytes));
    answer.status = match.hasMatch() ? match.captured(1).toInt() : 0;
    answer.body = bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
    return answer;
}

QByteArray get(const QString& target)
{
    return "GET " + target.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

QString callback(const LoopbackSignIn& loopback, const QString& query)
{
    return loopback.redirectUri().path() + '?' + query;
}

} // namespace

class TestLoopbackSignIn : public QObject
{
    Q_OBJECT

private slots:
    void challengeIsPkceS256OnALoopbackPort()
    {
        LoopbackSignIn loopback;
        QVERIFY(loopback.listen());
        const auto uri = loopback.redirectUri();
        QCOMPARE(uri.scheme(), QString("http"));
        QCOMPARE(uri.host(), QString("127.0.0.1"));
        QVERIFY(uri.port() > 0);
        QCOMPARE(loopback.codeVerifier().size(), 43);
        QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{43}$").match(loopback.codeVerifier()).hasMatch());
        const auto expected =
            QCryptographicHash::hash(loopback.codeVerifier().toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(loopback.codeChallenge(), QString::fromLatin1(expected));
        const auto challenge = loopback.challenge();
        QCOMPARE(challenge["redirect_uri"].toString(), uri.toString());
        QCOMPARE(challenge["code_challenge_method"].toString(), QString("S256"));
        QCOMPARE(challenge["state"].toString(), loopback.state());
        QVERIFY(loopback.state() != LoopbackSignIn().state());
    }

    void theCodeIsHandedOverOnceAndTheBrowserToldToClose()
    {
        LoopbackSignIn loopback;
        QSignalSpy answered(&loopback, &LoopbackSignIn::answered);
        QVERIFY(loopback.listen());
        const auto uri = loopback.redirectUri();
        const auto answer = send(uri, get(callback(loopback, "code=abc%2Bdef&state=" + loopback.state())));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("close this window"));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().first().toString(), QString("abc+def"));
        QVERIFY(!loopback.isListening());
        QVERIFY(!send(uri, get(callback(loopback, "code=again&state=" + loopback.state()))).connected);
    }

    void otherRequestsAreTurnedAwayWhileItWaits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("favicon") << get("/favicon.ico") << 404;
        QTest::newRow("post") << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 404;
        QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << 404;
        QTest::newRow("wrong state") << get("/callback?code=x&state=forged") << 400;
        QTest::newRow("no state") << get("/callback?code=x") << 400;
        QTest::newRow("huge head") << QByteArray("GET /callback?x=" + QByteArray(9000, 'a') +
                                                 " HTTP/1.1\r\n\r\n")
                                   << 431;
    }

    void otherRequestsAreTurnedAwayWhileItWaits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackSignIn loopback;
        QSignalSpy answered(&loopback, &LoopbackSignIn::answered);
        QSignalSpy failed(&loopback, &LoopbackSignIn::failed);
        QVERIFY(loopback.listen());
        const auto answer = send(loopback.redirectUri(), request);
        // The rest of an oversized head is never read, so the connection may end in a reset
        // before the answer arrives.
        QVERIFY2(answer.status == status || (status == 431 && answer.status == 0),
                 qPrintable(QString::number(answer.status)));
        QVERIFY(answered.isEmpty() && failed.isEmpty());
        QVERIFY(loopback.isListening());
        // The real answer still gets through afterwards.
        QCOMPARE(
            send(loopback.redirectUri(), get(callback(loopback, "code=c&state=" + loopback.state()))).status,
            200);
        QCOMPARE(answered.size(), 1);
    }

    void aRefusalCarriesItsDescription()
    {
        LoopbackSignIn loopback;
        QSignalSpy failed(&loopback, &LoopbackSignIn::failed);
        QVERIFY(loopback.listen());
        const auto answer =
            send(loopback.redirectUri(),
                 get(callback(loopback, "error=access_denied&error_description=Not+accepted%20here&state=" +
                                            loopback.state())));
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.body.contains("Not accepted")); // nothing from the request is echoed
        QCOMPARE(failed.size(), 1);
        const auto problem = failed.first().first().value<ApiProblem>();
        QCOMPARE(problem.kind, ApiProblem::Kind::Browser);
        QCOMPARE(problem.detail, QString("Not accepted here"));
        QVERIFY(!loopback.isListening());
    }

    void cancelStopsListening()
    {
        LoopbackSignIn loopback;
        QSignalSpy failed(&loopback, &LoopbackSignIn::failed);
        QVERIFY(loopback.listen());
        const auto uri = loopback.redirectUri();
        loopback.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiProblem>().kind, ApiProblem::Kind::Cancelled);
        QVERIFY(!send(uri, get(callback(loopback, "code=c&state=" + loopback.state()))).connected);
    }

    void waitingEndsAfterTheTimeout()
    {
        LoopbackSignIn loopback;
        loopback.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy failed(&loopback, &LoopbackSignIn::failed);
        QVERIFY(loopback.listen());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiProblem>().kind, ApiProblem::Kind::Browser);
        QVERIFY(failed.first().first().value<ApiProblem>().detail.contains("1 minute"));
        QVERIFY(!loopback.isListening());
    }

    void aSilentConnectionIsDroppedWithoutStoppingTheWait()
    {
        LoopbackSignIn loopback;
        QVERIFY(loopback.listen());
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(loopback.redirectUri().port()));
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /callback?state=");
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState,
                                  static_cast<int>(LoopbackSignIn::requestDeadline.count()) * 1000 + 5000);
        QVERIFY(loopback.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackSignIn)
#include "TestLoopbackSignIn.moc"
