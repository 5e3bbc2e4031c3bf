// SPDX-License-Identifier: Apache-2.0
#include "PostgresPair.h"

#include "RedisProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <csignal>
#include <fstream>
#include <pqxx/pqxx>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace aih::test {
namespace {

QString serviceUser()
{
    const QByteArray user = qgetenv("AIH_SERVICE_USER");
    return user.isEmpty() ? QStringLiteral("aih") : QString::fromLocal8Bit(user);
}

QString newestPostgresBin()
{
    QDir versions("/usr/lib/postgresql");
    auto names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return names.isEmpty() ? QString() : versions.filePath(names.last() + "/bin");
}

/// The processes whose parent is `pid`, read from /proc.
std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> children;
    for (const auto& entry : QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const pid_t candidate = entry.toInt(&numeric);
        if (!numeric) {
            continue;
        }
        std::ifstream stat("/proc/" + entry.toStdString() + "/stat");
        std::string line;
        std::getline(stat, line);
        // The command name in parentheses may hold spaces: the fields after it are fixed.
        const auto close = line.rfind(')');
        if (close == std::string::npos) {
            continue;
        }
        char state = 0;
        int parent = 0;
        if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &parent) == 2 && parent == pid) {
            children.push_back(candidate);
        }
    }
    return children;
}

/// Until the server takes connections (a listening port may still answer "starting up").
QString waitUntilAccepting(const std::string& url, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (timer.elapsed() < timeoutMs) {
        try {
            pqxx::connection probe(url);
            return {};
        } catch (const std::exception& error) {
            last = error.what();
        }
        QThread::msleep(50);
    }
    return last;
}

} // namespace

PostgresPair::PostgresPair()
    : bin_(newestPostgresBin()), primaryPort_(freeLoopbackPort()), standbyPort_(freeLoopbackPort())
{
}

PostgresPair::~PostgresPair()
{
    for (auto* server : {primary_.get(), standby_.get()}) {
        if (server && server->state() != QProcess::NotRunning) {
            // SIGQUIT: PostgreSQL's immediate shutdown, which takes its backends with it.
            ::kill(static_cast<pid_t>(server->processId()), SIGQUIT);
            if (!server->waitForFinished(10000)) {
                server->kill();
                server->waitForFinished(5000);
            }
        }
    }
}

std::string PostgresPair::urlOf(int port) const
{
    return "postgresql://aih@127.0.0.1:" + std::to_string(port) + "/aih";
}

std::string PostgresPair::url() const
{
    // connect_timeout bounds a try at a host that does not answer; the standby refuses writes at
    // once, so during a failover libpq moves on, and aihd answers 503 until one accepts them.
    return "postgresql://aih@127.0.0.1:" + std::to_string(primaryPort_) +
           ",127.0.0.1:" + std::to_string(standbyPort_) +
           "/aih?target_session_attrs=read-write&connect_timeout=2";
}

QStringList PostgresPair::asServiceUser(const QStringList& command) const
{
    if (::geteuid() != 0) {
        return command;
    }
    const QString user = serviceUser();
    // PostgreSQL refuses root. setpriv changes the user, which clears a parent-death signal, so
    // it sets that again itself, after the change.
    return QStringList{
               "setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--pdeathsig", "KILL",
               "--"} +
           command;
}

QString PostgresPair::run(const QStringList& command, int timeoutMs) const
{
    const auto full = asServiceUser(command);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start(full.first(), full.mid(1));
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return full.join(' ') + " failed:\n" + QString::fromLocal8Bit(process.readAll());
    }
    return {};
}

std::unique_ptr<QProcess> PostgresPair::launch(const QString& dataDir, int port, const QStringList& settings)
{
    QStringList command{bin_ + "/postgres",
                        "-D",
                        dataDir,
                        "-c",
                        "port=" + QString::number(port),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "unix_socket_directories=" + dir_.path(),
                        "-c",
                        "max_connections=200",
                        "-c",
                        "fsync=off"};
    command += settings;
    const auto full = asServiceUser(command);
    auto process = std::make_unique<QProcess>();
    process->setStandardOutputFile(dataDir + ".log", QIODevice::Append);
    process->setStandardErrorFile(dataDir + ".log", QIODevice::Append);
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process->start(full.first(), full.mid(1));
    return process;
}

QString PostgresPair::start()
{
    if (bin_.isEmpty()) {
        return "PostgreSQL's server binaries are not installed under /usr/lib/postgresql";
    }
    if (::geteuid() == 0) {
        const passwd* account = ::getpwnam(serviceUser().toLocal8Bit().constData());
        if (!account ||
            ::chown(dir_.path().toLocal8Bit().constData(), account->pw_uid, account->pw_gid) != 0) {
            return "the service user " + serviceUser() + " is missing (scripts/test-services creates it)";
        }
    }
    const QString primaryDir = dir_.filePath("primary");
    const QString standbyDir = dir_.filePath("standby");
    if (auto error = run({bin_ + "/initdb", "-D", primaryDir, "-U", "aih", "--auth=trust", "--encoding=UTF8",
                          "--locale=C.UTF-8"});
        !error.isEmpty()) {
        return error;
    }
    // Synchronous replication is switched on once the standby is attached (below): before that,
    // every commit, CREATE DATABASE's included, would wait for a standby that does not exist.
    primary_ = launch(primaryDir, primaryPort_, {"-c", "wal_level=replica", "-c", "max_wal_senders=4"});
    const auto adminUrl = urlOf(primaryPort_).substr(0, urlOf(primaryPort_).rfind('/')) + "/postgres";
    if (!waitForLoopbackPort(primaryPort_, *primary_, 30000)) {
        return "the primary did not start";
    }
    if (auto error = waitUntilAccepting(adminUrl, 30000); !error.isEmpty()) {
        return "the primary does not take connections: " + error;
    }
    try {
        pqxx::connection admin(adminUrl);
        pqxx::nontransaction tx(admin);
        tx.exec("CREATE DATABASE aih");
    } catch (const std::exception& error) {
        return QString("cannot create the database: ") + error.what();
    }
    if (auto error = run({bin_ + "/pg_basebackup", "-h", "127.0.0.1", "-p", QString::number(primaryPort_),
                          "-U", "aih", "-D", standbyDir, "-R", "-X", "stream", "-c", "fast"});
        !error.isEmpty()) {
        return error;
    }
    standby_ = launch(standbyDir, standbyPort_, {"-c", "hot_standby=on"});
    if (!waitForLoopbackPort(standbyPort_, *standby_, 30000)) {
        return "the standby did not start";
    }
    if (auto error = waitUntilAccepting(standbyUrl(), 30000); !error.isEmpty()) {
        return "the standby does not take connections: " + error;
    }
    // From here every commit waits until the standby has it: a write the client saw survives
    // the primary. The setting lives in the primary's own data directory, so the standby, once
    // promoted, does not wait for a standby of its own.
    try {
        pqxx::connection admin(adminUrl);
        pqxx::nontransaction tx(admin);
        tx.exec("ALTER SYSTEM SET synchronous_standby_names = '*'");
        tx.exec("SELECT pg_reload_conf()");
    } catch (const std::exception& error) {
        return QString("cannot make replication synchronous: ") + error.what();
    }
    return waitUntilSynchronous(30000);
}

QString PostgresPair::waitUntilSynchronous(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (timer.elapsed() < timeoutMs) {
        try {
            pqxx::connection primary(primaryUrl());
            pqxx::nontransaction tx(primary);
            if (tx.exec("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")[0][0]
                    .as<int>() == 1) {
                return {};
            }
            last = "no synchronous standby yet";
        } catch (const std::exception& error) {
            last = error.what();
        }
        QThread::msleep(100);
    }
    return "the standby did not become synchronous: " + last;
}

void PostgresPair::killPrimary()
{
    if (!primary_ || primary_->state() == QProcess::NotRunning) {
        return;
    }
    const auto postmaster = static_cast<pid_t>(primary_->processId());
    // The backends first, listed while the postmaster still parents them, then all at once.
    const auto backends = childrenOf(postmaster);
    ::kill(postmaster, SIGKILL);
    for (const pid_t backend : backends) {
        ::kill(backend, SIGKILL);
    }
    primary_->waitForFinished(10000);
}

QString PostgresPair::promoteStandby()
{
    try {
        pqxx::connection standby(standbyUrl());
        pqxx::nontransaction tx(standby);
        if (!tx.exec("SELECT pg_promote(true, 30)")[0][0].as<bool>()) {
            return "pg_promote did not finish within 30 s";
        }
        return {};
    } catch (const std::exception& error) {
        return QString("cannot promote the standby: ") + error.what();
    }
}

} // namespace aih::test
