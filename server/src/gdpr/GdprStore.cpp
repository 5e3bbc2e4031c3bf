// SPDX-License-Identifier: Apache-2.0
#include "gdpr/GdprStore.h"

namespace aih::gdpr {
namespace {

#define AIH_UTC(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

constexpr db::Sql sessionsSql{"gdpr.sessions",
                              "SELECT id, " AIH_UTC("created_at") ", ip_address, user_agent, " AIH_UTC(
                                  "revoked_at") ", revoke_reason FROM sessions WHERE user_id = $1 "
                                                "ORDER BY created_at, id"};
// The stand-in address is unique per user (the email index is unique per tenant) and says
// what happened; `.invalid` can never be a real domain (RFC 2606).
constexpr db::Sql eraseUserSql{
    "gdpr.erase_user", "UPDATE users SET email = 'erased-' || id || '@erased.invalid', name = NULL, "
                       "password_hash = NULL, active = false, last_login_at = NULL, erased_at = now(), "
                       "updated_at = now() WHERE id = $1 AND erased_at IS NULL"};
constexpr db::Sql eraseSessionsSql{"gdpr.erase_sessions",
                                   "UPDATE sessions SET ip_address = NULL, user_agent = NULL, "
                                   "revoked_at = coalesce(revoked_at, now()), "
                                   "revoke_reason = coalesce(revoke_reason, 'erased') WHERE user_id = $1"};
constexpr db::Sql eraseKeysSql{"gdpr.erase_keys",
                               "UPDATE api_keys SET name = 'erased', "
                               "revoked_at = coalesce(revoked_at, now()) WHERE user_id = $1"};
constexpr db::Sql auditCountSql{"gdpr.audit_count",
                                "SELECT count(*) FROM audit_log WHERE tenant_id = aih_current_tenant() AND "
                                "(actor_id = $1 OR subject_id = $1)"};

#undef AIH_UTC

std::optional<std::string> text(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

} // namespace

std::vector<SessionRecord> GdprStore::sessions(db::Transaction& tx, const std::string& userId)
{
    std::vector<SessionRecord> sessions;
    for (const auto& row : tx.exec(sessionsSql, userId)) {
        sessions.push_back({row[0].as<std::string>(), row[1].as<std::string>(), text(row[2]), text(row[3]),
                            text(row[4]), text(row[5])});
    }
    return sessions;
}

void GdprStore::erase(db::Transaction& tx, const std::string& userId)
{
    for (const auto* sql : {&eraseUserSql, &eraseSessionsSql, &eraseKeysSql}) {
        tx.exec(*sql, userId);
    }
}

std::int64_t GdprStore::auditEntriesAbout(db::Transaction& tx, const std::string& userId)
{
    return tx.exec(auditCountSql, userId)[0][0].as<std::int64_t>();
}

} // namespace aih::gdpr
