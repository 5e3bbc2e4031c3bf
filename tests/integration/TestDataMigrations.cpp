// SPDX-License-Identifier: Apache-2.0
// Migrations that rewrite rows already there: the database as the migrations before left it,
// rows written the old way, then the rest of the migrations. The migrator alone.
#include "TestDatabase.h"
#include "db/Migrator.h"

#include <QtTest>
#include <algorithm>
#include <pqxx/pqxx>

using namespace aih;
using namespace aih::test;

namespace {

/// The embedded migrations before `version`.
std::span<const db::Migration> before(int version)
{
    const auto all = db::embeddedMigrations();
    const auto end =
        std::find_if(all.begin(), all.end(), [version](const auto& m) { return m.version >= version; });
    return all.first(static_cast<std::size_t>(end - all.begin()));
}

} // namespace

class TestDataMigrations : public QObject
{
    Q_OBJECT

private slots:
    void thePlatformTenantFindsASlugWhenCustomersTookBoth()
    {
        TestDatabase database;
        db::Migrator migrator(database.url());
        migrator.migrate(before(30));
        {
            pqxx::connection owner(database.url());
            pqxx::work tx(owner);
            tx.exec(
                "INSERT INTO tenants (name, slug) VALUES ('P', 'platform'), ('PO', 'platform-operators')");
            tx.commit();
        }
        migrator.migrate();
        pqxx::connection owner(database.url());
        pqxx::nontransaction tx(owner);
        const auto slug =
            tx.exec1("SELECT slug FROM tenants WHERE id = aih_platform_tenant_id()")[0].as<std::string>();
        QVERIFY2(slug.starts_with("platform-operators-") && slug.size() == 27, slug.c_str());
    }

    void supportGrantOpenersBecomeOperatorIds()
    {
        TestDatabase database;
        db::Migrator migrator(database.url());
        migrator.migrate(before(38));
        std::string operatorId;
        {
            pqxx::connection owner(database.url());
            pqxx::work tx(owner);
            operatorId =
                tx.exec1("INSERT INTO users (tenant_id, email, role) VALUES (aih_platform_tenant_id(), "
                         "'dana@platform.example', 'admin') RETURNING id::text")[0]
                    .as<std::string>();
            const auto tenant =
                tx.exec1("INSERT INTO tenants (name, slug) VALUES ('Acme', 'acme') RETURNING id::text")[0]
                    .as<std::string>();
            for (const auto* opener : {"Dana@Platform.example", "gone@platform.example"}) {
                tx.exec_params(
                    "INSERT INTO support_grants (tenant_id, expires_at, opened_count, last_opened_by) "
                    "VALUES ($1, now() + interval '1 day', 1, $2)",
                    tenant, opener);
            }
            tx.commit();
        }
        migrator.migrate();
        pqxx::connection owner(database.url());
        pqxx::nontransaction tx(owner);
        QStringList openers;
        for (const auto& row : tx.exec("SELECT last_opened_by FROM support_grants ORDER BY last_opened_by")) {
            openers << QString::fromStdString(row[0].as<std::string>());
        }
        QCOMPARE(openers, QStringList({QString::fromStdString(operatorId), "erased"}));
        // Row-level security forced again on both tables it lifted it from.
        QCOMPARE(tx.exec1("SELECT count(*) FROM pg_class WHERE relname IN ('support_grants', 'users') "
                          "AND relforcerowsecurity")[0]
                     .as<int>(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDataMigrations)
#include "TestDataMigrations.moc"
