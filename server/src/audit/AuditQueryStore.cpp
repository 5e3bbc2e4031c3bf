// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditQueryStore.h"

namespace aih::audit {
namespace {

#define AIH_AUDIT_COLUMNS                                                                                    \
    "a.seq, a.id, (extract(epoch FROM a.occurred_at) * 1000000)::bigint, a.action, a.actor_type, "           \
    "a.actor_id, a.actor_role, a.api_key_id, a.subject_id, a.resource_type, a.resource_id, a.ip_address, "   \
    "a.user_agent, a.method, a.path, a.request_id, a.success, a.error_detail, a.metadata::text, "            \
    "encode(a.actor_sealed, 'hex'), encode(a.subject_sealed, 'hex'), encode(a.prev_hash, 'hex'), "           \
    "encode(a.hash, 'hex'), a.tenant_id"
#define AIH_AUDIT_KEYED_COLUMNS                                                                              \
    AIH_AUDIT_COLUMNS ", encode(ak.wrapped_key, 'hex'), encode(sk.wrapped_key, 'hex')"
#define AIH_AUDIT_KEYED_FROM                                                                                 \
    " FROM audit_log a LEFT JOIN audit_subject_keys ak ON ak.tenant_id = a.tenant_id AND "                   \
    "ak.subject_id = a.actor_id LEFT JOIN audit_subject_keys sk ON sk.tenant_id = a.tenant_id AND "          \
    "sk.subject_id = a.subject_id "
// Optional filters as NULL-or-match. Each execution is planned for the values actually given, so
// the filters not given fold away and the index that serves the rest is used: the page query runs
// with plan_cache_mode=force_custom_plan, and a cursor's query is planned when it is declared.
// Free text goes through aih_audit_search (see 0003_audit.sql) to reach its trigram index, in a
// statement of its own: under an OR the planner could not turn it into a join and would test
// every row of the tenant against it.
#define AIH_AUDIT_RANGE                                                                                      \
    "a.tenant_id = aih_current_tenant() AND ($1::timestamptz IS NULL OR a.occurred_at >= $1) "               \
    "AND ($2::timestamptz IS NULL OR a.occurred_at < $2) "
#define AIH_AUDIT_FIELDS                                                                                     \
    AIH_AUDIT_RANGE                                                                                          \
    "AND ($3::text IS NULL OR a.action = $3) AND ($4::uuid IS NULL OR a.actor_id = $4) "                     \
    "AND ($5::boolean IS NULL OR a.success = $5) "
#define AIH_AUDIT_FILTER AIH_AUDIT_FIELDS "AND $6::text IS NULL "
#define AIH_AUDIT_SEARCH AIH_AUDIT_FIELDS "AND a.seq IN (SELECT s.seq FROM aih_audit_search($6) s) "
#define AIH_AUDIT_PAGE(filter)                                                                               \
    "SELECT " AIH_AUDIT_KEYED_COLUMNS AIH_AUDIT_KEYED_FROM "WHERE " filter                                   \
    "AND ($7::bigint IS NULL OR (a.occurred_at, a.seq) < ('epoch'::timestamptz + $7::bigint * "              \
    "interval '1 microsecond', $8::bigint)) ORDER BY a.occurred_at DESC, a.seq DESC LIMIT $9"
#define AIH_AUDIT_OPEN_ROWS(filter)                                                                          \
    "DECLARE audit_rows NO SCROLL CURSOR FOR SELECT " AIH_AUDIT_KEYED_COLUMNS AIH_AUDIT_KEYED_FROM           \
    "WHERE " filter "ORDER BY a.occurred_at, a.seq"

constexpr db::Sql customPlans{"audit.custom_plans",
                              "SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"};
constexpr db::Sql pageSql{"audit.page", AIH_AUDIT_PAGE(AIH_AUDIT_FILTER)};
constexpr db::Sql pageSearchSql{"audit.page_search", AIH_AUDIT_PAGE(AIH_AUDIT_SEARCH)};
constexpr db::Sql openRowsSql{"audit.open_rows", AIH_AUDIT_OPEN_ROWS(AIH_AUDIT_FILTER)};
constexpr db::Sql openRowsSearchSql{"audit.open_rows_search", AIH_AUDIT_OPEN_ROWS(AIH_AUDIT_SEARCH)};
constexpr db::Sql openSubjectRowsSql{
    "audit.open_subject_rows",
    "DECLARE audit_rows NO SCROLL CURSOR FOR SELECT " AIH_AUDIT_KEYED_COLUMNS AIH_AUDIT_KEYED_FROM
    "WHERE a.tenant_id = aih_current_tenant() AND (a.actor_id = $1 OR a.subject_id = $1) ORDER BY a.seq"};
constexpr db::Sql fetchRowsSql{"audit.fetch_rows", "FETCH 500 FROM audit_rows"};
constexpr db::Sql openChainSql{"audit.open_chain",
                               "DECLARE audit_chain NO SCROLL CURSOR FOR SELECT " AIH_AUDIT_COLUMNS
                               " FROM audit_log a WHERE a.tenant_id = aih_current_tenant() ORDER BY a.seq"};
constexpr db::Sql fetchChainSql{"audit.fetch_chain", "FETCH 2000 FROM audit_chain"};
constexpr db::Sql countByActionSql{
    "audit.count_by_action",
    "SELECT a.action, count(*), count(*) FILTER (WHERE NOT a.success) FROM audit_log a WHERE " AIH_AUDIT_RANGE
    "GROUP BY a.action ORDER BY a.action"};
constexpr db::Sql adminActionsSql{
    "audit.admin_actions", "SELECT a.actor_id, a.action, count(*) FROM audit_log a WHERE " AIH_AUDIT_RANGE
                           "AND a.actor_role = 'admin' GROUP BY 1, 2 ORDER BY 1, 2"};
constexpr db::Sql failedSignInsSql{
    "audit.failed_sign_ins",
    "SELECT count(*), count(DISTINCT a.subject_id) FROM audit_log a WHERE " AIH_AUDIT_RANGE
    "AND a.action = 'auth.login' AND NOT a.success"};

#undef AIH_AUDIT_OPEN_ROWS
#undef AIH_AUDIT_PAGE
#undef AIH_AUDIT_SEARCH
#undef AIH_AUDIT_FILTER
#undef AIH_AUDIT_FIELDS
#undef AIH_AUDIT_RANGE
#undef AIH_AUDIT_KEYED_FROM
#undef AIH_AUDIT_KEYED_COLUMNS
#undef AIH_AUDIT_COLUMNS

std::optional<std::string> text(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

std::optional<std::string> bytes(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(fromHex(field.as<std::string>()));
}

ChainEntry readEntry(const pqxx::row& row)
{
    ChainEntry e;
    e.seq = row[0].as<std::int64_t>();
    e.id = row[1].as<std::string>();
    e.occurredAtMicros = row[2].as<std::int64_t>();
    e.action = row[3].as<std::string>();
    e.actorType = row[4].as<std::string>();
    std::optional<std::string>* columns[] = {&e.actorId,      &e.actorRole,  &e.apiKeyId,  &e.subjectId,
                                             &e.resourceType, &e.resourceId, &e.ipAddress, &e.userAgent,
                                             &e.method,       &e.path,       &e.requestId};
    pqxx::row::size_type index = 5;
    for (auto* column : columns) {
        *column = text(row[index++]);
    }
    e.success = row[16].as<bool>();
    e.errorDetail = text(row[17]);
    e.metadata = text(row[18]);
    e.actorSealed = bytes(row[19]);
    e.subjectSealed = bytes(row[20]);
    e.prevHash = fromHex(row[21].as<std::string>());
    e.hash = fromHex(row[22].as<std::string>());
    e.tenantId = row[23].as<std::string>();
    return e;
}

std::vector<StoredEntry> readStored(const pqxx::result& rows)
{
    std::vector<StoredEntry> entries;
    entries.reserve(rows.size());
    for (const auto& row : rows) {
        entries.push_back({readEntry(row), bytes(row[24]), bytes(row[25])});
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

void AuditQueryStore::openRows(db::Transaction& tx, const AuditFilter& f)
{
    const auto success = successText(f.success);
    tx.exec(f.text ? openRowsSearchSql : openRowsSql, db::nullable(f.from), db::nullable(f.to),
            db::nullable(f.action), db::nullable(f.userId), db::nullable(success), db::nullable(f.text));
}

void AuditQueryStore::openSubjectRows(db::Transaction& tx, const std::string& userId)
{
    tx.exec(openSubjectRowsSql, userId);
}

std::vector<StoredEntry> AuditQueryStore::fetchRows(db::Transaction& tx)
{
    return readStored(tx.exec(fetchRowsSql));
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
        entries.push_back(readEntry(row));
    }
    return entries;
}

std::vector<ActionCount> AuditQueryStore::countByAction(db::Transaction& tx, const AuditFilter& range)
{
    std::vector<ActionCount> counts;
    for (const auto& row : tx.exec(countByActionSql, db::nullable(range.from), db::nullable(range.to))) {
        counts.push_back({row[0].as<std::string>(), row[1].as<std::int64_t>(), row[2].as<std::int64_t>()});
    }
    return counts;
}

std::vector<ActorActionCount> AuditQueryStore::adminActions(db::Transaction& tx, const AuditFilter& range)
{
    std::vector<ActorActionCount> counts;
    for (const auto& row : tx.exec(adminActionsSql, db::nullable(range.from), db::nullable(range.to))) {
        counts.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::int64_t>()});
    }
    return counts;
}

std::pair<std::int64_t, std::int64_t> AuditQueryStore::failedSignIns(db::Transaction& tx,
                                                                     const AuditFilter& range)
{
    const auto row = tx.exec(failedSignInsSql, db::nullable(range.from), db::nullable(range.to))[0];
    return {row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
}

} // namespace aih::audit
