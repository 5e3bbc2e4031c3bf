// SPDX-License-Identifier: Apache-2.0
#include "auth/SessionStore.h"

namespace aih::auth {
namespace {

constexpr db::Sql createSessionSql{"sessions.create", R"sql(
    INSERT INTO sessions (tenant_id, user_id, ip_address, user_agent)
    VALUES (aih_current_tenant(), $1, $2, left($3, 512))
    RETURNING id
)sql"};

constexpr db::Sql addRefresh{"refresh.add", R"sql(
    INSERT INTO refresh_tokens (tenant_id, session_id, token_hash, expires_at)
    VALUES (aih_current_tenant(), $1, decode($2, 'hex'), now() + make_interval(secs => $3))
)sql"};

constexpr db::Sql findRefresh{"refresh.find_for_update", R"sql(
    SELECT r.id,
           r.session_id,
           s.user_id,
           r.used_at IS NOT NULL AS used,
           r.expires_at <= now() AS expired,
           s.revoked_at IS NOT NULL AS session_revoked
      FROM refresh_tokens r
      JOIN sessions s ON s.id = r.session_id
     WHERE r.token_hash = decode($1, 'hex')
       FOR UPDATE OF r, s
)sql"};

constexpr db::Sql markUsedSql{"refresh.mark_used", R"sql(
    WITH spent AS (
        UPDATE refresh_tokens
           SET used_at = now()
         WHERE id = $1
        RETURNING session_id
    )
    UPDATE sessions SET last_used_at = now() WHERE id = (SELECT session_id FROM spent)
)sql"};

constexpr db::Sql listLiveSql{"sessions.list_live", R"sql(
    SELECT id::text AS id,
           coalesce(ip_address, '') AS ip_address,
           coalesce(user_agent, '') AS user_agent,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_used_at_utc
      FROM sessions
     WHERE user_id = $1 AND revoked_at IS NULL
     ORDER BY last_used_at DESC, id
     LIMIT 200
)sql"};

constexpr db::Sql revokeOwnSql{"sessions.revoke_own", R"sql(
    UPDATE sessions
       SET revoked_at = now(),
           revoke_reason = $3
     WHERE id = $1::uuid AND user_id = $2 AND revoked_at IS NULL
    RETURNING id
)sql"};

constexpr db::Sql revokeSessionSql{"sessions.revoke", R"sql(
    UPDATE sessions
       SET revoked_at = now(),
           revoke_reason = $2
     WHERE id = $1
       AND revoked_at IS NULL
)sql"};

// $3: a session to keep (the one changing its own password), or '' for none.
constexpr db::Sql revokeUserSql{"sessions.revoke_user", R"sql(
    UPDATE sessions
       SET revoked_at = now(),
           revoke_reason = $2
     WHERE user_id = $1
       AND revoked_at IS NULL
       AND id IS DISTINCT FROM nullif($3, '')::uuid
    RETURNING id::text AS id
)sql"};

constexpr db::Sql activeRoleSql{"sessions.active_role", R"sql(
    SELECT u.role
      FROM users u
      JOIN sessions s ON s.user_id = u.id
     WHERE u.id = $1
       AND s.id = $2
       AND u.active
       AND s.revoked_at IS NULL
)sql"};

constexpr db::Sql activeKeyOwnerRoleSql{"sessions.active_key_owner_role", R"sql(
    SELECT u.role
      FROM api_keys k
      JOIN users u ON u.id = k.user_id
     WHERE k.id = $1
       AND k.revoked_at IS NULL
       AND (k.expires_at IS NULL OR k.expires_at > now())
       AND u.active
)sql"};

constexpr db::Sql tenantOfRefresh{"refresh.tenant", R"sql(
    SELECT aih_refresh_token_tenant(decode($1, 'hex')) AS tenant_id
)sql"};

RefreshTokenRow refreshTokenFrom(const pqxx::row& row)
{
    return RefreshTokenRow{row["id"].as<std::string>(),      row["session_id"].as<std::string>(),
                           row["user_id"].as<std::string>(), row["used"].as<bool>(),
                           row["expired"].as<bool>(),        row["session_revoked"].as<bool>()};
}

} // namespace

std::string SessionStore::createSession(db::Transaction& tx, const std::string& userId, const std::string& ip,
                                        const std::string& userAgent)
{
    return tx.exec(createSessionSql, userId, ip, userAgent)[0]["id"].as<std::string>();
}

void SessionStore::addRefreshToken(db::Transaction& tx, const std::string& sessionId,
                                   const std::string& tokenHashHex, std::chrono::seconds ttl)
{
    tx.exec(addRefresh, sessionId, tokenHashHex, static_cast<double>(ttl.count()));
}

std::optional<RefreshTokenRow> SessionStore::findRefreshTokenForUpdate(db::Transaction& tx,
                                                                       const std::string& hashHex)
{
    const auto result = tx.exec(findRefresh, hashHex);
    if (result.empty()) {
        return std::nullopt;
    }
    return refreshTokenFrom(result[0]);
}

void SessionStore::markUsed(db::Transaction& tx, const std::string& refreshTokenId)
{
    tx.exec(markUsedSql, refreshTokenId);
}

std::vector<LiveSession> SessionStore::liveSessions(db::Transaction& tx, const std::string& userId)
{
    std::vector<LiveSession> sessions;
    for (const auto& row : tx.exec(listLiveSql, userId)) {
        sessions.push_back({row["id"].as<std::string>(), row["ip_address"].as<std::string>(),
                            row["user_agent"].as<std::string>(), row["created_at_utc"].as<std::string>(),
                            row["last_used_at_utc"].as<std::string>()});
    }
    return sessions;
}

bool SessionStore::revokeUserSession(db::Transaction& tx, const std::string& userId,
                                     const std::string& sessionId, const std::string& reason)
{
    return !tx.exec(revokeOwnSql, sessionId, userId, reason).empty();
}

void SessionStore::revokeSession(db::Transaction& tx, const std::string& sessionId, const std::string& reason)
{
    tx.exec(revokeSessionSql, sessionId, reason);
}

std::vector<std::string> SessionStore::revokeUserSessions(db::Transaction& tx, const std::string& userId,
                                                          const std::string& reason,
                                                          const std::string& keepSessionId)
{
    std::vector<std::string> ended;
    for (const auto& row : tx.exec(revokeUserSql, userId, reason, keepSessionId)) {
        ended.push_back(row["id"].as<std::string>());
    }
    return ended;
}

std::optional<Role> SessionStore::activeRole(db::Transaction& tx, const std::string& userId,
                                             const std::string& sessionId)
{
    const auto result = tx.exec(activeRoleSql, userId, sessionId);
    if (result.empty()) {
        return std::nullopt;
    }
    return roleFromName(result[0]["role"].as<std::string>());
}

std::optional<Role> SessionStore::activeKeyOwnerRole(db::Transaction& tx, const std::string& apiKeyId)
{
    const auto result = tx.exec(activeKeyOwnerRoleSql, apiKeyId);
    if (result.empty()) {
        return std::nullopt;
    }
    return roleFromName(result[0]["role"].as<std::string>());
}

std::optional<std::string> SessionStore::tenantOfRefreshToken(db::Transaction& tx, const std::string& hashHex)
{
    const auto result = tx.exec(tenantOfRefresh, hashHex);
    if (result.empty() || result[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return result[0]["tenant_id"].as<std::string>();
}

} // namespace aih::auth
