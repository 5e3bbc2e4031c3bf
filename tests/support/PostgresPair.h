// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <string>

namespace aih::test {

/// A PostgreSQL primary and a synchronous streaming standby of it on loopback ports, private to
/// one test: a commit the client saw is on the standby too. The test plays the failover manager
/// (Patroni's part in production): it kills the primary hard and promotes the standby, and aihd
/// finds the new primary through the multi-host URL alone. Both servers run as the unprivileged
/// service user when the test runs as root, and die with the test.
class PostgresPair
{
public:
    PostgresPair();
    ~PostgresPair();
    PostgresPair(const PostgresPair&) = delete;
    PostgresPair& operator=(const PostgresPair&) = delete;

    /// Builds and starts both; an empty string, or what went wrong.
    QString start();
    /// libpq URL naming both servers, for whichever accepts writes (`target_session_attrs`).
    std::string url() const;
    std::string primaryUrl() const { return urlOf(primaryPort_); }
    std::string standbyUrl() const { return urlOf(standbyPort_); }

    /// Kills the primary's postmaster and every backend of it at once (SIGKILL), as a crash would.
    void killPrimary();
    /// Promotes the standby and waits until it accepts writes; an empty string, or the error.
    QString promoteStandby();

private:
    std::string urlOf(int port) const;
    QStringList asServiceUser(const QStringList& command) const;
    QString run(const QStringList& command, int timeoutMs = 60000) const;
    std::unique_ptr<QProcess> launch(const QString& dataDir, int port, const QStringList& settings);
    QString waitUntilSynchronous(int timeoutMs);

    QTemporaryDir dir_;
    QString bin_;
    int primaryPort_ = 0;
    int standbyPort_ = 0;
    std::unique_ptr<QProcess> primary_;
    std::unique_ptr<QProcess> standby_;
};

} // namespace aih::test
