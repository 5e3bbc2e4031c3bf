// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimTokenStore.h"

namespace aih::scim {
namespace {

constexpr db::Sql createdAtSql{"scim_tokens.created_at", R"sql(
    SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc
      FROM scim_tokens
)sql"};

constexpr db::Sql replaceSql{"scim_tokens.replace", R"sql(
    INSERT INTO scim_tokens (tenant_id, token_hash, created_by)
    VALUES (aih_current_tenant(), decode($1, 'hex'), $2::uuid)
    ON CONFLICT (tenant_id) DO UPDATE
       SET token_hash = excluded.token_hash, created_by = excluded.created_by, created_at = now()
    RETURNING to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc
)sql"};

constexpr db::Sql tenantOfSql{"scim_tokens.tenant_of", R"sql(
    SELECT aih_scim_token_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

} // namespace

std::optional<std::string> ScimTokenStore::createdAt(db::Transaction& tx)
{
    const auto rows = tx.exec(createdAtSql);
    return rows.empty() ? std::nullopt : std::optional(rows[0]["created_at_utc"].as<std::string>());
}

std::string ScimTokenStore::replace(db::Transaction& tx, const std::string& tokenHash,
                                    const std::string& createdBy)
{
    return tx.exec(replaceSql, tokenHash, createdBy)[0]["created_at_utc"].as<std::string>();
}

std::optional<std::string> ScimTokenStore::tenantOf(db::Transaction& tx, const std::string& tokenHash)
{
    const auto rows = tx.exec(tenantOfSql, tokenHash);
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

} // namespace aih::scim
