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

private:
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
