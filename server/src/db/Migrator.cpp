// SPDX-License-Identifier: Apache-2.0
#include "db/Migrator.h"

#include "db/Sql.h"

#include <pqxx/pqxx>
#include <set>

namespace aih::db {
namespace {

// Any constant shared by every aihd; "aihmigr" in ASCII.
constexpr long long migrationLockKey = 0x6169686d696772LL;

// These run on the owner's connection, outside the pool: they are not prepared, and their names
// only label them.
constexpr Sql lockSql{"migrations.lock", R"sql(
    SELECT pg_advisory_xact_lock($1)
)sql"};

constexpr Sql createTableSql{"migrations.create_table", R"sql(
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )
)sql"};

constexpr Sql appliedSql{"migrations.applied", R"sql(
    SELECT version FROM schema_migrations
)sql"};

constexpr Sql recordSql{"migrations.record", R"sql(
    INSERT INTO schema_migrations (version, name) VALUES ($1, $2)
)sql"};

// readyz, running as the application role, checks that the schema is current.
constexpr Sql grantSql{"migrations.grant", R"sql(
    DO $$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aih_app') THEN
            GRANT SELECT ON schema_migrations TO aih_app;
        END IF;
    END $$
)sql"};

constexpr Sql tableExistsSql{"migrations.table_exists", R"sql(
    SELECT to_regclass('schema_migrations') IS NOT NULL AS table_exists
)sql"};

constexpr Sql countSql{"migrations.count", R"sql(
    SELECT count(*) AS applied FROM schema_migrations
)sql"};

} // namespace

Migrator::Migrator(std::string ownerUrl) : ownerUrl_(std::move(ownerUrl)) {}

std::vector<int> Migrator::migrate(std::span<const Migration> migrations)
{
    pqxx::connection connection(ownerUrl_);
    pqxx::work tx(connection);
    tx.exec_params(std::string(lockSql.text), migrationLockKey);
    tx.exec(std::string(createTableSql.text));
    std::set<int> applied;
    for (const auto& row : tx.exec(std::string(appliedSql.text))) {
        applied.insert(row["version"].as<int>());
    }
    std::vector<int> done;
    for (const auto& migration : migrations) {
        if (applied.contains(migration.version)) {
            continue;
        }
        tx.exec(std::string(migration.sql));
        tx.exec_params(std::string(recordSql.text), migration.version, std::string(migration.name));
        done.push_back(migration.version);
    }
    tx.exec(std::string(grantSql.text));
    tx.commit();
    return done;
}

bool Migrator::isCurrent(std::span<const Migration> migrations)
{
    pqxx::connection connection(ownerUrl_);
    pqxx::read_transaction tx(connection);
    const auto exists = tx.exec(std::string(tableExistsSql.text))[0]["table_exists"].as<bool>();
    if (!exists) {
        return migrations.empty();
    }
    const auto count = tx.exec(std::string(countSql.text))[0]["applied"].as<std::size_t>();
    return count >= migrations.size();
}

} // namespace aih::db
