// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimStore.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace aih::scim {
namespace {

constexpr db::Sql usersSql{"scim.users", R"sql(
    SELECT u.id,
           u.email,
           coalesce(u.name, '') AS name,
           coalesce(u.scim_external_id, '') AS external_id,
           u.active,
           u.role,
           to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(u.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at_utc,
           coalesce(json_agg(json_build_object('id', g.id, 'display', g.display_name) ORDER BY g.display_name)
                        FILTER (WHERE g.id IS NOT NULL), '[]')::text AS refs
      FROM users u
      LEFT JOIN scim_group_members m ON m.user_id = u.id
      LEFT JOIN scim_groups g ON g.id = m.group_id
     WHERE u.erased_at IS NULL
       AND u.scim_deleted_at IS NULL
     GROUP BY u.id
     ORDER BY u.created_at, u.id
)sql"};

constexpr db::Sql setUserSql{"scim.set_user", R"sql(
    UPDATE users
       SET email = $2, name = nullif($3, ''), scim_external_id = nullif($4, ''), updated_at = now()
     WHERE id = $1::uuid
)sql"};

constexpr db::Sql markDeletedSql{"scim.mark_deleted", R"sql(
    UPDATE users SET scim_deleted_at = now(), updated_at = now() WHERE id = $1::uuid
)sql"};

constexpr db::Sql groupsSql{"scim.groups", R"sql(
    SELECT g.id,
           g.display_name,
           coalesce(g.external_id, '') AS external_id,
           to_char(g.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(g.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at_utc,
           coalesce(json_agg(json_build_object('id', u.id, 'display', u.email) ORDER BY u.email)
                        FILTER (WHERE u.id IS NOT NULL), '[]')::text AS refs
      FROM scim_groups g
      LEFT JOIN scim_group_members m ON m.group_id = g.id
      LEFT JOIN users u ON u.id = m.user_id AND u.erased_at IS NULL AND u.scim_deleted_at IS NULL
     GROUP BY g.id
     ORDER BY g.created_at, g.id
)sql"};

constexpr db::Sql insertGroupSql{"scim.insert_group", R"sql(
    INSERT INTO scim_groups (tenant_id, display_name, external_id)
    VALUES (aih_current_tenant(), $1, nullif($2, ''))
    RETURNING id
)sql"};

constexpr db::Sql setGroupSql{"scim.set_group", R"sql(
    UPDATE scim_groups SET display_name = $2, external_id = nullif($3, ''), updated_at = now() WHERE id = $1::uuid
)sql"};

// "SCMG": advisory locks on (this, hash of tenant id) belong to a tenant's SCIM group writes.
constexpr db::Sql lockGroupsSql{"scim.lock_groups", R"sql(
    SELECT pg_advisory_xact_lock(1396919623, hashtext(aih_current_tenant()::text))
)sql"};

constexpr db::Sql removeGroupSql{"scim.remove_group", R"sql(
    DELETE FROM scim_groups WHERE id = $1::uuid
)sql"};

constexpr db::Sql addMemberSql{"scim.add_member", R"sql(
    INSERT INTO scim_group_members (group_id, tenant_id, user_id)
    VALUES ($1::uuid, aih_current_tenant(), $2::uuid)
    ON CONFLICT DO NOTHING
)sql"};

constexpr db::Sql removeMemberSql{"scim.remove_member", R"sql(
    DELETE FROM scim_group_members WHERE group_id = $1::uuid AND user_id = $2::uuid
)sql"};

constexpr db::Sql clearMembersSql{"scim.clear_members", R"sql(
    DELETE FROM scim_group_members WHERE group_id = $1::uuid
)sql"};

std::vector<ScimRef> refsOf(const std::string& json)
{
    std::vector<ScimRef> refs;
    const auto array = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
    for (unsigned i = 0; i < array->size(); ++i) {
        const auto object = array->getObject(i);
        refs.push_back({object->getValue<std::string>("id"), object->getValue<std::string>("display")});
    }
    return refs;
}

template <typename Resource> std::optional<Resource> byId(std::vector<Resource> all, const std::string& id)
{
    for (auto& resource : all) {
        if (resource.id == id) {
            return std::move(resource);
        }
    }
    return std::nullopt;
}

} // namespace

std::vector<ScimUser> ScimStore::users(db::Transaction& tx)
{
    std::vector<ScimUser> users;
    for (const auto& row : tx.exec(usersSql)) {
        ScimUser user;
        user.id = row["id"].as<std::string>();
        user.email = row["email"].as<std::string>();
        user.name = row["name"].as<std::string>();
        user.externalId = row["external_id"].as<std::string>();
        user.active = row["active"].as<bool>();
        user.role = roleFromName(row["role"].as<std::string>()).value_or(Role::User);
        user.createdAt = row["created_at_utc"].as<std::string>();
        user.updatedAt = row["updated_at_utc"].as<std::string>();
        user.groups = refsOf(row["refs"].as<std::string>());
        users.push_back(std::move(user));
    }
    return users;
}

std::optional<ScimUser> ScimStore::user(db::Transaction& tx, const std::string& id)
{
    return byId(users(tx), id);
}

bool ScimStore::setUser(db::Transaction& tx, const std::string& id, const std::string& email,
                        const std::string& name, const std::string& externalId)
{
    try {
        tx.exec(setUserSql, id, email, name, externalId);
        return true;
    } catch (const pqxx::unique_violation&) {
        return false;
    }
}

void ScimStore::markDeleted(db::Transaction& tx, const std::string& id)
{
    tx.exec(markDeletedSql, id);
}

std::vector<ScimGroup> ScimStore::groups(db::Transaction& tx)
{
    std::vector<ScimGroup> groups;
    for (const auto& row : tx.exec(groupsSql)) {
        ScimGroup group;
        group.id = row["id"].as<std::string>();
        group.displayName = row["display_name"].as<std::string>();
        group.externalId = row["external_id"].as<std::string>();
        group.createdAt = row["created_at_utc"].as<std::string>();
        group.updatedAt = row["updated_at_utc"].as<std::string>();
        group.members = refsOf(row["refs"].as<std::string>());
        groups.push_back(std::move(group));
    }
    return groups;
}

std::optional<ScimGroup> ScimStore::group(db::Transaction& tx, const std::string& id)
{
    return byId(groups(tx), id);
}

std::optional<std::string> ScimStore::insertGroup(db::Transaction& tx, const std::string& displayName,
                                                  const std::string& externalId)
{
    try {
        return tx.exec(insertGroupSql, displayName, externalId)[0]["id"].as<std::string>();
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;
    }
}

bool ScimStore::setGroup(db::Transaction& tx, const std::string& id, const std::string& displayName,
                         const std::string& externalId)
{
    try {
        tx.exec(setGroupSql, id, displayName, externalId);
        return true;
    } catch (const pqxx::unique_violation&) {
        return false;
    }
}

void ScimStore::lockGroups(db::Transaction& tx)
{
    tx.exec(lockGroupsSql);
}

bool ScimStore::removeGroup(db::Transaction& tx, const std::string& id)
{
    return tx.exec(removeGroupSql, id).affected_rows() > 0;
}

void ScimStore::addMember(db::Transaction& tx, const std::string& groupId, const std::string& userId)
{
    tx.exec(addMemberSql, groupId, userId);
}

void ScimStore::removeMember(db::Transaction& tx, const std::string& groupId, const std::string& userId)
{
    tx.exec(removeMemberSql, groupId, userId);
}

void ScimStore::clearMembers(db::Transaction& tx, const std::string& groupId)
{
    tx.exec(clearMembersSql, groupId);
}

} // namespace aih::scim
