// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ArchiveStore.h"

#include "offboarding/TenantTables.h"

#include <map>
#include <stdexcept>

namespace aih::offboarding {
namespace {

constexpr db::Sql lockForClosingSql{"offboarding.lock", R"sql(
    SELECT t.closed_at IS NOT NULL AS closed, t.deleted_at IS NOT NULL AS deleted,
           EXISTS (SELECT 1 FROM tenant_archives a WHERE a.tenant_id = t.id) AS archived
      FROM tenants t
     WHERE t.id = aih_current_tenant()
       FOR NO KEY UPDATE
)sql"};

constexpr db::Sql markClosedSql{"offboarding.mark_closed", R"sql(
    UPDATE tenants
       SET suspended_at = coalesce(suspended_at, now()),
           closed_at = now(),
           delete_after = now() + make_interval(days => $1),
           updated_at = now()
     WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql assetsAfterSql{"offboarding.assets_after", R"sql(
    SELECT a.ctid::text AS position, a.sha256, a.media_type, a.content
      FROM branding_assets a
     WHERE a.tenant_id = aih_current_tenant() AND a.ctid > $1::tid
     ORDER BY a.ctid
     LIMIT $2
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

constexpr db::Sql latestArchiveSql{"offboarding.latest_archive", R"sql(
    SELECT a.id, to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           a.byte_size, a.sha256, a.manifest::text AS manifest,
           (SELECT count(*) FROM tenant_archive_chunks c WHERE c.archive_id = a.id) AS chunks
      FROM tenant_archives a
     WHERE a.tenant_id = aih_current_tenant()
     ORDER BY a.created_at DESC
     LIMIT 1
)sql"};

constexpr db::Sql chunkSql{"offboarding.chunk", R"sql(
    SELECT data FROM tenant_archive_chunks WHERE archive_id = $1 AND seq = $2
)sql"};

constexpr db::Sql dueSql{"offboarding.due", "SELECT id FROM aih_tenants_due_for_deletion()"};
constexpr db::Sql deleteSql{"offboarding.delete", "SELECT aih_delete_closed_tenant() AS deleted"};

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
            made[name] = {"offboarding.rows." + name,
                          "SELECT t.ctid::text AS position, (to_jsonb(t) - '" +
                              std::string(archiveHiddenColumns) + "'::text[])::text AS row FROM " + name +
                              " t WHERE " + owner +
                              " = aih_current_tenant() AND t.ctid > $1::tid ORDER BY t.ctid LIMIT $2"};
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
    return ClosingState{rows[0]["closed"].as<bool>(), rows[0]["deleted"].as<bool>(),
                        rows[0]["archived"].as<bool>()};
}

void ArchiveStore::markClosed(db::Transaction& tx, int graceDays)
{
    tx.exec(markClosedSql, graceDays);
}

RowBatch ArchiveStore::rowsAfter(db::Transaction& tx, std::string_view table, const std::string& position,
                                 int limit)
{
    const auto& statement = statementFor(table);
    const auto rows = tx.exec(db::Sql{statement.name, statement.text}, position, limit);
    RowBatch batch;
    batch.rows.reserve(rows.size());
    for (const auto& row : rows) {
        batch.rows.push_back(row["row"].as<std::string>());
    }
    batch.lastPosition = rows.empty() ? position : rows.back()["position"].as<std::string>();
    return batch;
}

AssetBatch ArchiveStore::assetsAfter(db::Transaction& tx, const std::string& position, int limit)
{
    const auto rows = tx.exec(assetsAfterSql, position, limit);
    AssetBatch batch;
    for (const auto& row : rows) {
        const pqxx::binarystring content(row["content"]);
        batch.assets.push_back(
            {row["sha256"].as<std::string>(), row["media_type"].as<std::string>(), content.str()});
    }
    batch.lastPosition = rows.empty() ? position : rows.back()["position"].as<std::string>();
    return batch;
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

std::optional<ArchiveRecord> ArchiveStore::latestArchive(db::Transaction& tx)
{
    const auto rows = tx.exec(latestArchiveSql);
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

} // namespace aih::offboarding
