// SPDX-License-Identifier: Apache-2.0
// An aihd at its connection capacity keeps serving the connections it holds and answers the
// rest with 503 + Retry-After + Connection: close: never a reset, never a silent close.
#include "Hammer.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>
#include <vector>

using namespace aih::test;

namespace {

constexpr int capacity = 4;

/// One keep-alive connection; each call sends a request on it and reads the whole answer.
class KeepAliveClient
{
public:
    explicit KeepAliveClient(unsigned short port) : session_("127.0.0.1", port)
    {
        session_.setKeepAlive(true);
        session_.setTimeout(Poco::Timespan(10, 0));
    }

    Poco::Net::HTTPResponse get(const std::string& target, std::string* body = nullptr)
    {
        Poco::Net::HTTPRequest request("GET", target, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        session_.sendRequest(request);
        Poco::Net::HTTPResponse response;
        auto& in = session_.receiveResponse(response);
        std::string text;
        Poco::StreamCopier::copyToString(in, text);
        if (body) {
            *body = text;
        }
        return response;
    }

    bool connected() { return session_.connected(); }
    void close() { session_.reset(); }

private:
    Poco::Net::HTTPClientSession session_;
};

} // namespace

class TestConnectionCapacity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_KEEP_ALIVE_SECONDS"] = "30";
        server =
            std::make_unique<ServerProcess>(env, QStringList{"--max-connections", QString::number(capacity)});
        QVERIFY2(server->start(), qPrintable(server->log()));
    }

    void connectionPastCapacityGets503WithRetryAfterAndHeldOnesKeepServing()
    {
        std::vector<std::unique_ptr<KeepAliveClient>> held;
        for (int i = 0; i < capacity; ++i) {
            held.push_back(std::make_unique<KeepAliveClient>(server->port()));
            QCOMPARE(held.back()->get("/healthz").getStatus(), Poco::Net::HTTPResponse::HTTP_OK);
        }
        KeepAliveClient extra(server->port());
        std::string body;
        const auto refused = extra.get("/healthz", &body);
        QCOMPARE(refused.getStatus(), Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
        QCOMPARE(refused.get("Retry-After", ""), std::string("1"));
        QVERIFY(!refused.getKeepAlive());
        QCOMPARE(refused.getContentType(), std::string("application/problem+json"));
        const auto problem = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
        QCOMPARE(problem["code"].toString(), QString("service_unavailable"));
        QCOMPARE(problem["status"].toInt(), 503);

        for (auto& client : held) {
            QCOMPARE(client->get("/healthz").getStatus(), Poco::Net::HTTPResponse::HTTP_OK);
        }
        // A freed place is taken by the next connection.
        held.front()->close();
        QVERIFY(waitUntil(
            [&] {
                KeepAliveClient next(server->port());
                return next.get("/healthz").getStatus() == Poco::Net::HTTPResponse::HTTP_OK;
            },
            2000));
    }

    void burstPastCapacityIsAnsweredNeverReset()
    {
        // 32 clients at once on 4 places: every request gets an HTTP answer, 200 or 503.
        const auto statuses = hammer({server->port()}, 32, 10, "/healthz", {});
        QCOMPARE(statuses.count(0), std::size_t{0});
        int answered = 0;
        for (const auto& [status, count] : statuses) {
            QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
            answered += count;
        }
        QCOMPARE(answered, 320);
        QVERIFY(statuses.count(200) == 1);
    }

    void cleanupTestCase() { QCOMPARE(server->terminate(), 0); }

private:
    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
};

QTEST_GUILESS_MAIN(TestConnectionCapacity)
#include "TestConnectionCapacity.moc"
