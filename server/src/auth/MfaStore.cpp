// SPDX-License-Identifier: Apache-2.0
#include "auth/MfaStore.h"

#include "crypto/Hex.h"

#include <array>

namespace aih::auth {
namespace {

constexpr db::Sql stateSql{"mfa.state", R"sql(
    SELECT t.mfa_required,
           EXISTS (SELECT 1 FROM totp_factors f WHERE f.user_id = $1 AND f.confirmed_at IS NOT NULL) AS enrolled
      FROM tenants t
     WHERE t.id = aih_current_tenant()
)sql"};

constexpr db::Sql putFactorSql{"mfa.put_factor", R"sql(
    INSERT INTO totp_factors (user_id, tenant_id, secret)
    VALUES ($1, aih_current_tenant(), decode($2, 'hex'))
    ON CONFLICT (user_id) DO UPDATE
       SET secret = excluded.secret, confirmed_at = NULL, last_step = 0, created_at = now()
)sql"};

constexpr db::Sql factorSql{"mfa.factor", R"sql(
    SELECT encode(secret, 'hex') AS secret, confirmed_at IS NOT NULL AS confirmed
      FROM totp_factors WHERE user_id = $1 FOR UPDATE
)sql"};

constexpr db::Sql confirmSql{"mfa.confirm", R"sql(
    UPDATE totp_factors SET confirmed_at = now() WHERE user_id = $1
)sql"};

constexpr db::Sql advanceSql{"mfa.advance_step", R"sql(
    UPDATE totp_factors SET last_step = $2 WHERE user_id = $1 AND last_step < $2
)sql"};

constexpr db::Sql removeFactorSql{"mfa.remove_factor", R"sql(
    DELETE FROM totp_factors WHERE user_id = $1
)sql"};

constexpr db::Sql removeChallengesSql{"mfa.remove_challenges", R"sql(
    DELETE FROM mfa_challenges WHERE user_id = $1
)sql"};

constexpr db::Sql removeCodesSql{"mfa.remove_codes", R"sql(
    DELETE FROM mfa_recovery_codes WHERE user_id = $1
)sql"};

constexpr db::Sql insertCodeSql{"mfa.insert_code", R"sql(
    INSERT INTO mfa_recovery_codes (user_id, tenant_id, code_hash) VALUES ($1, aih_current_tenant(), decode($2, 'hex'))
)sql"};

constexpr db::Sql spendCodeSql{"mfa.spend_code", R"sql(
    UPDATE mfa_recovery_codes SET used_at = now()
     WHERE user_id = $1 AND code_hash = decode($2, 'hex') AND used_at IS NULL
)sql"};

constexpr db::Sql createChallengeSql{"mfa.create_challenge", R"sql(
    INSERT INTO mfa_challenges (token_hash, tenant_id, user_id, expires_at)
    VALUES (decode($2, 'hex'), aih_current_tenant(), $1, now() + make_interval(secs => $3))
)sql"};

// Challenges a user left behind are dropped as new ones are made: at most a sign-in's worth.
constexpr db::Sql pruneChallengesSql{"mfa.prune_challenges", R"sql(
    DELETE FROM mfa_challenges WHERE user_id = $1 AND (expires_at <= now() OR used_at IS NOT NULL OR attempts >= $2)
)sql"};

constexpr db::Sql challengeTenantSql{"mfa.challenge_tenant", R"sql(
    SELECT aih_mfa_challenge_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

constexpr db::Sql challengeSql{"mfa.challenge", R"sql(
    SELECT user_id::text AS user_id,
           used_at IS NULL AND expires_at > now() AND attempts < $2 AS usable,
           attempts
      FROM mfa_challenges
     WHERE token_hash = decode($1, 'hex')
       FOR UPDATE
)sql"};

constexpr db::Sql countAttemptSql{"mfa.count_attempt", R"sql(
    UPDATE mfa_challenges SET attempts = attempts + 1 WHERE token_hash = decode($1, 'hex')
)sql"};

constexpr db::Sql spendChallengeSql{"mfa.spend_challenge", R"sql(
    UPDATE mfa_challenges SET used_at = now() WHERE token_hash = decode($1, 'hex')
)sql"};

constexpr std::array<std::pair<MfaRequirement, std::string_view>, 3> requirementNames{{
    {MfaRequirement::None, "none"},
    {MfaRequirement::Admins, "admins"},
    {MfaRequirement::Everyone, "everyone"},
}};

} // namespace

std::string_view mfaRequirementName(MfaRequirement requirement)
{
    for (const auto& [value, name] : requirementNames) {
        if (value == requirement) {
            return name;
        }
    }
    return "none";
}

std::optional<MfaRequirement> mfaRequirementFromName(std::string_view name)
{
    for (const auto& [value, text] : requirementNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

MfaState MfaStore::state(db::Transaction& tx, const std::string& userId)
{
    const auto rows = tx.exec(stateSql, userId);
    if (rows.empty()) {
        return {};
    }
    return {mfaRequirementFromName(rows[0]["mfa_required"].as<std::string>()).value_or(MfaRequirement::None),
            rows[0]["enrolled"].as<bool>()};
}

void MfaStore::putFactor(db::Transaction& tx, const std::string& userId, const std::string& sealedSecret)
{
    tx.exec(putFactorSql, userId, crypto::toHex(sealedSecret));
}

std::optional<TotpFactor> MfaStore::factorForUpdate(db::Transaction& tx, const std::string& userId)
{
    const auto rows = tx.exec(factorSql, userId);
    if (rows.empty()) {
        return std::nullopt;
    }
    return TotpFactor{crypto::fromHex(rows[0]["secret"].as<std::string>()), rows[0]["confirmed"].as<bool>()};
}

void MfaStore::confirmFactor(db::Transaction& tx, const std::string& userId)
{
    tx.exec(confirmSql, userId);
}

bool MfaStore::advanceStep(db::Transaction& tx, const std::string& userId, std::int64_t step)
{
    return tx.exec(advanceSql, userId, step).affected_rows() == 1;
}

void MfaStore::removeFactor(db::Transaction& tx, const std::string& userId)
{
    tx.exec(removeFactorSql, userId);
    tx.exec(removeCodesSql, userId);
    tx.exec(removeChallengesSql, userId);
}

void MfaStore::replaceRecoveryCodes(db::Transaction& tx, const std::string& userId,
                                    const std::vector<std::string>& hashes)
{
    tx.exec(removeCodesSql, userId);
    for (const auto& hash : hashes) {
        tx.exec(insertCodeSql, userId, hash);
    }
}

bool MfaStore::spendRecoveryCode(db::Transaction& tx, const std::string& userId, const std::string& hash)
{
    return tx.exec(spendCodeSql, userId, hash).affected_rows() == 1;
}

void MfaStore::createChallenge(db::Transaction& tx, const std::string& userId, const std::string& tokenHash,
                               std::chrono::seconds ttl, int maxAttempts)
{
    tx.exec(pruneChallengesSql, userId, maxAttempts);
    tx.exec(createChallengeSql, userId, tokenHash, static_cast<double>(ttl.count()));
}

std::optional<std::string> MfaStore::challengeTenant(db::Transaction& tx, const std::string& tokenHash)
{
    const auto rows = tx.exec(challengeTenantSql, tokenHash);
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

std::optional<MfaChallenge> MfaStore::challengeForUpdate(db::Transaction& tx, const std::string& tokenHash,
                                                         int maxAttempts)
{
    const auto rows = tx.exec(challengeSql, tokenHash, maxAttempts);
    if (rows.empty()) {
        return std::nullopt;
    }
    return MfaChallenge{rows[0]["user_id"].as<std::string>(), rows[0]["usable"].as<bool>(),
                        rows[0]["attempts"].as<int>()};
}

void MfaStore::countAttempt(db::Transaction& tx, const std::string& tokenHash)
{
    tx.exec(countAttemptSql, tokenHash);
}

void MfaStore::spendChallenge(db::Transaction& tx, const std::string& tokenHash)
{
    tx.exec(spendChallengeSql, tokenHash);
}

} // namespace aih::auth
