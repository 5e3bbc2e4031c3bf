// SPDX-License-Identifier: Apache-2.0
// Pooled connections that the server drops (a restart, a failover, pg_terminate_backend) come
// back in a known state: the application role, its settings, its prepared statements. Dropped
// while idle, they are replaced unseen; dropped during the work or its COMMIT, the caller gets a
// 503 and the work is not run again. The pool and Database alone, on a migrated database.
#include "DatabaseBackends.h"
#include "TestDatabase.h"
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/PoolLogin.h"
#include "errors/ApiError.h"

#include <QtTest>
#include <functional>
#include <pqxx/pqxx>

using namespace aih;
using namespace aih::test;

namespace {

constexpr std::size_t poolSize = 4;

constexpr db::Sql whoAmI{"test.who_am_i", R"sql(
    SELECT current_user AS acting_as,
           session_user AS login,
           current_setting('application_name') AS application,
           coalesce(current_setting('aih.tenant_id', true), '') AS tenant,
           (SELECT count(*) FROM tenants) AS visible_tenants,
           pg_backend_pid() AS pid
)sql"};

constexpr db::Sql renameTenant{"test.rename_tenant", "UPDATE tenants SET name = 'Renamed'"};
constexpr db::Sql echo{"test.echo", "SELECT $1::text AS text, $2::text AS nothing, $3::int AS number"};

struct Session
{
    std::string actingAs;
    std::string login;
    std::string application;
    std::string tenant;
    int visibleTenants = 0;
    int pid = 0;
};

Session sessionOf(db::Transaction& tx)
{
    const auto row = tx.exec(whoAmI)[0];
    return {row["acting_as"].as<std::string>(),   row["login"].as<std::string>(),
            row["application"].as<std::string>(), row["tenant"].as<std::string>(),
            row["visible_tenants"].as<int>(),     row["pid"].as<int>()};
}

/// "none" when `call` returns, "service_unavailable" for the 503 ApiError, else what it threw.
QString outcomeOf(const std::function<void()>& call)
{
    try {
        call();
        return "none";
    } catch (const errors::ApiError& error) {
        return error.code() == errors::ErrorCode::ServiceUnavailable
                   ? QString("service_unavailable")
                   : QString("ApiError %1: %2").arg(static_cast<int>(error.code())).arg(error.what());
    } catch (const std::exception& error) {
        return QString("not an ApiError: ") + error.what();
    }
}

} // namespace

class TestConnectionRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        db::Migrator(testDatabase.url()).migrate();
        pool = std::make_unique<db::ConnectionPool>(db::preparePoolLogin(testDatabase.url()), poolSize,
                                                    std::chrono::seconds(5));
        database = std::make_unique<db::Database>(*pool);
        backends = std::make_unique<DatabaseBackends>(testDatabase.url());
        pqxx::connection owner(testDatabase.url());
        pqxx::work tx(owner);
        tenantId =
            tx.exec(
                  "INSERT INTO tenants (name, slug) VALUES ('Recovery', 'recovery') RETURNING id::text")[0][0]
                .as<std::string>();
        tx.exec("INSERT INTO tenants (name, slug) VALUES ('Other', 'other-tenant')");
        tx.commit();
    }

    void idleConnectionsDroppedByTheServerAreReplacedUnseen()
    {
        fillPool();
        QCOMPARE(backends->terminateAll().all, static_cast<int>(poolSize));
        // Every idle connection is broken now, as after a failover; the first transaction finds
        // them all, and neither it nor the next ones may fail for it.
        for (std::size_t i = 0; i < poolSize; ++i) {
            QCOMPARE(outcomeOf([&] { database->inTenant(tenantId, sessionOf); }), QString("none"));
        }
        QCOMPARE(pool->stats().inUse, std::size_t{0});
    }

    void replacementsActAsTheAppRoleWithTheirSettingsAndStatements()
    {
        fillPool();
        backends->terminateAll();
        // whoAmI was prepared on the connections that are gone: the new ones prepare it anew.
        const auto tenant = database->inTenant(tenantId, sessionOf);
        QCOMPARE(tenant.actingAs, std::string("aih_app"));
        QCOMPARE(tenant.login, std::string(db::poolLoginRole));
        QCOMPARE(tenant.application, std::string("aihd"));
        QCOMPARE(tenant.tenant, tenantId);
        QCOMPARE(tenant.visibleTenants, 1); // row-level security in force: its own tenant only
        const auto platform = database->inPlatform(sessionOf);
        QCOMPARE(platform.actingAs, std::string("aih_app"));
        QCOMPARE(platform.visibleTenants, 0);
    }

    void tenantSettingEndsWithItsTransaction()
    {
        const auto tenant = database->inTenant(tenantId, sessionOf);
        // The connection just released is the next one handed out.
        const auto next = database->inPlatform(sessionOf);
        QCOMPARE(next.pid, tenant.pid);
        QCOMPARE(next.tenant, std::string());
        QCOMPARE(next.visibleTenants, 0);
    }

    void connectionLostDuringTheWorkIsA503AndTheWorkRunsOnce()
    {
        int runs = 0;
        const auto outcome = outcomeOf([&] {
            database->inTenant(tenantId, [&](db::Transaction& tx) {
                ++runs;
                backends->terminate(sessionOf(tx).pid);
                sessionOf(tx);
            });
        });
        QCOMPARE(outcome, QString("service_unavailable"));
        QCOMPARE(runs, 1);
        QCOMPARE(database->inTenant(tenantId, sessionOf).actingAs, std::string("aih_app"));
    }

    void connectionLostAtCommitIsA503()
    {
        // The COMMIT finds the connection gone: whether it committed is unknown, so the client
        // is told to retry (503), never that the server failed (500).
        const auto outcome = outcomeOf([&] {
            database->inTenant(tenantId,
                               [&](db::Transaction& tx) { backends->terminate(sessionOf(tx).pid); });
        });
        QCOMPARE(outcome, QString("service_unavailable"));
    }

    void statementWiseReadsCarryTheTenantAndLeaveNothingBehind()
    {
        const auto read = database->readInTenant(tenantId, sessionOf);
        QCOMPARE(read.actingAs, std::string("aih_app"));
        QCOMPARE(read.tenant, tenantId);
        QCOMPARE(read.visibleTenants, 1);
        const auto next = database->inPlatform(sessionOf);
        QCOMPARE(next.pid, read.pid);
        QCOMPARE(next.tenant, std::string());
        QCOMPARE(next.visibleTenants, 0);
        // Each statement carries its own scope: a switch to another tenant and back needs no
        // statement of its own, and cannot be left behind.
        const auto other = otherTenantId();
        database->readInTenant(tenantId, [&](db::Transaction& tx) {
            tx.asTenant(other, [&] { QCOMPARE(sessionOf(tx).tenant, other); });
            QCOMPARE(sessionOf(tx).tenant, tenantId);
        });
    }

    void statementWiseReadsCannotWrite()
    {
        QString state;
        try {
            database->readInTenant(tenantId, [](db::Transaction& tx) { tx.exec(renameTenant); });
        } catch (const pqxx::sql_error& error) {
            state = QString::fromStdString(error.sqlstate());
        }
        QCOMPARE(state, QString("25006")); // read_only_sql_transaction
        pqxx::connection owner(testDatabase.url());
        pqxx::nontransaction check(owner);
        QCOMPARE(check.exec("SELECT name FROM tenants WHERE slug = 'recovery'")[0][0].as<std::string>(),
                 std::string("Recovery"));
    }

    void statementWiseReadsSendParametersAsTheyAre()
    {
        // Sent as escaped literals, not bound: quotes, backslashes and an attempt to end the
        // statement arrive as text, a null as NULL.
        const std::string hostile = "it's \\ \"quoted\"'); UPDATE tenants SET name = 'x'; --";
        const auto row = database->readInTenant(tenantId, [&](db::Transaction& tx) {
            return tx.exec(echo, hostile, db::nullable(std::nullopt), 42)[0];
        });
        QCOMPARE(row["text"].as<std::string>(), hostile);
        QVERIFY(row["nothing"].is_null());
        QCOMPARE(row["number"].as<int>(), 42);
    }

    void statementWiseReadsSurviveDroppedConnections()
    {
        fillPool();
        QCOMPARE(backends->terminateAll().all, static_cast<int>(poolSize));
        for (std::size_t i = 0; i < poolSize; ++i) {
            QCOMPARE(outcomeOf([&] { database->readInTenant(tenantId, sessionOf); }), QString("none"));
        }
        // Dropped between two reads of the same work: a read changed nothing, so the second is
        // sent again on another connection, where a transaction's work would have been a 503.
        int runs = 0;
        int firstPid = 0;
        const auto second = database->readInTenant(tenantId, [&](db::Transaction& tx) {
            ++runs;
            firstPid = sessionOf(tx).pid;
            backends->terminate(firstPid);
            return sessionOf(tx);
        });
        QCOMPARE(runs, 1);
        QVERIFY(second.pid != firstPid);
        QCOMPARE(second.tenant, tenantId);
        QCOMPARE(pool->stats().inUse, std::size_t{0});
    }

private:
    std::string otherTenantId()
    {
        pqxx::connection owner(testDatabase.url());
        pqxx::nontransaction tx(owner);
        return tx.exec("SELECT id::text FROM tenants WHERE slug = 'other-tenant'")[0][0].as<std::string>();
    }

    /// Opens every connection the pool may hold, and returns them to it idle.
    void fillPool()
    {
        std::vector<db::ConnectionPool::Lease> leases;
        leases.reserve(poolSize);
        for (std::size_t i = 0; i < poolSize; ++i) {
            leases.push_back(pool->acquire());
        }
    }

    TestDatabase testDatabase;
    std::unique_ptr<db::ConnectionPool> pool;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<DatabaseBackends> backends;
    std::string tenantId;
};

QTEST_GUILESS_MAIN(TestConnectionRecovery)
#include "TestConnectionRecovery.moc"
