// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditStore.h"

#include "crypto/Hex.h"

namespace aih::audit {
namespace {

// "AUDT": advisory locks on (this, hash of tenant id) belong to audit chains.
constexpr db::Sql lockChainSql{"audit.lock_chain", R"sql(
    SELECT pg_advisory_xact_lock(1096107092, hashtext(aih_current_tenant()::text))
)sql"};

// The head is the last entry or, once retention has purged every entry, the purge's anchor.
constexpr db::Sql headSql{"audit.head", R"sql(
    SELECT coalesce(h.seq, 0) AS seq,
           coalesce(encode(h.hash, 'hex'), '') AS hash,
           (extract(epoch FROM greatest(clock_timestamp(), h.at)) * 1000000)::bigint AS next_micros
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (
               (SELECT seq, hash, occurred_at AS at
                  FROM audit_log
                 WHERE tenant_id = aih_current_tenant()
                 ORDER BY seq DESC
                 LIMIT 1)
               UNION ALL
               (SELECT through_seq, anchor_hash, anchor_at
                  FROM audit_purges
                 WHERE tenant_id = aih_current_tenant()
                 ORDER BY through_seq DESC
                 LIMIT 1)
               ORDER BY 1 DESC
               LIMIT 1
           ) h ON true
)sql"};

constexpr db::Sql insertEntrySql{"audit.insert", R"sql(
    INSERT INTO audit_log (tenant_id, seq, id, occurred_at, action, actor_type, actor_id, actor_role,
                           api_key_id, subject_id, resource_type, resource_id, ip_address, user_agent,
                           method, path, request_id, success, error_detail, metadata, actor_sealed,
                           subject_sealed, prev_hash, hash)
    VALUES ($1, $2, $3, 'epoch'::timestamptz + $4::bigint * interval '1 microsecond', $5, $6, $7, $8,
            $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, decode($21, 'hex'),
            decode($22, 'hex'), decode($23, 'hex'), decode($24, 'hex'))
)sql"};

constexpr db::Sql subjectKeySql{"audit.subject_key", R"sql(
      WITH ins AS (
               INSERT INTO audit_subject_keys (tenant_id, subject_id, wrapped_key)
               VALUES (aih_current_tenant(), $1, decode($2, 'hex'))
               ON CONFLICT DO NOTHING
               RETURNING wrapped_key
           )
    SELECT encode(wrapped_key, 'hex') AS wrapped_key
      FROM ins
     UNION ALL
    SELECT encode(wrapped_key, 'hex') AS wrapped_key
      FROM audit_subject_keys
     WHERE subject_id = $1
     LIMIT 1
)sql"};

// xmax is set on the row only when ON CONFLICT updated one that was there.
constexpr db::Sql eraseKeySql{"audit.erase_subject_key", R"sql(
    INSERT INTO audit_subject_keys (tenant_id, subject_id, wrapped_key, erased_at)
    VALUES (aih_current_tenant(), $1, NULL, now())
    ON CONFLICT (tenant_id, subject_id) DO UPDATE
       SET wrapped_key = NULL,
           erased_at = coalesce(audit_subject_keys.erased_at, now())
    RETURNING (xmax <> 0) AS existed
)sql"};

constexpr db::Sql purgeSql{"audit.purge", R"sql(
    SELECT rows_purged,
           through_seq,
           encode(anchor_hash, 'hex') AS anchor_hash,
           retention_days
      FROM aih_audit_purge()
)sql"};

std::optional<std::string> hexOf(const std::optional<std::string>& bytes)
{
    return bytes ? std::optional<std::string>(crypto::toHex(*bytes)) : std::nullopt;
}

} // namespace

void AuditStore::lockChain(db::Transaction& tx)
{
    tx.exec(lockChainSql);
}

ChainHead AuditStore::head(db::Transaction& tx)
{
    const auto row = tx.exec(headSql)[0];
    ChainHead head;
    head.seq = row["seq"].as<std::int64_t>();
    const auto hash = row["hash"].as<std::string>();
    head.hash = hash.empty() ? genesisHash() : crypto::fromHex(hash);
    head.nextMicros = row["next_micros"].as<std::int64_t>();
    return head;
}

void AuditStore::insert(db::Transaction& tx, const ChainEntry& e)
{
    const auto actorSealed = hexOf(e.actorSealed);
    const auto subjectSealed = hexOf(e.subjectSealed);
    tx.exec(insertEntrySql, e.tenantId, e.seq, e.id, e.occurredAtMicros, e.action, e.actorType,
            db::nullable(e.actorId), db::nullable(e.actorRole), db::nullable(e.apiKeyId),
            db::nullable(e.subjectId), db::nullable(e.resourceType), db::nullable(e.resourceId),
            db::nullable(e.ipAddress), db::nullable(e.userAgent), db::nullable(e.method),
            db::nullable(e.path), db::nullable(e.requestId), e.success, db::nullable(e.errorDetail),
            db::nullable(e.metadata), db::nullable(actorSealed), db::nullable(subjectSealed),
            crypto::toHex(e.prevHash), crypto::toHex(e.hash));
}

std::optional<std::string> AuditStore::subjectKey(db::Transaction& tx, const std::string& subjectId,
                                                  const std::string& candidateWrapped)
{
    const auto rows = tx.exec(subjectKeySql, subjectId, crypto::toHex(candidateWrapped));
    if (rows.empty() || rows[0]["wrapped_key"].is_null()) {
        return std::nullopt;
    }
    return crypto::fromHex(rows[0]["wrapped_key"].as<std::string>());
}

bool AuditStore::eraseSubjectKey(db::Transaction& tx, const std::string& subjectId)
{
    return tx.exec(eraseKeySql, subjectId)[0]["existed"].as<bool>();
}

std::optional<PurgeResult> AuditStore::purgeExpired(db::Transaction& tx)
{
    const auto rows = tx.exec(purgeSql);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    return PurgeResult{row["rows_purged"].as<std::int64_t>(), row["through_seq"].as<std::int64_t>(),
                       crypto::fromHex(row["anchor_hash"].as<std::string>()),
                       row["retention_days"].as<int>()};
}

} // namespace aih::audit
