// SPDX-License-Identifier: Apache-2.0
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrateCommandAppliesSchemaAndExits()
    {
        TestDatabase database;
        ServerProcess migrate(ServerProcess::defaultEnvironment(database.url()), {"migrate"});
        QCOMPARE(migrate.runToEnd(), 0);
        QVERIFY(migrate.log().contains("applied migration 1"));
        const auto appliedFirst = static_cast<int>(migrate.log().count("applied migration"));
        ServerProcess again(ServerProcess::defaultEnvironment(database.url()), {"migrate"});
        QCOMPARE(again.runToEnd(), 0);
        QVERIFY2(!again.log().contains("applied migration"), "a second run has nothing to do");
        QCOMPARE(appliedCount(database), appliedFirst);
    }

    void twoServersStartingTogetherMigrateOnce()
    {
        TestDatabase database;
        std::vector<std::unique_ptr<ServerProcess>> servers;
        for (int i = 0; i < 3; ++i) {
            servers.push_back(
                std::make_unique<ServerProcess>(ServerProcess::defaultEnvironment(database.url())));
        }
        // Launch all before waiting on any, so they race for the migration lock.
        for (auto& server : servers) {
            server->launchListening();
        }
        std::vector<bool> started;
        for (auto& server : servers) {
            started.push_back(server->waitUntilListening());
        }
        int applied = 0;
        for (std::size_t i = 0; i < servers.size(); ++i) {
            QVERIFY2(started[i], qPrintable(servers[i]->log()));
            applied += static_cast<int>(servers[i]->log().count("applied migration"));
        }
        // Every migration was applied by exactly one of them.
        QVERIFY(applied >= 1);
        QCOMPARE(appliedCount(database), applied);
    }

    void serverRefusesToStartWhenTheDatabaseIsUnreachable()
    {
        auto env = ServerProcess::defaultEnvironment("postgresql://aih@127.0.0.1:1/nothing");
        ServerProcess server(env);
        QVERIFY(server.runToEnd() != 0);
    }

private:
    static int appliedCount(const TestDatabase& database)
    {
        pqxx::connection connection(database.url());
        pqxx::work tx(connection);
        return tx.exec("SELECT count(*) FROM schema_migrations")[0][0].as<int>();
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
