// SPDX-License-Identifier: Apache-2.0
// Start-up checks, the embedded PostgreSQL default, and graceful shutdown.
#include "ApiHelpers.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <pwd.h>
#include <unistd.h>

using namespace aih::test;

class TestServerLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoConfiguration()
    {
        ServerProcess server({}, {"--version"});
        QCOMPARE(server.runToEnd(), 0);
        QVERIFY(server.log().startsWith("aihd "));
    }

    void refusesToStartWithoutSecretKey()
    {
        ServerProcess server(std::map<QString, QString>{{"DATABASE_URL", "postgresql://unused"}});
        QCOMPARE(server.runToEnd(), 2);
        QVERIFY(server.log().contains("SECRET_KEY is not set"));
    }

    void refusesWeakSecretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("short") << "short-key";
        QTest::newRow("placeholder") << "your-secret-key";
        QTest::newRow("repetitive") << QString(64, 'a');
    }

    void refusesWeakSecretKeys()
    {
        QFETCH(QString, key);
        ServerProcess server(
            std::map<QString, QString>{{"DATABASE_URL", "postgresql://unused"}, {"SECRET_KEY", key}});
        QCOMPARE(server.runToEnd(), 2);
        QVERIFY(server.log().contains("SECRET_KEY is too weak"));
    }

    void refusesUnknownFlags()
    {
        ServerProcess server({}, {"--frobnicate"});
        QCOMPARE(server.runToEnd(), 2);
    }

    // Given its own login, the pool refuses one that could pass the policies: here the owner, a
    // superuser, named as the pool's login.
    void refusesAPoolLoginThatCouldBypassRowLevelSecurity()
    {
        TestDatabase database;
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_MIGRATION_DATABASE_URL"] = QString::fromStdString(database.url());
        ServerProcess server(env);
        QCOMPARE(server.runToEnd(), 1);
        QVERIFY2(server.log().contains("may bypass row-level security"), qPrintable(server.log()));
    }

    void migrationUrlNeedsAPoolUrl()
    {
        auto env = ServerProcess::defaultEnvironment("postgresql://nobody@127.0.0.1:1/none");
        env.erase("DATABASE_URL");
        env["AIH_MIGRATION_DATABASE_URL"] = "postgresql://nobody@127.0.0.1:1/none";
        ServerProcess server(env);
        QCOMPARE(server.runToEnd(), 2);
    }

    void sigtermShutsDownCleanly()
    {
        TestDatabase database;
        ServerProcess server(ServerProcess::defaultEnvironment(database.url()));
        QVERIFY2(server.start(), qPrintable(server.log()));
        HttpClient client(server.port());
        QCOMPARE(client.get("/readyz").status, 200);
        QCOMPARE(server.terminate(), 0);
        QVERIFY(server.log().contains("aihd shutting down"));
    }

    void embeddedPostgresWhenDatabaseUrlIsUnset()
    {
        // PostgreSQL refuses root, so as root the server runs as the unprivileged service user.
        QTemporaryDir dir;
        const QString dataDir = dir.filePath("data");
        QVERIFY(QDir().mkpath(dataDir));
        QStringList prefix;
        if (::geteuid() == 0) {
            const QByteArray user =
                qgetenv("AIH_SERVICE_USER").isEmpty() ? "aih" : qgetenv("AIH_SERVICE_USER");
            const passwd* account = ::getpwnam(user.constData());
            QVERIFY2(account, "the service user exists (scripts/test-services creates it)");
            QVERIFY(::chown(dir.path().toLocal8Bit().constData(), account->pw_uid, account->pw_gid) == 0);
            QVERIFY(::chown(dataDir.toLocal8Bit().constData(), account->pw_uid, account->pw_gid) == 0);
            prefix = {"setpriv", "--reuid=" + QString(user), "--regid=" + QString(user), "--init-groups",
                      "--"};
        }
        for (int run = 0; run < 2; ++run) {
            // The second run finds the cluster and the demo tenant in place and reuses them.
            ServerProcess server(std::map<QString, QString>{{"AIH_DATA_DIR", dataDir}}, {"--demo"});
            server.setCommandPrefix(prefix);
            QVERIFY2(server.start(90000), qPrintable(server.log()));
            HttpClient client(server.port());
            QCOMPARE(client.get("/readyz").status, 200);
            const auto signIn = login(client, "demo", "admin@demo.example", "demo-password-123");
            QCOMPARE(signIn.response.status, 200);
            const auto tenant = client.get("/api/auth/me", bearer(signIn.accessToken));
            QCOMPARE(tenant.status, 200);
            QCOMPARE(server.terminate(30000), 0);
            QVERIFY2(!QFile::exists(dataDir + "/postgres/pgdata/postmaster.pid"),
                     "PostgreSQL stopped with aihd");
        }
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "TestServerLifecycle.moc"
