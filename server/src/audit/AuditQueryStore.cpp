// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditQueryStore.h"

#include "crypto/Hex.h"

namespace aih::audit {
namespace {

// Every statement that reads entries names the same columns, read by entryFrom() and storedEntryFrom().
// The acting user's current address and name come from users, for readers to see who acted
// (never from the chain, which holds ids only): none once the user is erased.
//
// Optional filters as NULL-or-match. Each execution is planned for the values actually given, so
// the filters not given fold away and the index that serves the rest is used: the page query runs
// with plan_cache_mode=force_custom_plan, and a cursor's query is planned when it is declared.
// Free text goes through aih_audit_search (see 0003_audit.sql) to reach its trigram index, in a
// statement of its own: under an OR the planner could not turn it into a join and would test
// every row of the tenant against it.
constexpr db::Sql customPlans{"audit.custom_plans", R"sql(
    SELECT set_config('plan_cache_mode', 'force_custom_plan', true)
)sql"};

constexpr db::Sql pageSql{"audit.page", R"sql(
    SELECT a.seq,
           a.id,
           (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
           a.action,
           a.actor_type,
           a.actor_id,
           a.actor_role,
           a.api_key_id,
           a.subject_id,
           a.resource_type,
           a.resource_id,
           a.ip_address,
           a.user_agent,
           a.method,
           a.path,
           a.request_id,
           a.success,
           a.error_detail,
           a.metadata::text AS metadata,
           encode(a.actor_sealed, 'hex') AS actor_sealed,
           encode(a.subject_sealed, 'hex') AS subject_sealed,
           encode(a.prev_hash, 'hex') AS prev_hash,
           encode(a.hash, 'hex') AS hash,
           a.tenant_id,
           encode(ak.wrapped_key, 'hex') AS actor_key,
           encode(sk.wrapped_key, 'hex') AS subject_key,
           actor.email AS actor_email,
           actor.name AS actor_name
      FROM audit_log a
      LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND ak.subject_id = a.actor_id
      LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND sk.subject_id = a.subject_id
      LEFT JOIN users actor ON actor.id = a.actor_id AND actor.erased_at IS NULL
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND ($3::text IS NULL OR a.action = $3)
       AND ($4::uuid IS NULL OR a.actor_id = $4)
       AND ($5::boolean IS NULL OR a.success = $5)
       AND $6::text IS NULL
       AND ($7::bigint IS NULL
            OR (a.occurred_at, a.seq)
               < ('epoch'::timestamptz + $7::bigint * interval '1 microsecond', $8::bigint))
     ORDER BY a.occurred_at DESC, a.seq DESC
     LIMIT $9
)sql"};

constexpr db::Sql pageSearchSql{"audit.page_search", R"sql(
    SELECT a.seq,
           a.id,
           (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
           a.action,
           a.actor_type,
           a.actor_id,
           a.actor_role,
           a.api_key_id,
           a.subject_id,
           a.resource_type,
           a.resource_id,
           a.ip_address,
           a.user_agent,
           a.method,
           a.path,
           a.request_id,
           a.success,
           a.error_detail,
           a.metadata::text AS metadata,
           encode(a.actor_sealed, 'hex') AS actor_sealed,
           encode(a.subject_sealed, 'hex') AS subject_sealed,
           encode(a.prev_hash, 'hex') AS prev_hash,
           encode(a.hash, 'hex') AS hash,
           a.tenant_id,
           encode(ak.wrapped_key, 'hex') AS actor_key,
           encode(sk.wrapped_key, 'hex') AS subject_key,
           actor.email AS actor_email,
           actor.name AS actor_name
      FROM audit_log a
      LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND ak.subject_id = a.actor_id
      LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND sk.subject_id = a.subject_id
      LEFT JOIN users actor ON actor.id = a.actor_id AND actor.erased_at IS NULL
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND ($3::text IS NULL OR a.action = $3)
       AND ($4::uuid IS NULL OR a.actor_id = $4)
       AND ($5::boolean IS NULL OR a.success = $5)
       AND a.seq IN (SELECT s.seq FROM aih_audit_search($6) s)
       AND ($7::bigint IS NULL
            OR (a.occurred_at, a.seq)
               < ('epoch'::timestamptz + $7::bigint * interval '1 microsecond', $8::bigint))
     ORDER BY a.occurred_at DESC, a.seq DESC
     LIMIT $9
)sql"};

// Exports read oldest first in keyset batches, each in a transaction of its own, up to the
// head they started from (see AuditService::exportRows).
constexpr db::Sql rowsAfterSql{"audit.rows_after", R"sql(
    SELECT a.seq,
           a.id,
           (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
           a.action,
           a.actor_type,
           a.actor_id,
           a.actor_role,
           a.api_key_id,
           a.subject_id,
           a.resource_type,
           a.resource_id,
           a.ip_address,
           a.user_agent,
           a.method,
           a.path,
           a.request_id,
           a.success,
           a.error_detail,
           a.metadata::text AS metadata,
           encode(a.actor_sealed, 'hex') AS actor_sealed,
           encode(a.subject_sealed, 'hex') AS subject_sealed,
           encode(a.prev_hash, 'hex') AS prev_hash,
           encode(a.hash, 'hex') AS hash,
           a.tenant_id,
           encode(ak.wrapped_key, 'hex') AS actor_key,
           encode(sk.wrapped_key, 'hex') AS subject_key,
           actor.email AS actor_email,
           actor.name AS actor_name
      FROM audit_log a
      LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND ak.subject_id = a.actor_id
      LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND sk.subject_id = a.subject_id
      LEFT JOIN users actor ON actor.id = a.actor_id AND actor.erased_at IS NULL
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND ($3::text IS NULL OR a.action = $3)
       AND ($4::uuid IS NULL OR a.actor_id = $4)
       AND ($5::boolean IS NULL OR a.success = $5)
       AND $6::text IS NULL
       AND a.seq <= $7
       AND ($8::bigint IS NULL
            OR (a.occurred_at, a.seq)
               > ('epoch'::timestamptz + $8::bigint * interval '1 microsecond', $9::bigint))
     ORDER BY a.occurred_at, a.seq
     LIMIT $10
)sql"};

constexpr db::Sql rowsAfterSearchSql{"audit.rows_after_search", R"sql(
    SELECT a.seq,
           a.id,
           (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
           a.action,
           a.actor_type,
           a.actor_id,
           a.actor_role,
           a.api_key_id,
           a.subject_id,
           a.resource_type,
           a.resource_id,
           a.ip_address,
           a.user_agent,
           a.method,
           a.path,
           a.request_id,
           a.success,
           a.error_detail,
           a.metadata::text AS metadata,
           encode(a.actor_sealed, 'hex') AS actor_sealed,
           encode(a.subject_sealed, 'hex') AS subject_sealed,
           encode(a.prev_hash, 'hex') AS prev_hash,
           encode(a.hash, 'hex') AS hash,
           a.tenant_id,
           encode(ak.wrapped_key, 'hex') AS actor_key,
           encode(sk.wrapped_key, 'hex') AS subject_key,
           actor.email AS actor_email,
           actor.name AS actor_name
      FROM audit_log a
      LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND ak.subject_id = a.actor_id
      LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND sk.subject_id = a.subject_id
      LEFT JOIN users actor ON actor.id = a.actor_id AND actor.erased_at IS NULL
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND ($3::text IS NULL OR a.action = $3)
       AND ($4::uuid IS NULL OR a.actor_id = $4)
       AND ($5::boolean IS NULL OR a.success = $5)
       AND a.seq IN (SELECT s.seq FROM aih_audit_search($6) s)
       AND a.seq <= $7
       AND ($8::bigint IS NULL
            OR (a.occurred_at, a.seq)
               > ('epoch'::timestamptz + $8::bigint * interval '1 microsecond', $9::bigint))
     ORDER BY a.occurred_at, a.seq
     LIMIT $10
)sql"};

constexpr db::Sql subjectRowsAfterSql{"audit.subject_rows_after", R"sql(
    SELECT a.seq,
           a.id,
           (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
           a.action,
           a.actor_type,
           a.actor_id,
           a.actor_role,
           a.api_key_id,
           a.subject_id,
           a.resource_type,
           a.resource_id,
           a.ip_address,
           a.user_agent,
           a.method,
           a.path,
           a.request_id,
           a.success,
           a.error_detail,
           a.metadata::text AS metadata,
           encode(a.actor_sealed, 'hex') AS actor_sealed,
           encode(a.subject_sealed, 'hex') AS subject_sealed,
           encode(a.prev_hash, 'hex') AS prev_hash,
           encode(a.hash, 'hex') AS hash,
           a.tenant_id,
           encode(ak.wrapped_key, 'hex') AS actor_key,
           encode(sk.wrapped_key, 'hex') AS subject_key,
           actor.email AS actor_email,
           actor.name AS actor_name
      FROM audit_log a
      LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND ak.subject_id = a.actor_id
      LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND sk.subject_id = a.subject_id
      LEFT JOIN users actor ON actor.id = a.actor_id AND actor.erased_at IS NULL
     WHERE a.tenant_id = aih_current_tenant()
       AND (a.actor_id = $1 OR a.subject_id = $1)
       AND a.seq > $2
       AND a.seq <= $3
     ORDER BY a.seq
     LIMIT $4
)sql"};

constexpr db::Sql lastSeqSql{"audit.last_seq", R"sql(
    SELECT coalesce(max(a.seq), 0) AS seq
      FROM audit_log a
     WHERE a.tenant_id = aih_current_tenant()
)sql"};

constexpr db::Sql openChainSql{"audit.open_chain", R"sql(
    DECLARE audit_chain NO SCROLL CURSOR FOR
        SELECT a.seq,
               a.id,
               (extract(epoch FROM a.occurred_at) * 1000000)::bigint AS occurred_at_micros,
               a.action,
               a.actor_type,
               a.actor_id,
               a.actor_role,
               a.api_key_id,
               a.subject_id,
               a.resource_type,
               a.resource_id,
               a.ip_address,
               a.user_agent,
               a.method,
               a.path,
               a.request_id,
               a.success,
               a.error_detail,
               a.metadata::text AS metadata,
               encode(a.actor_sealed, 'hex') AS actor_sealed,
               encode(a.subject_sealed, 'hex') AS subject_sealed,
               encode(a.prev_hash, 'hex') AS prev_hash,
               encode(a.hash, 'hex') AS hash,
               a.tenant_id
          FROM audit_log a
         WHERE a.tenant_id = aih_current_tenant()
         ORDER BY a.seq
)sql"};

constexpr db::Sql fetchChainSql{"audit.fetch_chain", R"sql(
    FETCH 2000 FROM audit_chain
)sql"};

constexpr db::Sql countByActionSql{"audit.count_by_action", R"sql(
    SELECT a.action,
           count(*) AS total,
           count(*) FILTER (WHERE NOT a.success) AS failures
      FROM audit_log a
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
     GROUP BY a.action
     ORDER BY a.action
)sql"};

constexpr db::Sql adminActionsSql{"audit.admin_actions", R"sql(
    SELECT a.actor_id,
           a.action,
           count(*) AS actions
      FROM audit_log a
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND a.actor_role = 'admin'
     GROUP BY 1, 2
     ORDER BY 1, 2
)sql"};

constexpr db::Sql failedSignInsSql{"audit.failed_sign_ins", R"sql(
    SELECT count(*) AS failures,
           count(DISTINCT a.subject_id) AS accounts
      FROM audit_log a
     WHERE a.tenant_id = aih_current_tenant()
       AND ($1::timestamptz IS NULL OR a.occurred_at >= $1)
       AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
       AND a.action = 'auth.login'
       AND NOT a.success
)sql"};

std::optional<std::string> text(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

std::optional<std::string> bytes(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt
                           : std::optional<std::string>(crypto::fromHex(field.as<std::string>()));
}

ChainEntry entryFrom(const pqxx::row& row)
{
    ChainEntry e;
    e.seq = row["seq"].as<std::int64_t>();
    e.id = row["id"].as<std::string>();
    e.occurredAtMicros = row["occurred_at_micros"].as<std::int64_t>();
    e.action = row["action"].as<std::string>();
    e.actorType = row["actor_type"].as<std::string>();
    e.actorId = text(row["actor_id"]);
    e.actorRole = text(row["actor_role"]);
    e.apiKeyId = text(row["api_key_id"]);
    e.subjectId = text(row["subject_id"]);
    e.resourceType = text(row["resource_type"]);
    e.resourceId = text(row["resource_id"]);
    e.ipAddress = text(row["ip_address"]);
    e.userAgent = text(row["user_agent"]);
    e.method = text(row["method"]);
    e.path = text(row["path"]);
    e.requestId = text(row["request_id"]);
    e.success = row["success"].as<bool>();
    e.errorDetail = text(row["error_detail"]);
    e.metadata = text(row["metadata"]);
    e.actorSealed = bytes(row["actor_sealed"]);
    e.subjectSealed = bytes(row["subject_sealed"]);
    e.prevHash = crypto::fromHex(row["prev_hash"].as<std::string>());
    e.hash = crypto::fromHex(row["hash"].as<std::string>());
    e.tenantId = row["tenant_id"].as<std::string>();
    return e;
}

StoredEntry storedEntryFrom(const pqxx::row& row)
{
    return {entryFrom(row), bytes(row["actor_key"]), bytes(row["subject_key"]), text(row["actor_email"]),
            text(row["actor_name"])};
}

std::vector<StoredEntry> readStored(const pqxx::result& rows)
{
    std::vector<StoredEntry> entries;
    entries.reserve(rows.size());
    for (const auto& row : rows) {
        entries.push_back(storedEntryFrom(row));
    }
    return entries;
}

std::optional<std::string> successText(const std::optional<bool>& success)
{
    return success ? std::optional<std::string>(*success ? "true" : "false") : std::nullopt;
}

} // namespace

std::vector<StoredEntry> AuditQueryStore::page(db::Transaction& tx, const AuditFilter& f,
                                               const std::optional<AuditPosition>& after, int limit)
{
    tx.exec(customPlans);
    const auto success = successText(f.success);
    const auto micros = after ? std::optional<std::string>(std::to_string(after->micros)) : std::nullopt;
    const auto seq = after ? std::optional<std::string>(std::to_string(after->seq)) : std::nullopt;
    return readStored(tx.exec(f.text ? pageSearchSql : pageSql, db::nullable(f.from), db::nullable(f.to),
                              db::nullable(f.action), db::nullable(f.userId), db::nullable(success),
                              db::nullable(f.text), db::nullable(micros), db::nullable(seq), limit));
}

std::vector<StoredEntry> AuditQueryStore::rowsAfter(db::Transaction& tx, const AuditFilter& f,
                                                    const std::optional<AuditPosition>& after,
                                                    std::int64_t throughSeq, int limit)
{
    tx.exec(customPlans);
    const auto success = successText(f.success);
    const auto micros = after ? std::optional<std::string>(std::to_string(after->micros)) : std::nullopt;
    const auto seq = after ? std::optional<std::string>(std::to_string(after->seq)) : std::nullopt;
    return readStored(tx.exec(f.text ? rowsAfterSearchSql : rowsAfterSql, db::nullable(f.from),
                              db::nullable(f.to), db::nullable(f.action), db::nullable(f.userId),
                              db::nullable(success), db::nullable(f.text), throughSeq, db::nullable(micros),
                              db::nullable(seq), limit));
}

std::vector<StoredEntry> AuditQueryStore::subjectRowsAfter(db::Transaction& tx, const std::string& userId,
                                                           std::int64_t afterSeq, std::int64_t throughSeq,
                                                           int limit)
{
    return readStored(tx.exec(subjectRowsAfterSql, userId, afterSeq, throughSeq, limit));
}

std::int64_t AuditQueryStore::lastSeq(db::Transaction& tx)
{
    return tx.exec(lastSeqSql)[0]["seq"].as<std::int64_t>();
}

void AuditQueryStore::openChain(db::Transaction& tx)
{
    tx.exec(openChainSql);
}

std::vector<ChainEntry> AuditQueryStore::fetchChain(db::Transaction& tx)
{
    const auto rows = tx.exec(fetchChainSql);
    std::vector<ChainEntry> entries;
    entries.reserve(rows.size());
    for (const auto& row : rows) {
        entries.push_back(entryFrom(row));
    }
    return entries;
}

std::vector<ActionCount> AuditQueryStore::countByAction(db::Transaction& tx, const AuditFilter& range)
{
    std::vector<ActionCount> counts;
    for (const auto& row : tx.exec(countByActionSql, db::nullable(range.from), db::nullable(range.to))) {
        counts.push_back({row["action"].as<std::string>(), row["total"].as<std::int64_t>(),
                          row["failures"].as<std::int64_t>()});
    }
    return counts;
}

std::vector<ActorActionCount> AuditQueryStore::adminActions(db::Transaction& tx, const AuditFilter& range)
{
    std::vector<ActorActionCount> counts;
    for (const auto& row : tx.exec(adminActionsSql, db::nullable(range.from), db::nullable(range.to))) {
        counts.push_back({row["actor_id"].as<std::string>(), row["action"].as<std::string>(),
                          row["actions"].as<std::int64_t>()});
    }
    return counts;
}

std::pair<std::int64_t, std::int64_t> AuditQueryStore::failedSignIns(db::Transaction& tx,
                                                                     const AuditFilter& range)
{
    const auto row = tx.exec(failedSignInsSql, db::nullable(range.from), db::nullable(range.to))[0];
    return {row["failures"].as<std::int64_t>(), row["accounts"].as<std::int64_t>()};
}

} // namespace aih::audit
