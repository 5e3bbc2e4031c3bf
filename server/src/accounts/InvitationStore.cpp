// SPDX-License-Identifier: Apache-2.0
#include "accounts/InvitationStore.h"

#include "crypto/Secrets.h"
#include "db/Keyset.h"

#include <pqxx/except>

namespace aih::accounts {
namespace {

constexpr db::Sql revokeExpiredSql{"invitations.revoke_expired", R"sql(
    UPDATE invitations SET revoked_at = now()
     WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= now()
)sql"};

constexpr db::Sql insertInvitationSql{"invitations.insert", R"sql(
    INSERT INTO invitations (tenant_id, email, role, invited_by, token_hash, expires_at)
    VALUES (aih_current_tenant(), $1, $2, nullif($3, '')::uuid, decode($4, 'hex'),
            now() + make_interval(secs => $5))
    RETURNING id::text AS id
)sql"};

constexpr db::Sql listOpenSql{"invitations.list_open",
                              R"sql(
    SELECT id::text AS id,
           email,
           role,
           coalesce(invited_by::text, '') AS invited_by,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS sent_at_utc,
           to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at_utc,
           expires_at <= now() AS expired
      FROM invitations
     WHERE accepted_at IS NULL AND revoked_at IS NULL
       AND ($1::text IS NULL OR (created_at, id) > ($1::timestamp AT TIME ZONE 'UTC', $2::uuid))
     ORDER BY created_at, id
     LIMIT $3
)sql"};

constexpr db::Sql findOpenSql{"invitations.find_open",
                              R"sql(
    SELECT id::text AS id,
           email,
           role,
           coalesce(invited_by::text, '') AS invited_by,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS sent_at_utc,
           to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at_utc,
           expires_at <= now() AS expired
      FROM invitations
     WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
)sql"};

constexpr db::Sql findUsableSql{"invitations.find_usable",
                                R"sql(
    SELECT id::text AS id,
           email,
           role,
           coalesce(invited_by::text, '') AS invited_by,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS sent_at_utc,
           to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at_utc,
           expires_at <= now() AS expired
      FROM invitations
     WHERE token_hash = decode($1, 'hex')
       AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       FOR UPDATE
)sql"};

constexpr db::Sql renewSql{"invitations.renew", R"sql(
    UPDATE invitations
       SET token_hash = decode($2, 'hex'), sent_at = now(), expires_at = now() + make_interval(secs => $3)
     WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
)sql"};

constexpr db::Sql revokeSql{"invitations.revoke", R"sql(
    UPDATE invitations SET revoked_at = now()
     WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
)sql"};

constexpr db::Sql acceptSql{"invitations.accept", R"sql(
    UPDATE invitations SET accepted_at = now(), accepted_user_id = $2 WHERE id = $1
)sql"};

constexpr db::Sql invitationTenantSql{"invitations.tenant", R"sql(
    SELECT aih_invitation_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

Invitation invitationFrom(const pqxx::row& row)
{
    Invitation invitation;
    invitation.id = row["id"].as<std::string>();
    invitation.email = row["email"].as<std::string>();
    invitation.role = roleFromName(row["role"].as<std::string>()).value_or(Role::User);
    invitation.invitedBy = row["invited_by"].as<std::string>();
    invitation.createdAt = row["created_at_utc"].as<std::string>();
    invitation.createdAtMicros = row["created_at_micros"].as<std::string>();
    invitation.sentAt = row["sent_at_utc"].as<std::string>();
    invitation.expiresAt = row["expires_at_utc"].as<std::string>();
    invitation.expired = row["expired"].as<bool>();
    return invitation;
}

std::optional<Invitation> first(const pqxx::result& rows)
{
    return rows.empty() ? std::nullopt : std::optional<Invitation>(invitationFrom(rows[0]));
}

} // namespace

std::optional<std::string> InvitationStore::insert(db::Transaction& tx, const std::string& email, Role role,
                                                   const std::string& invitedBy, const std::string& token,
                                                   std::chrono::seconds ttl)
{
    tx.exec(revokeExpiredSql, email);
    try {
        return tx
            .exec(insertInvitationSql, email, std::string(roleName(role)), invitedBy,
                  crypto::sha256Hex(token), static_cast<double>(ttl.count()))[0]["id"]
            .as<std::string>();
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;
    }
}

InvitationPage InvitationStore::listOpen(db::Transaction& tx, int limit,
                                         const std::optional<std::string>& cursor)
{
    const auto keyset = db::Keyset::parse(cursor);
    const auto rows =
        tx.exec(listOpenSql, db::nullable(keyset.after), db::nullable(keyset.afterId), limit + 1);
    InvitationPage page;
    for (const auto& row : rows) {
        if (static_cast<int>(page.invitations.size()) == limit) {
            const auto& last = page.invitations.back();
            page.nextCursor = db::Keyset::encode(last.createdAtMicros, last.id);
            break;
        }
        page.invitations.push_back(invitationFrom(row));
    }
    return page;
}

std::optional<Invitation> InvitationStore::findOpen(db::Transaction& tx, const std::string& id)
{
    return first(tx.exec(findOpenSql, id));
}

void InvitationStore::renew(db::Transaction& tx, const std::string& id, const std::string& token,
                            std::chrono::seconds ttl)
{
    tx.exec(renewSql, id, crypto::sha256Hex(token), static_cast<double>(ttl.count()));
}

bool InvitationStore::revoke(db::Transaction& tx, const std::string& id)
{
    return tx.exec(revokeSql, id).affected_rows() == 1;
}

std::optional<std::string> InvitationStore::tenantOf(db::Transaction& tx, const std::string& token)
{
    const auto rows = tx.exec(invitationTenantSql, crypto::sha256Hex(token));
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

std::optional<Invitation> InvitationStore::findUsableForUpdate(db::Transaction& tx, const std::string& token)
{
    return first(tx.exec(findUsableSql, crypto::sha256Hex(token)));
}

void InvitationStore::markAccepted(db::Transaction& tx, const std::string& id, const std::string& userId)
{
    tx.exec(acceptSql, id, userId);
}

} // namespace aih::accounts
