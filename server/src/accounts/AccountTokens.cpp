// SPDX-License-Identifier: Apache-2.0
#include "accounts/AccountTokens.h"

#include "crypto/Secrets.h"

namespace aih::accounts {
namespace {

constexpr db::Sql voidPurposeSql{"account_tokens.void_purpose", R"sql(
    UPDATE account_tokens SET used_at = now()
     WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL
)sql"};

constexpr db::Sql insertTokenSql{"account_tokens.insert", R"sql(
    INSERT INTO account_tokens (token_hash, tenant_id, user_id, purpose, expires_at)
    VALUES (decode($1, 'hex'), aih_current_tenant(), $2, $3, now() + make_interval(secs => $4))
)sql"};

constexpr db::Sql tokenTenantSql{"account_tokens.tenant", R"sql(
    SELECT aih_account_token_tenant(decode($1, 'hex'))::text AS tenant_id
)sql"};

// Spent whatever the outcome of the checks: a token that was tried and found expired is of no
// further use to anyone.
constexpr db::Sql consumeSql{"account_tokens.consume", R"sql(
    UPDATE account_tokens
       SET used_at = now()
     WHERE token_hash = decode($1, 'hex')
       AND used_at IS NULL
    RETURNING user_id::text AS user_id,
              purpose = $2 AND expires_at > now() AS usable
)sql"};

constexpr db::Sql holderSql{"account_tokens.holder", R"sql(
    SELECT user_id::text AS user_id
      FROM account_tokens
     WHERE token_hash = decode($1, 'hex') AND purpose = $2 AND used_at IS NULL AND expires_at > now()
)sql"};

constexpr db::Sql voidAllSql{"account_tokens.void_all", R"sql(
    UPDATE account_tokens SET used_at = now()
     WHERE user_id = $1 AND used_at IS NULL
)sql"};

} // namespace

std::string AccountTokens::issue(db::Transaction& tx, const std::string& userId, std::string_view purpose,
                                 std::chrono::seconds ttl)
{
    tx.exec(voidPurposeSql, userId, std::string(purpose));
    auto token = crypto::randomToken();
    tx.exec(insertTokenSql, crypto::sha256Hex(token), userId, std::string(purpose),
            static_cast<double>(ttl.count()));
    return token;
}

std::optional<std::string> AccountTokens::tenantOf(db::Transaction& tx, const std::string& token)
{
    const auto rows = tx.exec(tokenTenantSql, crypto::sha256Hex(token));
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

std::optional<std::string> AccountTokens::holder(db::Transaction& tx, const std::string& token,
                                                 std::string_view purpose)
{
    const auto rows = tx.exec(holderSql, crypto::sha256Hex(token), std::string(purpose));
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows[0]["user_id"].as<std::string>();
}

std::optional<std::string> AccountTokens::consume(db::Transaction& tx, const std::string& token,
                                                  std::string_view purpose)
{
    const auto rows = tx.exec(consumeSql, crypto::sha256Hex(token), std::string(purpose));
    if (rows.empty() || !rows[0]["usable"].as<bool>()) {
        return std::nullopt;
    }
    return rows[0]["user_id"].as<std::string>();
}

void AccountTokens::voidAll(db::Transaction& tx, const std::string& userId)
{
    tx.exec(voidAllSql, userId);
}

} // namespace aih::accounts
