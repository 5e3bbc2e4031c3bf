// SPDX-License-Identifier: Apache-2.0
#include "gdpr/GdprStore.h"

#include "auth/MfaStore.h"

namespace aih::gdpr {
namespace {

// The aliases avoid created_at, which ORDER BY would otherwise take to mean the formatted text.
constexpr db::Sql sessionsSql{"gdpr.sessions", R"sql(
    SELECT id,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           ip_address,
           user_agent,
           to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS revoked_at_utc,
           revoke_reason
      FROM sessions
     WHERE user_id = $1
     ORDER BY created_at, id
)sql"};

// The stand-in address is unique per user (the email index is unique per tenant) and says
// what happened; `.invalid` can never be a real domain (RFC 2606).
constexpr db::Sql eraseUserSql{"gdpr.erase_user", R"sql(
    UPDATE users
       SET email = 'erased-' || id || '@erased.invalid',
           name = NULL,
           password_hash = NULL,
           active = false,
           last_login_at = NULL,
           erased_at = now(),
           updated_at = now()
     WHERE id = $1
       AND erased_at IS NULL
)sql"};

constexpr db::Sql eraseSessionsSql{"gdpr.erase_sessions", R"sql(
    UPDATE sessions
       SET ip_address = NULL,
           user_agent = NULL,
           revoked_at = coalesce(revoked_at, now()),
           revoke_reason = coalesce(revoke_reason, 'erased')
     WHERE user_id = $1
)sql"};

constexpr db::Sql eraseKeysSql{"gdpr.erase_keys", R"sql(
    UPDATE api_keys
       SET name = 'erased',
           revoked_at = coalesce(revoked_at, now())
     WHERE user_id = $1
)sql"};

// The invitation that brought the user in holds their address too.
constexpr db::Sql eraseTokensSql{"gdpr.void_account_tokens", R"sql(
    UPDATE account_tokens SET used_at = coalesce(used_at, now()) WHERE user_id = $1
)sql"};

constexpr db::Sql eraseInvitationSql{"gdpr.erase_invitation", R"sql(
    UPDATE invitations SET email = 'erased-' || id || '@erased.invalid' WHERE accepted_user_id = $1
)sql"};

// The provider's account id is the person's identifier there: the link goes, and a later
// sign-in through the provider would make a new account (the erased one stays inactive).
constexpr db::Sql eraseIdentitiesSql{"gdpr.erase_sso_identities", R"sql(
    DELETE FROM sso_identities WHERE user_id = $1
)sql"};

constexpr db::Sql addressesSql{"gdpr.addresses", R"sql(
    SELECT email FROM users WHERE id = $1 AND erased_at IS NULL
    UNION
    SELECT email FROM invitations WHERE accepted_user_id = $1
)sql"};

constexpr db::Sql auditCountSql{"gdpr.audit_count", R"sql(
    SELECT count(*) AS entries
      FROM audit_log
     WHERE tenant_id = aih_current_tenant()
       AND (actor_id = $1 OR subject_id = $1)
)sql"};

std::optional<std::string> text(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

SessionRecord sessionFrom(const pqxx::row& row)
{
    return {row["id"].as<std::string>(), row["created_at_utc"].as<std::string>(),
            text(row["ip_address"]),     text(row["user_agent"]),
            text(row["revoked_at_utc"]), text(row["revoke_reason"])};
}

} // namespace

std::vector<SessionRecord> GdprStore::sessions(db::Transaction& tx, const std::string& userId)
{
    std::vector<SessionRecord> sessions;
    for (const auto& row : tx.exec(sessionsSql, userId)) {
        sessions.push_back(sessionFrom(row));
    }
    return sessions;
}

void GdprStore::erase(db::Transaction& tx, const std::string& userId)
{
    for (const auto* sql : {&eraseUserSql, &eraseSessionsSql, &eraseKeysSql, &eraseTokensSql,
                            &eraseInvitationSql, &eraseIdentitiesSql}) {
        tx.exec(*sql, userId);
    }
    auth::MfaStore::removeFactor(tx, userId);
}

std::vector<std::string> GdprStore::addressesOf(db::Transaction& tx, const std::string& userId)
{
    std::vector<std::string> addresses;
    for (const auto& row : tx.exec(addressesSql, userId)) {
        addresses.push_back(row["email"].as<std::string>());
    }
    return addresses;
}

std::int64_t GdprStore::auditEntriesAbout(db::Transaction& tx, const std::string& userId)
{
    return tx.exec(auditCountSql, userId)[0]["entries"].as<std::int64_t>();
}

} // namespace aih::gdpr
