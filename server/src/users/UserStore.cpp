// SPDX-License-Identifier: Apache-2.0
#include "users/UserStore.h"

#include "db/Keyset.h"

#include <pqxx/except>

namespace aih::users {
namespace {

#define AIH_USER_COLUMNS                                                                                     \
    "id, tenant_id, email, coalesce(name, ''), role, active, coalesce(password_hash, ''), "                  \
    "coalesce(to_char(last_login_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), "            \
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "                             \
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"

constexpr db::Sql insertUser{"users.insert",
                             "INSERT INTO users (tenant_id, email, name, role, password_hash) "
                             "VALUES (aih_current_tenant(), $1, nullif($2, ''), $3, $4) RETURNING id"};
// Erased users (GDPR) keep only their id as a tombstone and are gone for every other purpose.
constexpr db::Sql findByIdSql{"users.find_by_id",
                              "SELECT " AIH_USER_COLUMNS " FROM users WHERE id = $1 AND erased_at IS NULL"};
constexpr db::Sql findByEmailSql{"users.find_by_email",
                                 "SELECT " AIH_USER_COLUMNS " FROM users WHERE lower(email) = lower($1) "
                                 "AND erased_at IS NULL"};
constexpr db::Sql listUsers{"users.list",
                            "SELECT " AIH_USER_COLUMNS " FROM users "
                            "WHERE erased_at IS NULL AND ($1::text IS NULL OR (created_at, id) > "
                            "($1::timestamp AT TIME ZONE 'UTC', $2::uuid)) ORDER BY created_at, id LIMIT $3"};
constexpr db::Sql updateUser{"users.update", "UPDATE users SET role = coalesce($2, role), "
                                             "active = coalesce($3::boolean, active), updated_at = now() "
                                             "WHERE id = $1"};
constexpr db::Sql countAdmins{"users.count_admins",
                              "SELECT count(*) FROM users WHERE role = 'admin' AND active"};
constexpr db::Sql recordLoginSql{"users.record_login",
                                 "UPDATE users SET last_login_at = now(), "
                                 "password_hash = coalesce($2, password_hash) WHERE id = $1"};

#undef AIH_USER_COLUMNS

User read(const pqxx::row& row)
{
    User user;
    user.id = row[0].as<std::string>();
    user.tenantId = row[1].as<std::string>();
    user.email = row[2].as<std::string>();
    user.name = row[3].as<std::string>();
    user.role = roleFromName(row[4].as<std::string>()).value_or(Role::User);
    user.active = row[5].as<bool>();
    user.passwordHash = row[6].as<std::string>();
    user.lastLoginAt = row[7].as<std::string>();
    user.createdAt = row[8].as<std::string>();
    return user;
}

std::optional<User> first(const pqxx::result& result)
{
    if (result.empty()) {
        return std::nullopt;
    }
    return read(result[0]);
}

} // namespace

std::optional<std::string> UserStore::insert(db::Transaction& tx, const std::string& email,
                                             const std::string& name, Role role,
                                             const std::optional<std::string>& passwordHash)
{
    try {
        return tx.exec(insertUser, email, name, std::string(roleName(role)), db::nullable(passwordHash))[0][0]
            .as<std::string>();
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;
    }
}

std::optional<User> UserStore::findById(db::Transaction& tx, const std::string& id)
{
    return first(tx.exec(findByIdSql, id));
}

std::optional<User> UserStore::findByEmail(db::Transaction& tx, const std::string& email)
{
    return first(tx.exec(findByEmailSql, email));
}

UserPage UserStore::list(db::Transaction& tx, int limit, const std::optional<std::string>& cursor)
{
    const auto position = db::Keyset::parse(cursor);
    const auto result =
        tx.exec(listUsers, db::nullable(position.after), db::nullable(position.afterId), limit + 1);
    UserPage page;
    for (const auto& row : result) {
        if (static_cast<int>(page.users.size()) == limit) {
            const auto& last = result[static_cast<pqxx::result::size_type>(limit - 1)];
            page.nextCursor = db::Keyset::encode(last[9].as<std::string>(), last[0].as<std::string>());
            break;
        }
        page.users.push_back(read(row));
    }
    return page;
}

void UserStore::update(db::Transaction& tx, const std::string& id, std::optional<Role> role,
                       std::optional<bool> active)
{
    const std::optional<std::string> roleText =
        role ? std::optional<std::string>(roleName(*role)) : std::nullopt;
    const std::optional<std::string> activeText =
        active ? std::optional<std::string>(*active ? "true" : "false") : std::nullopt;
    tx.exec(updateUser, id, db::nullable(roleText), db::nullable(activeText));
}

long long UserStore::countActiveAdmins(db::Transaction& tx)
{
    return tx.exec(countAdmins)[0][0].as<long long>();
}

void UserStore::recordLogin(db::Transaction& tx, const std::string& id,
                            const std::optional<std::string>& newHash)
{
    tx.exec(recordLoginSql, id, db::nullable(newHash));
}

} // namespace aih::users
