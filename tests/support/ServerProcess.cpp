// SPDX-License-Identifier: Apache-2.0
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

std::map<QString, QString> ServerProcess::defaultEnvironment(const std::string& databaseUrl)
{
    return {{"DATABASE_URL", QString::fromStdString(databaseUrl)},
            {"SECRET_KEY", "test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"},
            {"AIH_OPERATOR_TOKEN", operatorToken},
            {"AIH_BASE_DOMAIN", baseDomain},
            {"AIH_LOGIN_FAILURES_PER_ADDRESS", "100000"},
            // Many servers share the test cluster: keep each one's share of connections small.
            {"AIH_DB_POOL_SIZE", "6"}};
}

ServerProcess::ServerProcess(std::map<QString, QString> environment, QStringList extraArgs)
    : environment_(std::move(environment)), args_(std::move(extraArgs))
{
    // AIH_TEST_KEEP_LOGS=1 keeps each server's log for a post-mortem.
    if (qEnvironmentVariableIsSet("AIH_TEST_KEEP_LOGS")) {
        dir_.setAutoRemove(false);
        qInfo("aihd log: %s", qPrintable(dir_.filePath("aihd.log")));
    }
}

ServerProcess::~ServerProcess()
{
    if (!process_) {
        return;
    }
    const bool diedEarly =
        process_->state() == QProcess::NotRunning && process_->exitStatus() == QProcess::CrashExit;
    if (!diedEarly && process_->state() != QProcess::NotRunning) {
        terminate(5000);
    }
    // A server that crashed leaves its story in the log; show the end of it with the failure.
    if (diedEarly || process_->exitStatus() == QProcess::CrashExit) {
        qWarning("aihd crashed; end of its log:\n%s", qPrintable(log().right(4000)));
    }
}

void ServerProcess::launch()
{
    process_ = std::make_unique<QProcess>();
    auto env = QProcessEnvironment::systemEnvironment();
    for (const auto& name : {"DATABASE_URL", "SECRET_KEY", "AIH_OPERATOR_TOKEN", "REDIS_URL"}) {
        env.remove(name);
    }
    for (const auto& [name, value] : environment_) {
        env.insert(name, value);
    }
    process_->setProcessEnvironment(env);
    // If the test program dies (a crash, a timeout kill), its servers must not live on holding
    // database connections: the kernel sends them SIGTERM when their parent goes.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(dir_.filePath("aihd.log"));
    // AIH_TEST_SERVER_PREFIX runs every server under a tool, e.g. "gdb -batch -ex run -ex bt --args".
    if (prefix_.isEmpty() && qEnvironmentVariableIsSet("AIH_TEST_SERVER_PREFIX")) {
        prefix_ = qEnvironmentVariable("AIH_TEST_SERVER_PREFIX").split(' ', Qt::SkipEmptyParts);
    }
    if (prefix_.isEmpty()) {
        process_->start(AIH_AIHD_PATH, args_);
    } else {
        process_->start(prefix_.first(), prefix_.mid(1) + QStringList{AIH_AIHD_PATH} + args_);
    }
}

bool ServerProcess::start(int timeoutMs)
{
    launchListening();
    return waitUntilListening(timeoutMs);
}

void ServerProcess::launchListening()
{
    if (!args_.contains("--listen")) {
        args_ << "--listen"
              << "127.0.0.1:0";
    }
    launch();
}

bool ServerProcess::waitUntilListening(int timeoutMs)
{
    static const QRegularExpression listening("aihd listening on [^\\s]+:(\\d+)");
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const auto match = listening.match(log());
        if (match.hasMatch()) {
            port_ = static_cast<unsigned short>(match.captured(1).toUInt());
            return true;
        }
        if (process_->state() == QProcess::NotRunning || process_->waitForFinished(20)) {
            return false;
        }
    }
    return false;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!process_ || process_->state() == QProcess::NotRunning) {
        return process_ ? process_->exitCode() : -1;
    }
    ::kill(static_cast<pid_t>(process_->processId()), SIGTERM);
    if (!process_->waitForFinished(timeoutMs)) {
        process_->kill();
        process_->waitForFinished(5000);
        return -1;
    }
    return process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
}

int ServerProcess::runToEnd(int timeoutMs)
{
    launch();
    if (!process_->waitForFinished(timeoutMs)) {
        process_->kill();
        process_->waitForFinished(5000);
        return -1;
    }
    return process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
}

QString ServerProcess::log() const
{
    QFile file(dir_.filePath("aihd.log"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace aih::test
