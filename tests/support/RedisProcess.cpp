// SPDX-License-Identifier: Apache-2.0
#include "RedisProcess.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <QElapsedTimer>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

int freeLoopbackPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    return socket.address().port();
}

bool waitForLoopbackPort(int port, const QProcess& process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        try {
            Poco::Net::StreamSocket probe(
                Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
            return true;
        } catch (const Poco::Exception&) {
            QThread::msleep(20);
        }
    }
    return false;
}

QString redisCli(int port, const QStringList& args)
{
    QProcess process;
    process.start("redis-cli", QStringList{"-h", "127.0.0.1", "-p", QString::number(port)} + args);
    if (!process.waitForFinished(5000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void stopGently(QProcess* process)
{
    if (process && process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

RedisProcess::RedisProcess() : port_(freeLoopbackPort()) {}

RedisProcess::~RedisProcess()
{
    stop();
}

bool RedisProcess::start()
{
    process_ = std::make_unique<QProcess>();
    process_->setStandardOutputFile(dir_.filePath("redis.log"));
    process_->setStandardErrorFile(dir_.filePath("redis.log"), QIODevice::Append);
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process_->start("redis-server", {"--port", QString::number(port_), "--bind", "127.0.0.1", "--save", "",
                                     "--appendonly", "no", "--dir", dir_.path()});
    return waitForLoopbackPort(port_, *process_);
}

void RedisProcess::stop()
{
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->kill();
        process_->waitForFinished(5000);
    }
}

} // namespace aih::test
