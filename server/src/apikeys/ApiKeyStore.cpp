// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyStore.h"

namespace aih::apikeys {
namespace {

#define AIH_TS(column)                                                                                       \
    "coalesce(to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '')"
#define AIH_KEY_COLUMNS                                                                                                                                                                                                  \
    "id, user_id, name, mode, public_id, array_to_string(scopes, ','), rate_limit, " AIH_TS("expires_at") ", " AIH_TS("created_at") ", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), " AIH_TS( \
        "last_used_at") ", usage_count, " AIH_TS("revoked_at") ", " AIH_TS("rotated_at") ", " AIH_TS("previ"                                                                                                             \
                                                                                                     "ous_"                                                                                                              \
                                                                                                     "valid"                                                                                                             \
                                                                                                     "_unti"                                                                                                             \
                                                                                                     "l") ", " AIH_TS("previous_last_used_at") ", "                                                                      \
                                                                                                                                               "coalesce(expires_at <= now(), false), coalesce(expires_at <= now() + interval '7 days', false)"

constexpr db::Sql insertKey{
    "api_keys.insert",
    "INSERT INTO api_keys (tenant_id, user_id, name, mode, public_id, secret_hash, scopes, "
    "rate_limit, expires_at) VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, "
    "string_to_array($6, ','), $7, $8::timestamptz) RETURNING id"};
constexpr db::Sql findKey{"api_keys.find", "SELECT " AIH_KEY_COLUMNS " FROM api_keys WHERE id = $1"};
constexpr db::Sql listKeys{
    "api_keys.list", "SELECT " AIH_KEY_COLUMNS " FROM api_keys WHERE ($1 = '' OR user_id = $1::uuid) AND "
                     "($2::text IS NULL OR (created_at, id) > ($2::timestamp AT TIME ZONE 'UTC', $3::uuid)) "
                     "ORDER BY created_at, id LIMIT $4"};
constexpr db::Sql rotateKey{
    "api_keys.rotate",
    "UPDATE api_keys SET previous_secret_hash = CASE WHEN $3::bigint > 0 THEN secret_hash END, "
    "previous_valid_until = CASE WHEN $3::bigint > 0 THEN now() + make_interval(secs => $3::bigint) END, "
    "previous_last_used_at = NULL, secret_hash = $2, rotated_at = now() WHERE id = $1"};
constexpr db::Sql revokeKey{"api_keys.revoke",
                            "UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL"};
constexpr db::Sql revokeOwned{
    "api_keys.revoke_owned",
    "UPDATE api_keys SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"};

#undef AIH_KEY_COLUMNS
#undef AIH_TS

std::vector<std::string> splitScopes(const std::string& text)
{
    std::vector<std::string> scopes;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        scopes.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return scopes;
}

ApiKey read(const pqxx::row& row)
{
    ApiKey key;
    key.id = row[0].as<std::string>();
    key.userId = row[1].as<std::string>();
    key.name = row[2].as<std::string>();
    key.mode = row[3].as<std::string>();
    key.publicId = row[4].as<std::string>();
    key.scopes = splitScopes(row[5].as<std::string>());
    key.rateLimit = row[6].as<int>();
    key.expiresAt = row[7].as<std::string>();
    key.createdAt = row[8].as<std::string>();
    key.createdAtMicros = row[9].as<std::string>();
    key.lastUsedAt = row[10].as<std::string>();
    key.usageCount = row[11].as<long long>();
    key.revokedAt = row[12].as<std::string>();
    key.rotatedAt = row[13].as<std::string>();
    key.previousValidUntil = row[14].as<std::string>();
    key.previousLastUsedAt = row[15].as<std::string>();
    key.expired = row[16].as<bool>();
    key.expiresSoon = row[17].as<bool>();
    return key;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) {
        out += out.empty() ? item : "," + item;
    }
    return out;
}

} // namespace

std::string ApiKeyStore::insert(db::Transaction& tx, const NewApiKeyRow& row)
{
    return tx
        .exec(insertKey, row.userId, row.name, row.mode, row.publicId, row.secretHash, joined(row.scopes),
              row.rateLimit, db::nullable(row.expiresAt))[0][0]
        .as<std::string>();
}

std::optional<ApiKey> ApiKeyStore::find(db::Transaction& tx, const std::string& id)
{
    const auto rows = tx.exec(findKey, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return read(rows[0]);
}

ApiKeyPage ApiKeyStore::list(db::Transaction& tx, const std::string& ownerId, int limit,
                             const db::Keyset& position)
{
    const auto rows =
        tx.exec(listKeys, ownerId, db::nullable(position.after), db::nullable(position.afterId), limit + 1);
    ApiKeyPage page;
    for (const auto& row : rows) {
        if (static_cast<int>(page.keys.size()) == limit) {
            const auto& last = page.keys.back();
            page.nextCursor = db::Keyset::encode(last.createdAtMicros, last.id);
            break;
        }
        page.keys.push_back(read(row));
    }
    return page;
}

void ApiKeyStore::rotate(db::Transaction& tx, const std::string& id, const std::string& newHash,
                         long long graceSeconds)
{
    tx.exec(rotateKey, id, newHash, graceSeconds);
}

void ApiKeyStore::revoke(db::Transaction& tx, const std::string& id)
{
    tx.exec(revokeKey, id);
}

void ApiKeyStore::revokeAllOf(db::Transaction& tx, const std::string& userId)
{
    tx.exec(revokeOwned, userId);
}

} // namespace aih::apikeys
