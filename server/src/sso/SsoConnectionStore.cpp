// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoConnectionStore.h"

#include "crypto/Hex.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <sstream>

namespace aih::sso {
namespace {

constexpr db::Sql listConnectionsSql{"sso_connections.list", R"sql(
    SELECT id,
           tenant_id,
           name,
           protocol,
           enabled,
           issuer,
           coalesce(idp_metadata, '') AS idp_metadata,
           client_id,
           coalesce(encode(client_secret, 'hex'), '') AS client_secret,
           scopes,
           groups_claim,
           role_map::text AS role_map,
           default_role,
           require_sso,
           coalesce(break_glass_user_id::text, '') AS break_glass_user_id,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at_utc
      FROM sso_connections
     ORDER BY created_at, id
)sql"};

constexpr db::Sql insertConnectionSql{"sso_connections.insert", R"sql(
    INSERT INTO sso_connections (tenant_id, name, protocol, enabled, issuer, client_id, client_secret, scopes,
                                 groups_claim, role_map, default_role, require_sso, break_glass_user_id,
                                 idp_metadata)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, decode(nullif($6, ''), 'hex'), $7, $8, $9::jsonb, $10,
            $11, nullif($12, '')::uuid, nullif($13, ''))
    RETURNING id
)sql"};

constexpr db::Sql updateSql{"sso_connections.update", R"sql(
    UPDATE sso_connections
       SET name = $2, enabled = $3, issuer = $4, client_id = $5, client_secret = decode(nullif($6, ''), 'hex'),
           scopes = $7, groups_claim = $8, role_map = $9::jsonb, default_role = $10, require_sso = $11,
           break_glass_user_id = nullif($12, '')::uuid, idp_metadata = nullif($13, ''), updated_at = now()
     WHERE id = $1::uuid
)sql"};

constexpr db::Sql isSamlSql{"sso_connections.is_saml", R"sql(
    SELECT aih_sso_is_saml_connection($1::uuid) AS saml
)sql"};

constexpr db::Sql removeConnectionSql{"sso_connections.remove", R"sql(
    DELETE FROM sso_connections WHERE id = $1::uuid
)sql"};

// A domain with no connection of its own is served by the tenant's connections.
constexpr db::Sql passwordRefusedSql{"sso_connections.password_refused", R"sql(
    SELECT EXISTS (
        SELECT 1
          FROM sso_domains d
          JOIN sso_connections c ON d.connection_id IS NULL OR c.id = d.connection_id
         WHERE d.status = 'verified'
           AND d.domain = lower(split_part($1, '@', 2))
           AND c.enabled
           AND c.require_sso
           AND c.break_glass_user_id IS DISTINCT FROM $2::uuid
    ) AS refused
)sql"};

std::string roleMapText(const std::map<std::string, Role>& roles)
{
    Poco::JSON::Object object;
    for (const auto& [group, role] : roles) {
        object.set(group, std::string(roleName(role)));
    }
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

std::map<std::string, Role> roleMapFromColumn(const std::string& text)
{
    std::map<std::string, Role> roles;
    const auto object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    for (const auto& [group, value] : *object) {
        if (const auto role = roleFromName(value.toString())) {
            roles.emplace(group, *role);
        }
    }
    return roles;
}

SsoConnection connectionOf(const pqxx::row& row)
{
    SsoConnection connection;
    connection.id = row["id"].as<std::string>();
    connection.tenantId = row["tenant_id"].as<std::string>();
    connection.name = row["name"].as<std::string>();
    connection.protocol = row["protocol"].as<std::string>();
    connection.enabled = row["enabled"].as<bool>();
    connection.issuer = row["issuer"].as<std::string>();
    connection.idpMetadata = row["idp_metadata"].as<std::string>();
    connection.clientId = row["client_id"].as<std::string>();
    connection.sealedClientSecret = crypto::fromHex(row["client_secret"].as<std::string>());
    connection.scopes = row["scopes"].as<std::string>();
    connection.mapping.groupsClaim = row["groups_claim"].as<std::string>();
    connection.mapping.groupRoles = roleMapFromColumn(row["role_map"].as<std::string>());
    connection.mapping.defaultRole = roleFromName(row["default_role"].as<std::string>()).value_or(Role::User);
    connection.requireSso = row["require_sso"].as<bool>();
    connection.breakGlassUserId = row["break_glass_user_id"].as<std::string>();
    connection.createdAt = row["created_at_utc"].as<std::string>();
    connection.updatedAt = row["updated_at_utc"].as<std::string>();
    return connection;
}

} // namespace

Role mappedRole(const RoleMapping& mapping, const std::vector<std::string>& groups)
{
    std::optional<Role> best;
    for (const auto& group : groups) {
        const auto found = mapping.groupRoles.find(group);
        if (found != mapping.groupRoles.end() && (!best || found->second > *best)) {
            best = found->second;
        }
    }
    return best.value_or(mapping.defaultRole);
}

std::vector<SsoConnection> SsoConnectionStore::list(db::Transaction& tx)
{
    std::vector<SsoConnection> connections;
    for (const auto& row : tx.exec(listConnectionsSql)) {
        connections.push_back(connectionOf(row));
    }
    return connections;
}

// A tenant has a handful of connections: one statement reads them all.
std::optional<SsoConnection> SsoConnectionStore::find(db::Transaction& tx, const std::string& id)
{
    for (auto& connection : list(tx)) {
        if (connection.id == id) {
            return std::move(connection);
        }
    }
    return std::nullopt;
}

std::optional<SsoConnection> SsoConnectionStore::firstEnabled(db::Transaction& tx)
{
    for (auto& connection : list(tx)) {
        if (connection.enabled) {
            return std::move(connection);
        }
    }
    return std::nullopt;
}

std::string SsoConnectionStore::insert(db::Transaction& tx, const SsoConnection& c)
{
    return tx
        .exec(insertConnectionSql, c.name, c.protocol, c.enabled, c.issuer, c.clientId,
              crypto::toHex(c.sealedClientSecret), c.scopes, c.mapping.groupsClaim,
              roleMapText(c.mapping.groupRoles), std::string(roleName(c.mapping.defaultRole)), c.requireSso,
              c.breakGlassUserId, c.idpMetadata)[0]["id"]
        .as<std::string>();
}

void SsoConnectionStore::update(db::Transaction& tx, const SsoConnection& c)
{
    tx.exec(updateSql, c.id, c.name, c.enabled, c.issuer, c.clientId, crypto::toHex(c.sealedClientSecret),
            c.scopes, c.mapping.groupsClaim, roleMapText(c.mapping.groupRoles),
            std::string(roleName(c.mapping.defaultRole)), c.requireSso, c.breakGlassUserId, c.idpMetadata);
}

bool SsoConnectionStore::remove(db::Transaction& tx, const std::string& id)
{
    return tx.exec(removeConnectionSql, id).affected_rows() > 0;
}

bool SsoConnectionStore::isSamlConnection(db::Transaction& tx, const std::string& id)
{
    return tx.exec(isSamlSql, id)[0]["saml"].as<bool>();
}

bool SsoConnectionStore::passwordRefused(db::Transaction& tx, const std::string& email,
                                         const std::string& userId)
{
    return tx.exec(passwordRefusedSql, email, userId)[0]["refused"].as<bool>();
}

} // namespace aih::sso
