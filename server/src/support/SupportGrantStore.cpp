// SPDX-License-Identifier: Apache-2.0
#include "support/SupportGrantStore.h"

namespace aih::support {
namespace {

// The one reading of grants: all of the tenant's, or the one `$2` names ('': all).
constexpr db::Sql selectSql{"support.select", R"sql(
    SELECT g.id, coalesce(g.granted_by::text, '') AS granted_by, g.reason,
           extract(epoch FROM g.created_at)::bigint AS created_at,
           extract(epoch FROM g.expires_at)::bigint AS expires_at,
           coalesce(extract(epoch FROM g.revoked_at)::bigint, 0) AS revoked_at,
           g.opened_count,
           coalesce(extract(epoch FROM g.last_opened_at)::bigint, 0) AS last_opened_at,
           coalesce(g.last_opened_by, '') AS last_opened_by,
           aih_support_grant_in_force(g) AS active
      FROM support_grants g
     WHERE g.tenant_id = aih_current_tenant() AND ($2 = '' OR g.id = nullif($2, '')::uuid)
     ORDER BY g.created_at DESC, g.id
     LIMIT $1
)sql"};

constexpr db::Sql insertSql{"support.insert", R"sql(
    INSERT INTO support_grants (tenant_id, granted_by, reason, expires_at)
    VALUES (aih_current_tenant(), $1::uuid, $3, now() + make_interval(mins => $2))
    RETURNING id
)sql"};

// Revoking an ended grant changes nothing (it keeps how it ended).
constexpr db::Sql revokeSql{"support.revoke", R"sql(
    UPDATE support_grants AS g
       SET revoked_at = now(), revoked_by = $2::uuid
     WHERE g.id = $1::uuid AND g.tenant_id = aih_current_tenant() AND aih_support_grant_in_force(g)
)sql"};

// The grant ending last, if several are in force; locked, so a revocation waits for the opening.
constexpr db::Sql openSql{"support.open", R"sql(
    UPDATE support_grants AS g
       SET opened_count = g.opened_count + 1, last_opened_at = now(), last_opened_by = $1
     WHERE g.id = (SELECT c.id FROM support_grants c
                    WHERE c.tenant_id = aih_current_tenant() AND aih_support_grant_in_force(c)
                    ORDER BY c.expires_at DESC, c.id
                    LIMIT 1
                      FOR UPDATE)
    RETURNING g.id
)sql"};

constexpr db::Sql isActiveSql{"support.is_active", R"sql(
    SELECT 1 FROM support_grants g
     WHERE g.id = $1::uuid AND g.tenant_id = aih_current_tenant() AND aih_support_grant_in_force(g)
)sql"};

SupportGrant grantFrom(const pqxx::row& row)
{
    SupportGrant grant;
    grant.id = row["id"].as<std::string>();
    grant.grantedBy = row["granted_by"].as<std::string>();
    grant.reason = row["reason"].as<std::string>();
    grant.createdAt = row["created_at"].as<std::int64_t>();
    grant.expiresAt = row["expires_at"].as<std::int64_t>();
    grant.revokedAt = row["revoked_at"].as<std::int64_t>();
    grant.openedCount = row["opened_count"].as<int>();
    grant.lastOpenedAt = row["last_opened_at"].as<std::int64_t>();
    grant.lastOpenedBy = row["last_opened_by"].as<std::string>();
    grant.active = row["active"].as<bool>();
    return grant;
}

} // namespace

SupportGrant SupportGrantStore::insert(db::Transaction& tx, const std::string& grantedBy, int minutes,
                                       const std::string& reason)
{
    return *find(tx, tx.exec(insertSql, grantedBy, minutes, reason)[0]["id"].as<std::string>());
}

std::vector<SupportGrant> SupportGrantStore::list(db::Transaction& tx, int limit)
{
    std::vector<SupportGrant> grants;
    for (const auto& row : tx.exec(selectSql, limit, std::string())) {
        grants.push_back(grantFrom(row));
    }
    return grants;
}

std::optional<SupportGrant> SupportGrantStore::find(db::Transaction& tx, const std::string& id)
{
    const auto rows = tx.exec(selectSql, 1, id);
    return rows.empty() ? std::nullopt : std::optional(grantFrom(rows[0]));
}

bool SupportGrantStore::revoke(db::Transaction& tx, const std::string& id, const std::string& revokedBy)
{
    return tx.exec(revokeSql, id, revokedBy).affected_rows() > 0;
}

std::optional<SupportGrant> SupportGrantStore::open(db::Transaction& tx, const std::string& operatorId)
{
    const auto opened = tx.exec(openSql, operatorId);
    return opened.empty() ? std::nullopt : find(tx, opened[0]["id"].as<std::string>());
}

bool SupportGrantStore::isActive(db::Transaction& tx, const std::string& id)
{
    return !tx.exec(isActiveSql, id).empty();
}

} // namespace aih::support
