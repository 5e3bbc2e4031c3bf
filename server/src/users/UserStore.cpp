// SPDX-License-Identifier: Apache-2.0
#include "users/UserStore.h"

#include "db/Keyset.h"

#include <pqxx/except>

namespace aih::users {
namespace {

constexpr db::Sql insertUser{"users.insert", R"sql(
    INSERT INTO users (tenant_id, email, name, role, password_hash)
    VALUES (aih_current_tenant(), $1, nullif($2, ''), $3, $4)
    RETURNING id
)sql"};

// Erased users (GDPR) keep only their id as a tombstone and are gone for every other purpose.
constexpr db::Sql findByIdSql{"users.find_by_id", R"sql(
    SELECT id,
           tenant_id,
           email,
           coalesce(name, '') AS name,
           role,
           active,
           coalesce(password_hash, '') AS password_hash,
           email_verified_at IS NOT NULL AS email_verified,
           coalesce(to_char(last_login_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_login_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros
      FROM users
     WHERE id = $1
       AND erased_at IS NULL
)sql"};

constexpr db::Sql findByEmailSql{"users.find_by_email", R"sql(
    SELECT id,
           tenant_id,
           email,
           coalesce(name, '') AS name,
           role,
           active,
           coalesce(password_hash, '') AS password_hash,
           email_verified_at IS NOT NULL AS email_verified,
           coalesce(to_char(last_login_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_login_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros
      FROM users
     WHERE lower(email) = lower($1)
       AND erased_at IS NULL
)sql"};

// The aliases avoid the names in ORDER BY, which would otherwise sort by the formatted text.
constexpr db::Sql listUsers{"users.list", R"sql(
    SELECT id,
           tenant_id,
           email,
           coalesce(name, '') AS name,
           role,
           active,
           coalesce(password_hash, '') AS password_hash,
           email_verified_at IS NOT NULL AS email_verified,
           coalesce(to_char(last_login_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_login_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros
      FROM users
     WHERE erased_at IS NULL
       AND ($1::text IS NULL OR (created_at, id) > ($1::timestamp AT TIME ZONE 'UTC', $2::uuid))
     ORDER BY created_at, id
     LIMIT $3
)sql"};

constexpr db::Sql updateUser{"users.update", R"sql(
    UPDATE users
       SET role = coalesce($2, role),
           active = coalesce($3::boolean, active),
           updated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql countAdmins{"users.count_admins", R"sql(
    SELECT count(*) AS admins
      FROM users
     WHERE role = 'admin'
       AND active
)sql"};

constexpr db::Sql recordLoginSql{"users.record_login", R"sql(
    UPDATE users
       SET last_login_at = now(),
           password_hash = coalesce($2, password_hash)
     WHERE id = $1
)sql"};

constexpr db::Sql setPasswordSql{"users.set_password", R"sql(
    UPDATE users
       SET password_hash = $2,
           updated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql setEmailVerifiedSql{"users.set_email_verified", R"sql(
    UPDATE users
       SET email_verified_at = CASE WHEN $2 THEN coalesce(email_verified_at, now()) END,
           updated_at = now()
     WHERE id = $1
)sql"};

User userFrom(const pqxx::row& row)
{
    User user;
    user.id = row["id"].as<std::string>();
    user.tenantId = row["tenant_id"].as<std::string>();
    user.email = row["email"].as<std::string>();
    user.name = row["name"].as<std::string>();
    user.role = roleFromName(row["role"].as<std::string>()).value_or(Role::User);
    user.active = row["active"].as<bool>();
    user.passwordHash = row["password_hash"].as<std::string>();
    user.emailVerified = row["email_verified"].as<bool>();
    user.lastLoginAt = row["last_login_at_utc"].as<std::string>();
    user.createdAt = row["created_at_utc"].as<std::string>();
    return user;
}

std::optional<User> first(const pqxx::result& result)
{
    if (result.empty()) {
        return std::nullopt;
    }
    return userFrom(result[0]);
}

} // namespace

std::optional<std::string> UserStore::insert(db::Transaction& tx, const std::string& email,
                                             const std::string& name, Role role,
                                             const std::optional<std::string>& passwordHash)
{
    try {
        return tx
            .exec(insertUser, email, name, std::string(roleName(role)), db::nullable(passwordHash))[0]["id"]
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
            page.nextCursor =
                db::Keyset::encode(last["created_at_micros"].as<std::string>(), last["id"].as<std::string>());
            break;
        }
        page.users.push_back(userFrom(row));
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
    return tx.exec(countAdmins)[0]["admins"].as<long long>();
}

void UserStore::recordLogin(db::Transaction& tx, const std::string& id,
                            const std::optional<std::string>& newHash)
{
    tx.exec(recordLoginSql, id, db::nullable(newHash));
}

void UserStore::setPassword(db::Transaction& tx, const std::string& id, const std::string& hash)
{
    tx.exec(setPasswordSql, id, hash);
}

void UserStore::setEmailVerified(db::Transaction& tx, const std::string& id, bool verified)
{
    tx.exec(setEmailVerifiedSql, id, verified);
}

} // namespace aih::users
