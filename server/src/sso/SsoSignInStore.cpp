// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoSignInStore.h"

namespace aih::sso {
namespace {

// Each start also clears the tenant's sign-ins that ended over a day ago, and the SAML
// assertions that can no longer be accepted anyway.
constexpr db::Sql purgeSql{"sso_sign_ins.purge", R"sql(
    WITH expired_assertions AS (DELETE FROM sso_saml_assertions WHERE expires_at < now())
    DELETE FROM sso_sign_ins WHERE expires_at < now() - interval '1 day'
)sql"};

constexpr db::Sql rememberAssertionSql{"sso_saml_assertions.remember", R"sql(
    INSERT INTO sso_saml_assertions (connection_id, tenant_id, assertion_id, expires_at)
    VALUES ($1::uuid, aih_current_tenant(), $2, to_timestamp($3))
    ON CONFLICT DO NOTHING
)sql"};

constexpr db::Sql insertSignInSql{"sso_sign_ins.insert", R"sql(
    INSERT INTO sso_sign_ins (state_hash, tenant_id, connection_id, redirect_uri, client_state, client_challenge,
                              expires_at, purpose, tested_by)
    VALUES (decode($1, 'hex'), aih_current_tenant(), $2::uuid, $3, $4, $5, now() + make_interval(secs => $6), $7,
            nullif($8, '')::uuid)
)sql"};

constexpr db::Sql stateTenantSql{"sso_sign_ins.state_tenant", R"sql(
    SELECT aih_sso_state_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

constexpr db::Sql claimStateSql{"sso_sign_ins.claim_state", R"sql(
    UPDATE sso_sign_ins
       SET answered_at = now()
     WHERE state_hash = decode($1, 'hex')
       AND answered_at IS NULL
       AND expires_at > now()
    RETURNING connection_id::text AS connection_id, redirect_uri, client_state, client_challenge, purpose,
              coalesce(tested_by::text, '') AS tested_by
)sql"};

constexpr db::Sql attachReportSql{"sso_sign_ins.attach_report", R"sql(
    UPDATE sso_sign_ins
       SET test_report = $2::jsonb, handoff_hash = decode($3, 'hex')
     WHERE state_hash = decode($1, 'hex')
)sql"};

constexpr db::Sql claimReportSql{"sso_sign_ins.claim_report", R"sql(
    UPDATE sso_sign_ins
       SET handoff_used_at = now()
     WHERE handoff_hash = decode($1, 'hex')
       AND purpose = 'test'
       AND handoff_used_at IS NULL
       AND answered_at > now() - make_interval(secs => $2)
       AND tested_by = $3::uuid
       AND connection_id = $4::uuid
    RETURNING test_report::text AS report, client_challenge
)sql"};

constexpr db::Sql attachHandoffSql{"sso_sign_ins.attach_handoff", R"sql(
    UPDATE sso_sign_ins
       SET user_id = $2::uuid, handoff_hash = decode($3, 'hex')
     WHERE state_hash = decode($1, 'hex')
)sql"};

constexpr db::Sql handoffTenantSql{"sso_sign_ins.handoff_tenant", R"sql(
    SELECT aih_sso_handoff_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

constexpr db::Sql claimHandoffSql{"sso_sign_ins.claim_handoff", R"sql(
    UPDATE sso_sign_ins
       SET handoff_used_at = now()
     WHERE handoff_hash = decode($1, 'hex')
       AND purpose = 'sign_in'
       AND handoff_used_at IS NULL
       AND answered_at > now() - make_interval(secs => $2)
    RETURNING user_id::text AS user_id, client_challenge
)sql"};

constexpr db::Sql linkedUserSql{"sso_identities.user", R"sql(
    UPDATE sso_identities
       SET last_sign_in_at = now()
     WHERE connection_id = $1::uuid AND subject = $2
    RETURNING user_id::text AS user_id
)sql"};

constexpr db::Sql linkSql{"sso_identities.link", R"sql(
    INSERT INTO sso_identities (connection_id, tenant_id, subject, user_id)
    VALUES ($1::uuid, aih_current_tenant(), $2, $3::uuid)
)sql"};

std::optional<std::string> tenantFrom(const pqxx::result& rows)
{
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

} // namespace

void SsoSignInStore::insert(db::Transaction& tx, const NewSignIn& signIn)
{
    tx.exec(purgeSql);
    tx.exec(insertSignInSql, signIn.stateHash, signIn.connectionId, signIn.redirectUri, signIn.clientState,
            signIn.clientChallenge, signIn.ttlSeconds, signIn.purpose, signIn.testedBy);
}

std::optional<std::string> SsoSignInStore::stateTenant(db::Transaction& tx, const std::string& stateHash)
{
    return tenantFrom(tx.exec(stateTenantSql, stateHash));
}

std::optional<PendingSignIn> SsoSignInStore::claimState(db::Transaction& tx, const std::string& stateHash)
{
    const auto rows = tx.exec(claimStateSql, stateHash);
    if (rows.empty()) {
        return std::nullopt;
    }
    PendingSignIn pending;
    pending.connectionId = rows[0]["connection_id"].as<std::string>();
    pending.redirectUri = rows[0]["redirect_uri"].as<std::string>();
    pending.clientState = rows[0]["client_state"].as<std::string>();
    pending.clientChallenge = rows[0]["client_challenge"].as<std::string>();
    pending.purpose = rows[0]["purpose"].as<std::string>();
    pending.testedBy = rows[0]["tested_by"].as<std::string>();
    return pending;
}

void SsoSignInStore::attachReport(db::Transaction& tx, const std::string& stateHash,
                                  const std::string& report, const std::string& handoffHash)
{
    tx.exec(attachReportSql, stateHash, report, handoffHash);
}

std::optional<std::pair<std::string, std::string>>
SsoSignInStore::claimReport(db::Transaction& tx, const std::string& handoffHash, int ttlSeconds,
                            const std::string& testedBy, const std::string& connectionId)
{
    const auto rows = tx.exec(claimReportSql, handoffHash, ttlSeconds, testedBy, connectionId);
    if (rows.empty() || rows[0]["report"].is_null()) {
        return std::nullopt;
    }
    return std::pair(rows[0]["report"].as<std::string>(), rows[0]["client_challenge"].as<std::string>());
}

void SsoSignInStore::attachHandoff(db::Transaction& tx, const std::string& stateHash,
                                   const std::string& userId, const std::string& handoffHash)
{
    tx.exec(attachHandoffSql, stateHash, userId, handoffHash);
}

std::optional<std::string> SsoSignInStore::handoffTenant(db::Transaction& tx, const std::string& handoffHash)
{
    return tenantFrom(tx.exec(handoffTenantSql, handoffHash));
}

std::optional<ClaimedHandoff> SsoSignInStore::claimHandoff(db::Transaction& tx,
                                                           const std::string& handoffHash, int ttlSeconds)
{
    const auto rows = tx.exec(claimHandoffSql, handoffHash, ttlSeconds);
    if (rows.empty() || rows[0]["user_id"].is_null()) {
        return std::nullopt;
    }
    return ClaimedHandoff{rows[0]["user_id"].as<std::string>(),
                          rows[0]["client_challenge"].as<std::string>()};
}

std::optional<std::string> SsoSignInStore::linkedUser(db::Transaction& tx, const std::string& connectionId,
                                                      const std::string& subject)
{
    const auto rows = tx.exec(linkedUserSql, connectionId, subject);
    return rows.empty() ? std::nullopt : std::optional(rows[0]["user_id"].as<std::string>());
}

void SsoSignInStore::link(db::Transaction& tx, const std::string& connectionId, const std::string& subject,
                          const std::string& userId)
{
    tx.exec(linkSql, connectionId, subject, userId);
}

bool SsoSignInStore::rememberAssertion(db::Transaction& tx, const std::string& connectionId,
                                       const std::string& assertionId, std::int64_t validUntil)
{
    return tx.exec(rememberAssertionSql, connectionId, assertionId, validUntil).affected_rows() == 1;
}

} // namespace aih::sso
