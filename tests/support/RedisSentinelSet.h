// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace aih::test {

/// A real Redis primary, a replica of it and Sentinels watching them, all test-owned processes
/// on free loopback ports (they die with the test). Sentinel timeouts are short, so a killed
/// primary is replaced within seconds.
class RedisSentinelSet
{
public:
    explicit RedisSentinelSet(int sentinelCount = 3);
    ~RedisSentinelSet();
    RedisSentinelSet(const RedisSentinelSet&) = delete;
    RedisSentinelSet& operator=(const RedisSentinelSet&) = delete;

    /// Starts the primary, the replica and the Sentinels, and waits until the Sentinels know the
    /// replica (they cannot fail over to a replica they do not know); false if anything failed.
    bool start(int timeoutMs = 20000);
    /// REDIS_SENTINELS: `127.0.0.1:port,...`.
    QString sentinels() const;
    /// REDIS_MASTER_NAME.
    QString masterName() const { return "aih-primary"; }
    int primaryPort() const { return primaryPort_; }
    int replicaPort() const { return replicaPort_; }
    /// SIGKILL, as a crashed machine: no goodbye to the replica or the clients.
    void killPrimary();
    /// Waits until the Sentinels name the replica as the primary and it says it is one.
    bool waitForFailover(int timeoutMs = 30000);
    /// Where the logs are, for a failure message.
    QString logDir() const { return dir_.path(); }

private:
    std::unique_ptr<QProcess> launch(const QString& name, const QStringList& args);

    QTemporaryDir dir_;
    int primaryPort_;
    int replicaPort_;
    std::vector<int> sentinelPorts_;
    std::unique_ptr<QProcess> primary_;
    std::unique_ptr<QProcess> replica_;
    std::vector<std::unique_ptr<QProcess>> sentinels_;
};

} // namespace aih::test
