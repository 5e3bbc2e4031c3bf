// SPDX-License-Identifier: Apache-2.0
// Slowloris: 1,000 connections from one address (127.0.0.1), each sending its request head a
// byte every few seconds (and reconnecting whenever the server ends it), while a normal client
// on another address (127.0.0.2) makes one request after another on fresh connections. Reports the normal
// client's latency (p50, p99, max) and its 5xx and failed requests, against the same client on the idle
// server; and what the slow connections were answered (408 at their deadline, 503 past the per-address cap).
// Run twice: with the default per-address cap, and with the cap raised above the attack so that
// only the request deadline frees the slots. AIH_BENCH_SECONDS sets each phase's length.
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QElapsedTimer>
#include <QtTest>
#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace aih::test;

namespace {

constexpr int slowConnections = 1000;
constexpr auto byteEvery = std::chrono::seconds(2);

int phaseSeconds()
{
    const auto text = qEnvironmentVariable("AIH_BENCH_SECONDS");
    return text.isEmpty() ? 30 : text.toInt();
}

struct ClientFigures
{
    std::vector<double> latenciesMs;
    int serverErrors = 0;
    int failures = 0;
    double percentile(double p) const
    {
        if (latenciesMs.empty()) {
            return -1;
        }
        auto sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1,
                               static_cast<std::size_t>(p * static_cast<double>(sorted.size())))];
    }
    QString summary() const
    {
        return QString("%1 requests, p50 %2 ms, p99 %3 ms, max %4 ms, %5 5xx, %6 failed")
            .arg(latenciesMs.size())
            .arg(percentile(0.5), 0, 'f', 2)
            .arg(percentile(0.99), 0, 'f', 2)
            .arg(latenciesMs.empty() ? -1.0 : *std::max_element(latenciesMs.begin(), latenciesMs.end()), 0,
                 'f', 2)
            .arg(serverErrors)
            .arg(failures);
    }
};

/// One GET /healthz on a new connection from `source` (another loopback address than the
/// attack's, as a real client would be another host): the status, or 0 when it failed.
int getHealthz(const char* source, unsigned short port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    timeval timeout{30, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string answer;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) == 0 &&
        ::connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0) {
        const std::string request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(request.size())) {
            std::array<char, 4096> buffer{};
            for (;;) {
                const auto n = ::recv(fd, buffer.data(), buffer.size(), 0);
                if (n <= 0) {
                    break;
                }
                answer.append(buffer.data(), static_cast<std::size_t>(n));
            }
        }
    }
    ::close(fd);
    return answer.size() > 12 && answer.starts_with("HTTP/1.1 ") ? std::stoi(answer.substr(9, 3)) : 0;
}

/// Sequential GET /healthz, a new connection each, until `stop`.
ClientFigures normalClient(unsigned short port, const std::atomic<bool>& stop)
{
    ClientFigures figures;
    while (!stop) {
        QElapsedTimer timer;
        timer.start();
        const int status = getHealthz("127.0.0.2", port);
        figures.latenciesMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        figures.serverErrors += status >= 500 ? 1 : 0;
        figures.failures += status == 0 ? 1 : 0;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return figures;
}

struct AttackFigures
{
    int connects = 0;
    int answered408 = 0;
    int answered503 = 0;
    int closedOtherwise = 0;
};

/// Keeps `slowConnections` connections trickling a request head, reopening each one the server
/// ends, until `stop`.
AttackFigures slowloris(unsigned short port, const std::atomic<bool>& stop)
{
    AttackFigures figures;
    std::vector<std::optional<Poco::Net::StreamSocket>> sockets(slowConnections);
    const auto open = [&](std::optional<Poco::Net::StreamSocket>& socket) {
        try {
            socket.emplace(Poco::Net::SocketAddress("127.0.0.1", port));
            const std::string start = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
            socket->sendBytes(start.data(), static_cast<int>(start.size()));
            ++figures.connects;
        } catch (const Poco::Exception&) {
            socket.reset();
        }
    };
    for (auto& socket : sockets) {
        open(socket);
    }
    const auto pause = std::chrono::duration_cast<std::chrono::microseconds>(byteEvery) / slowConnections;
    while (!stop) {
        for (auto& socket : sockets) {
            if (stop) {
                break;
            }
            std::this_thread::sleep_for(pause);
            if (!socket) {
                open(socket);
                continue;
            }
            bool ended = false;
            try {
                if (socket->poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ)) {
                    std::array<char, 512> answer{};
                    const int n = socket->receiveBytes(answer.data(), static_cast<int>(answer.size()));
                    const std::string text(answer.data(), static_cast<std::size_t>(std::max(n, 0)));
                    if (text.starts_with("HTTP/1.1 408")) {
                        ++figures.answered408;
                    } else if (text.starts_with("HTTP/1.1 503")) {
                        ++figures.answered503;
                    } else {
                        ++figures.closedOtherwise;
                    }
                    ended = true;
                } else {
                    socket->sendBytes("a", 1);
                }
            } catch (const Poco::Exception&) {
                ++figures.closedOtherwise;
                ended = true;
            }
            if (ended) {
                socket->close();
                open(socket);
            }
        }
    }
    return figures;
}

} // namespace

class SlowlorisBench : public QObject
{
    Q_OBJECT

private slots:
    void normalClientDuringSlowloris_data()
    {
        QTest::addColumn<QString>("perAddress");
        QTest::newRow("default per-address cap") << QString();
        QTest::newRow("cap raised to 2000: the deadline alone") << QString("2000");
    }

    void normalClientDuringSlowloris()
    {
        QFETCH(QString, perAddress);
        auto env = ServerProcess::defaultEnvironment(database.url());
        if (!perAddress.isEmpty()) {
            env["AIH_MAX_CONNECTIONS_PER_ADDRESS"] = perAddress;
        }
        ServerProcess server(env, QStringList{"--max-connections", "4000"});
        QVERIFY2(server.start(), qPrintable(server.log()));
        const auto seconds = std::chrono::seconds(phaseSeconds());

        std::atomic<bool> stop{false};
        std::thread idleTimer([&] {
            std::this_thread::sleep_for(seconds / 3);
            stop = true;
        });
        const auto idle = normalClient(server.port(), stop);
        idleTimer.join();

        stop = false;
        AttackFigures attack;
        std::thread attacker([&] { attack = slowloris(server.port(), stop); });
        std::this_thread::sleep_for(std::chrono::seconds(3)); // let the attack open its connections
        std::thread attackTimer([&] {
            std::this_thread::sleep_for(seconds);
            stop = true;
        });
        const auto attacked = normalClient(server.port(), stop);
        attackTimer.join();
        attacker.join();

        qInfo("idle:        %s", qPrintable(idle.summary()));
        qInfo("slowloris:   %s", qPrintable(attacked.summary()));
        qInfo("attack: %d connects, %d answered 408, %d answered 503, %d closed otherwise", attack.connects,
              attack.answered408, attack.answered503, attack.closedOtherwise);
        QCOMPARE(attacked.serverErrors, 0);
        QCOMPARE(attacked.failures, 0);
        QCOMPARE(server.terminate(), 0);
    }

private:
    TestDatabase database;
};

QTEST_GUILESS_MAIN(SlowlorisBench)
#include "SlowlorisBench.moc"
