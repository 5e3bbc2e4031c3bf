// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <map>
#include <memory>
#include <string>

namespace aih::test {

/// A real aihd process on a loopback port chosen by the kernel, its output captured to a log.
class ServerProcess
{
public:
    static constexpr const char* operatorToken = "operator-token-for-tests-0123456789abcdef";
    static constexpr const char* baseDomain = "aih.test";

    /// Environment for aihd beyond the basics (SECRET_KEY, AIH_OPERATOR_TOKEN, AIH_BASE_DOMAIN).
    explicit ServerProcess(std::map<QString, QString> environment, QStringList extraArgs = {});
    ~ServerProcess();

    /// Starts and waits until it listens; false (with the log in `log()`) if it exited instead.
    bool start(int timeoutMs = 30000);
    /// start() in two halves, for tests that launch several servers at once.
    void launchListening();
    bool waitUntilListening(int timeoutMs = 30000);
    /// Sends SIGTERM and waits; returns the exit code (-1 if it had to be killed).
    int terminate(int timeoutMs = 15000);
    /// Runs aihd to completion (e.g. `migrate`, a refused configuration); returns the exit code.
    int runToEnd(int timeoutMs = 60000);

    /// Runs aihd through another program, e.g. setpriv to drop root for an embedded PostgreSQL.
    void setCommandPrefix(QStringList prefix) { prefix_ = std::move(prefix); }

    unsigned short port() const { return port_; }
    QString log() const;
    QProcess& process() { return *process_; }

    static std::map<QString, QString> defaultEnvironment(const std::string& databaseUrl);

private:
    void launch();

    std::map<QString, QString> environment_;
    QStringList args_;
    QStringList prefix_;
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    unsigned short port_ = 0;
};

} // namespace aih::test
