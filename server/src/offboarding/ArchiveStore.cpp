// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ArchiveStore.h"

#include "offboarding/TenantTables.h"

#include <map>
#include <stdexcept>

namespace aih::offboarding {
namespace {

constexpr db::Sql lockForClosingSql{"offboarding.lock", R"sql(
    SELECT t.id = aih_platform_tenant_id() AS platform, t.closed_at IS NOT NULL AS closed,
           t.deleted_at IS NOT NULL AS deleted, t.closing_archive_id IS NOT NULL AS archived
      FROM tenants t
     WHERE t.id = aih_current_tenant()
       FOR NO KEY UPDATE
)sql"};

constexpr db::Sql lockForDeletionSql{"offboarding.lock_for_deletion", R"sql(
    SELECT 1 FROM tenants WHERE id = aih_current_tenant() FOR UPDATE
)sql"};

constexpr db::Sql closedBeforeSql{"offboarding.closed_before", R"sql(
    SELECT coalesce(closed_at < $1::timestamptz, false) AS current FROM tenants WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql markClosedSql{"offboarding.mark_closed", R"sql(
    UPDATE tenants
       SET suspended_at = coalesce(suspended_at, now()),
           closed_at = now(),
           delete_after = now() + make_interval(days => $1),
           updated_at = now()
     WHERE id = aih_current_tenant()
)sql"};

// One cursor at a time, read to its end in the archive's snapshot transaction: a table's rows
// stream through it in batches whatever the table's size, with no sort and no rescans.
constexpr db::Sql openAssetsSql{"offboarding.open_assets", R"sql(
    DECLARE archive_rows NO SCROLL CURSOR FOR
    SELECT a.sha256, a.media_type, a.content
      FROM branding_assets a
     WHERE a.tenant_id = aih_current_tenant()
)sql"};
constexpr db::Sql fetchRowsSql{"offboarding.fetch_rows", "FETCH 1000 FROM archive_rows"};
constexpr db::Sql fetchAssetsSql{"offboarding.fetch_assets", "FETCH 16 FROM archive_rows"};
constexpr db::Sql closeCursorSql{"offboarding.close_cursor", "CLOSE archive_rows"};
constexpr db::Sql snapshotTimeSql{"offboarding.snapshot_time", R"sql(
    SELECT to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
)sql"};

constexpr db::Sql insertArchiveSql{"offboarding.insert_archive", R"sql(
    INSERT INTO tenant_archives (tenant_id, operator_id, byte_size, sha256, manifest)
    VALUES (aih_current_tenant(), nullif($1, '')::uuid, $2, $3, $4::jsonb)
    RETURNING id
)sql"};

constexpr db::Sql insertChunkSql{"offboarding.insert_chunk", R"sql(
    INSERT INTO tenant_archive_chunks (archive_id, tenant_id, seq, data)
    VALUES ($1, aih_current_tenant(), $2, $3)
)sql"};

constexpr db::Sql attachArchiveSql{"offboarding.attach_archive", R"sql(
    UPDATE tenants SET closing_archive_id = $1, updated_at = now() WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql closingArchiveSql{"offboarding.closing_archive", R"sql(
    SELECT a.id, to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           a.byte_size, a.sha256, a.manifest::text AS manifest,
           (SELECT count(*) FROM tenant_archive_chunks c WHERE c.archive_id = a.id) AS chunks
      FROM tenants t
      JOIN tenant_archives a ON a.id = t.closing_archive_id
     WHERE t.id = aih_current_tenant()
)sql"};

constexpr db::Sql chunkSql{"offboarding.chunk", R"sql(
    SELECT data FROM tenant_archive_chunks WHERE archive_id = $1 AND seq = $2
)sql"};

constexpr db::Sql dueSql{"offboarding.due", "SELECT id FROM aih_tenants_due_for_deletion()"};
constexpr db::Sql deleteSql{"offboarding.delete", "SELECT aih_delete_closed_tenant() AS deleted"};
constexpr db::Sql expireSql{"offboarding.expire",
                            "SELECT tenant::text AS tenant_id FROM aih_expire_tenant_archives($1) AS tenant"};

/// One statement per archived table, made once: the table names are ours, never a caller's.
struct TableStatement
{
    std::string name;
    std::string text;
};

const TableStatement& statementFor(std::string_view table)
{
    static const auto statements = [] {
        std::map<std::string, TableStatement, std::less<>> made;
        for (const auto& each : tenantTables()) {
            if (!each.leftOutBecause.empty()) {
                continue;
            }
            const std::string name(each.name);
            const std::string owner = name == "tenants" ? "t.id" : "t.tenant_id";
            made[name] = {"offboarding.open_rows." + name,
                          "DECLARE archive_rows NO SCROLL CURSOR FOR SELECT (to_jsonb(t) - '" +
                              std::string(archiveHiddenColumns) + "'::text[])::text AS row FROM " + name +
                              " t WHERE " + owner + " = aih_current_tenant()"};
        }
        return made;
    }();
    const auto found = statements.find(table);
    if (found == statements.end()) {
        throw std::logic_error("not an archived table: " + std::string(table));
    }
    return found->second;
}

} // namespace

std::optional<ClosingState> ArchiveStore::lockForClosing(db::Transaction& tx)
{
    const auto rows = tx.exec(lockForClosingSql);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    return ClosingState{row["platform"].as<bool>(), row["closed"].as<bool>(), row["deleted"].as<bool>(),
                        row["archived"].as<bool>()};
}

bool ArchiveStore::lockForDeletion(db::Transaction& tx)
{
    return !tx.exec(lockForDeletionSql).empty();
}

bool ArchiveStore::closedBefore(db::Transaction& tx, const std::string& snapshotAt)
{
    const auto rows = tx.exec(closedBeforeSql, snapshotAt);
    return !rows.empty() && rows[0]["current"].as<bool>();
}

void ArchiveStore::markClosed(db::Transaction& tx, int graceDays)
{
    tx.exec(markClosedSql, graceDays);
}

void ArchiveStore::openRows(db::Transaction& tx, std::string_view table)
{
    const auto& statement = statementFor(table);
    tx.exec(db::Sql{statement.name, statement.text});
}

std::vector<std::string> ArchiveStore::fetchRows(db::Transaction& tx)
{
    const auto rows = tx.exec(fetchRowsSql);
    std::vector<std::string> batch;
    batch.reserve(rows.size());
    for (const auto& row : rows) {
        batch.push_back(row["row"].as<std::string>());
    }
    return batch;
}

void ArchiveStore::openAssets(db::Transaction& tx)
{
    tx.exec(openAssetsSql);
}

std::vector<AssetFile> ArchiveStore::fetchAssets(db::Transaction& tx)
{
    std::vector<AssetFile> batch;
    for (const auto& row : tx.exec(fetchAssetsSql)) {
        batch.push_back({row["sha256"].as<std::string>(), row["media_type"].as<std::string>(),
                         pqxx::binarystring(row["content"]).str()});
    }
    return batch;
}

void ArchiveStore::closeCursor(db::Transaction& tx)
{
    tx.exec(closeCursorSql);
}

std::string ArchiveStore::snapshotTime(db::Transaction& tx)
{
    return tx.exec(snapshotTimeSql)[0]["at"].as<std::string>();
}

std::string ArchiveStore::insertArchive(db::Transaction& tx, const std::string& operatorId,
                                        std::int64_t byteSize, const std::string& sha256,
                                        const std::string& manifestJson)
{
    return tx.exec(insertArchiveSql, operatorId, byteSize, sha256, manifestJson)[0]["id"].as<std::string>();
}

void ArchiveStore::insertChunk(db::Transaction& tx, const std::string& archiveId, int seq,
                               std::string_view bytes)
{
    const pqxx::binarystring data(bytes.data(), bytes.size());
    tx.exec(insertChunkSql, archiveId, seq, data);
}

void ArchiveStore::attachArchive(db::Transaction& tx, const std::string& archiveId)
{
    tx.exec(attachArchiveSql, archiveId);
}

std::optional<ArchiveRecord> ArchiveStore::closingArchive(db::Transaction& tx)
{
    const auto rows = tx.exec(closingArchiveSql);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    return ArchiveRecord{row["id"].as<std::string>(),         row["created_at_utc"].as<std::string>(),
                         row["byte_size"].as<std::int64_t>(), row["sha256"].as<std::string>(),
                         row["manifest"].as<std::string>(),   row["chunks"].as<int>()};
}

std::string ArchiveStore::chunk(db::Transaction& tx, const std::string& archiveId, int seq)
{
    const auto rows = tx.exec(chunkSql, archiveId, seq);
    if (rows.empty()) {
        throw std::runtime_error("an archive chunk is missing");
    }
    return pqxx::binarystring(rows[0]["data"]).str();
}

std::vector<std::string> ArchiveStore::dueForDeletion(db::Transaction& tx)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(dueSql)) {
        ids.push_back(row["id"].as<std::string>());
    }
    return ids;
}

bool ArchiveStore::deleteIfDue(db::Transaction& tx)
{
    return tx.exec(deleteSql)[0]["deleted"].as<bool>();
}

std::vector<std::string> ArchiveStore::expireArchives(db::Transaction& tx, int keepDays)
{
    std::vector<std::string> tenants;
    for (const auto& row : tx.exec(expireSql, keepDays)) {
        tenants.push_back(row["tenant_id"].as<std::string>());
    }
    return tenants;
}

} // namespace aih::offboarding
