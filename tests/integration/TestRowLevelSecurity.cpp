// SPDX-License-Identifier: Apache-2.0
// The database itself confines the application role to one tenant, whatever the code does.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

class TestRowLevelSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        a = createTenant(client(), "rls-a");
        b = createTenant(client(), "rls-b");
        connection = std::make_unique<pqxx::connection>(live->database.url());
    }

    void appRoleWithoutTenantSeesNothing_data()
    {
        QTest::addColumn<QString>("table");
        for (const auto* table : {"tenants", "users", "sessions", "refresh_tokens"}) {
            QTest::newRow(table) << table;
        }
    }

    void appRoleWithoutTenantSeesNothing()
    {
        QFETCH(QString, table);
        pqxx::work tx(*connection);
        QVERIFY(tx.exec("SELECT count(*) FROM " + table.toStdString())[0][0].as<int>() >= 2);
        tx.exec("SET LOCAL ROLE aih_app");
        QCOMPARE(tx.exec("SELECT count(*) FROM " + table.toStdString())[0][0].as<int>(), 0);
    }

    void appRoleWithTenantSeesOnlyThatTenant()
    {
        pqxx::work tx(*connection);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", a.id.toStdString());
        const auto rows = tx.exec("SELECT DISTINCT tenant_id::text FROM users");
        QCOMPARE(rows.size(), pqxx::result::size_type(1));
        QCOMPARE(QString::fromStdString(rows[0][0].as<std::string>()), a.id);
        QCOMPARE(tx.exec("SELECT count(*) FROM tenants")[0][0].as<int>(), 1);
    }

    void appRoleCannotWriteIntoAnotherTenant()
    {
        pqxx::work tx(*connection);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", a.id.toStdString());
        QVERIFY_THROWS_EXCEPTION(
            pqxx::sql_error,
            tx.exec_params("INSERT INTO users (tenant_id, email) VALUES ($1, 'x@evil.example')",
                           b.id.toStdString()));
    }

    void appRoleCannotUpdateAnotherTenantsRows()
    {
        pqxx::work tx(*connection);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", a.id.toStdString());
        const auto updated =
            tx.exec_params("UPDATE users SET role = 'user' WHERE tenant_id = $1", b.id.toStdString());
        QCOMPARE(updated.affected_rows(), 0);
    }

    void appRoleCannotBypassRowLevelSecurity()
    {
        pqxx::work tx(*connection);
        const auto role = tx.exec("SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'aih_app'");
        QCOMPARE(role.size(), pqxx::result::size_type(1));
        QCOMPARE(role[0][0].as<bool>(), false);
        QCOMPARE(role[0][1].as<bool>(), false);
        tx.exec("SET LOCAL ROLE aih_app");
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error,
                                 tx.exec("SET LOCAL row_security = off; SELECT count(*) FROM users"));
    }

    // The second wall: the tables' owner is held to the policies too (superusers alone are not),
    // so a table whose RLS is only enabled is a table the owner's rights would open.
    void everyTableWithRowLevelSecurityIsForced()
    {
        pqxx::work tx(*connection);
        const auto loose = tx.exec("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                   "AND relkind = 'r' AND relrowsecurity AND NOT relforcerowsecurity");
        QVERIFY2(loose.empty(), loose.empty() ? "" : loose[0][0].c_str());
        const auto unguarded = tx.exec(
            "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = "
            "'tenant_id' "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND NOT c.relrowsecurity");
        QVERIFY2(unguarded.empty(), unguarded.empty() ? "" : unguarded[0][0].c_str());
    }

    // The pool's login has no rights of its own: a path that skipped SET ROLE would get errors,
    // not rows. It is no superuser, cannot bypass RLS, and owns nothing.
    void poolLoginHasNoRightsBeyondBecomingTheAppRole()
    {
        auto poolUrl = live->database.url();
        poolUrl.replace(poolUrl.find("aih@"), 4, "aih_pool@");
        pqxx::connection pool(poolUrl);
        {
            pqxx::work tx(pool);
            QVERIFY_THROWS_EXCEPTION(pqxx::insufficient_privilege, tx.exec("SELECT count(*) FROM tenants"));
        }
        {
            pqxx::work tx(pool);
            const auto rights = tx.exec("SELECT r.rolsuper, r.rolbypassrls, r.rolinherit, "
                                        "EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid) FROM "
                                        "pg_roles r WHERE r.rolname = "
                                        "session_user");
            QCOMPARE(rights[0][0].as<bool>(), false);
            QCOMPARE(rights[0][1].as<bool>(), false);
            QCOMPARE(rights[0][2].as<bool>(), false);
            QCOMPARE(rights[0][3].as<bool>(), false);
            tx.exec("SET LOCAL ROLE aih_app");
            QCOMPARE(tx.exec("SELECT count(*) FROM tenants")[0][0].as<int>(), 0);
        }
    }

    // The cross-tenant lookups run as a role nobody logs in as, not as the owner.
    void definerFunctionsRunAsTheDefinerRole()
    {
        pqxx::work tx(*connection);
        const auto owned =
            tx.exec("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                    "AND p.prosecdef AND p.proowner <> 'aih_definer'::regrole");
        QVERIFY2(owned.empty(), owned.empty() ? "" : owned[0][0].c_str());
        const auto definer = tx.exec("SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles "
                                     "WHERE rolname = 'aih_definer'");
        QCOMPARE(definer[0][0].as<bool>(), false);
        QCOMPARE(definer[0][1].as<bool>(), false);
        QCOMPARE(definer[0][2].as<bool>(), false);
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> connection;
    TenantFixture a;
    TenantFixture b;
};

QTEST_GUILESS_MAIN(TestRowLevelSecurity)
#include "TestRowLevelSecurity.moc"
