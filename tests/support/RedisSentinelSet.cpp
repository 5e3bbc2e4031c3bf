// SPDX-License-Identifier: Apache-2.0
#include "RedisSentinelSet.h"

#include "RedisProcess.h"
#include "Wait.h"

#include <QDir>
#include <QFile>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

RedisSentinelSet::RedisSentinelSet(int sentinelCount)
    : primaryPort_(freeLoopbackPort()), replicaPort_(freeLoopbackPort())
{
    for (int i = 0; i < sentinelCount; ++i) {
        sentinelPorts_.push_back(freeLoopbackPort());
    }
}

RedisSentinelSet::~RedisSentinelSet()
{
    for (auto* process : {primary_.get(), replica_.get()}) {
        stopGently(process);
    }
    for (auto& sentinel : sentinels_) {
        stopGently(sentinel.get());
    }
}

std::unique_ptr<QProcess> RedisSentinelSet::launch(const QString& name, const QStringList& args)
{
    auto process = std::make_unique<QProcess>();
    process->setStandardOutputFile(dir_.filePath(name + ".log"));
    process->setStandardErrorFile(dir_.filePath(name + ".log"), QIODevice::Append);
    // If the test program dies, its Redis processes must not outlive it.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start("redis-server", args);
    return process;
}

bool RedisSentinelSet::start(int timeoutMs)
{
    const auto node = [&](const QString& name, int port) {
        QDir().mkpath(dir_.filePath(name));
        return QStringList{"--port", QString::number(port), "--bind", "127.0.0.1", "--save",
                           "",       "--appendonly",        "no",     "--dir",     dir_.filePath(name)};
    };
    primary_ = launch("primary", node("primary", primaryPort_));
    replica_ = launch("replica", node("replica", replicaPort_) +
                                     QStringList{"--replicaof", "127.0.0.1", QString::number(primaryPort_)});
    if (!waitForLoopbackPort(primaryPort_, *primary_) || !waitForLoopbackPort(replicaPort_, *replica_)) {
        return false;
    }
    for (std::size_t i = 0; i < sentinelPorts_.size(); ++i) {
        const auto name = QString("sentinel%1").arg(i);
        // Sentinel rewrites its configuration file as it learns the topology: one file each.
        QFile conf(dir_.filePath(name + ".conf"));
        if (!conf.open(QIODevice::WriteOnly)) {
            return false;
        }
        const auto quorum = static_cast<int>(sentinelPorts_.size() / 2 + 1);
        conf.write(QString("port %1\nbind 127.0.0.1\ndir %2\n"
                           "sentinel monitor %3 127.0.0.1 %4 %5\n"
                           "sentinel down-after-milliseconds %3 1000\n"
                           "sentinel failover-timeout %3 3000\n"
                           "sentinel parallel-syncs %3 1\n")
                       .arg(sentinelPorts_[i])
                       .arg(dir_.path(), masterName())
                       .arg(primaryPort_)
                       .arg(quorum)
                       .toUtf8());
        conf.close();
        sentinels_.push_back(launch(name, {conf.fileName(), "--sentinel"}));
        if (!waitForLoopbackPort(sentinelPorts_[i], *sentinels_.back())) {
            return false;
        }
    }
    // Each Sentinel must know the replica and the other Sentinels before it can fail over.
    const auto others = QString::number(sentinelPorts_.size() - 1);
    return waitUntil(
        [&] {
            for (const auto port : sentinelPorts_) {
                const auto info = redisCli(port, {"SENTINEL", "master", masterName()});
                if (!info.contains("num-slaves\n1") || !info.contains("num-other-sentinels\n" + others)) {
                    return false;
                }
            }
            return redisCli(replicaPort_, {"ROLE"}).contains("connected");
        },
        timeoutMs);
}

QString RedisSentinelSet::sentinels() const
{
    QStringList list;
    for (const auto port : sentinelPorts_) {
        list << QString("127.0.0.1:%1").arg(port);
    }
    return list.join(',');
}

void RedisSentinelSet::killPrimary()
{
    if (primary_ && primary_->state() != QProcess::NotRunning) {
        primary_->kill();
        primary_->waitForFinished(5000);
    }
}

bool RedisSentinelSet::waitForFailover(int timeoutMs)
{
    return waitUntil(
        [&] {
            for (const auto port : sentinelPorts_) {
                if (!redisCli(port, {"SENTINEL", "get-master-addr-by-name", masterName()})
                         .endsWith(QString::number(replicaPort_))) {
                    return false;
                }
            }
            return redisCli(replicaPort_, {"ROLE"}).startsWith("master");
        },
        timeoutMs);
}

} // namespace aih::test
