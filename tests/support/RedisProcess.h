// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace aih::test {

/// A private redis-server on a loopback port, for tests that stop and restart it.
class RedisProcess
{
public:
    RedisProcess();
    ~RedisProcess();

    bool start();
    void stop();
    int port() const { return port_; }
    QString url() const { return QString("redis://127.0.0.1:%1").arg(port_); }

private:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
};

/// A TCP port that was free a moment ago on 127.0.0.1.
int freeLoopbackPort();
/// Waits until `process` accepts TCP connections on 127.0.0.1:`port`; false if it exits first.
bool waitForLoopbackPort(int port, const QProcess& process, int timeoutMs = 10000);
/// What `redis-cli -p port args...` printed (trimmed), or an empty string on failure.
QString redisCli(int port, const QStringList& args);
/// SIGTERM, then SIGKILL if it has not exited within five seconds; nothing if not running.
void stopGently(QProcess* process);

} // namespace aih::test
