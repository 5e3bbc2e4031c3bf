// SPDX-License-Identifier: Apache-2.0
#include "db/Migrator.h"

#include <pqxx/pqxx>
#include <set>

namespace aih::db {
namespace {

// Any constant shared by every aihd; "aihmigr" in ASCII.
constexpr long long migrationLockKey = 0x6169686d696772LL;

} // namespace

Migrator::Migrator(std::string ownerUrl) : ownerUrl_(std::move(ownerUrl)) {}

std::vector<int> Migrator::migrate(std::span<const Migration> migrations)
{
    pqxx::connection connection(ownerUrl_);
    pqxx::work tx(connection);
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", migrationLockKey);
    tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())");
    std::set<int> applied;
    for (const auto& row : tx.exec("SELECT version FROM schema_migrations")) {
        applied.insert(row[0].as<int>());
    }
    std::vector<int> done;
    for (const auto& migration : migrations) {
        if (applied.contains(migration.version)) {
            continue;
        }
        tx.exec(std::string(migration.sql));
        tx.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                       std::string(migration.name));
        done.push_back(migration.version);
    }
    // readyz, running as the application role, checks that the schema is current.
    tx.exec("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aih_app') THEN "
            "GRANT SELECT ON schema_migrations TO aih_app; END IF; END $$");
    tx.commit();
    return done;
}

bool Migrator::isCurrent(std::span<const Migration> migrations)
{
    pqxx::connection connection(ownerUrl_);
    pqxx::read_transaction tx(connection);
    const auto exists = tx.exec("SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0].as<bool>();
    if (!exists) {
        return migrations.empty();
    }
    const auto count = tx.exec("SELECT count(*) FROM schema_migrations")[0][0].as<std::size_t>();
    return count >= migrations.size();
}

} // namespace aih::db
