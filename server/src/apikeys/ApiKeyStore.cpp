// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyStore.h"

#include "db/Fields.h"

namespace aih::apikeys {
namespace {

constexpr db::Sql insertKey{"api_keys.insert", R"sql(
    INSERT INTO api_keys (tenant_id, user_id, name, mode, public_id, secret_hash, scopes, rate_limit,
                          expires_at, allowed_ips, burst_limit)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, string_to_array($6, ','), $7, $8::timestamptz,
            string_to_array($9, ','), $10::integer)
    RETURNING id
)sql"};

constexpr db::Sql findKeySql{"api_keys.find", R"sql(
    SELECT id,
           user_id,
           name,
           mode,
           public_id,
           array_to_string(scopes, ',') AS scopes,
           rate_limit,
           coalesce(to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS expires_at_utc,
           coalesce(to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           coalesce(to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_used_at_utc,
           usage_count,
           coalesce(to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS revoked_at_utc,
           coalesce(to_char(rotated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS rotated_at_utc,
           coalesce(to_char(previous_valid_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS previous_valid_until_utc,
           coalesce(to_char(previous_last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS previous_last_used_at_utc,
           coalesce(expires_at <= now(), false) AS expired,
           coalesce(expires_at <= now() + interval '7 days', false) AS expires_soon,
           array_to_string(allowed_ips, ',') AS allowed_ips,
           burst_limit
      FROM api_keys
     WHERE id = $1
)sql"};

// The aliases avoid the names in ORDER BY, which would otherwise sort by the formatted text.
constexpr db::Sql listKeys{"api_keys.list", R"sql(
    SELECT id,
           user_id,
           name,
           mode,
           public_id,
           array_to_string(scopes, ',') AS scopes,
           rate_limit,
           coalesce(to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS expires_at_utc,
           coalesce(to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           coalesce(to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_used_at_utc,
           usage_count,
           coalesce(to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS revoked_at_utc,
           coalesce(to_char(rotated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS rotated_at_utc,
           coalesce(to_char(previous_valid_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS previous_valid_until_utc,
           coalesce(to_char(previous_last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS previous_last_used_at_utc,
           coalesce(expires_at <= now(), false) AS expired,
           coalesce(expires_at <= now() + interval '7 days', false) AS expires_soon,
           array_to_string(allowed_ips, ',') AS allowed_ips,
           burst_limit
      FROM api_keys
     WHERE ($1 = '' OR user_id = $1::uuid)
       AND ($2::text IS NULL OR (created_at, id) > ($2::timestamp AT TIME ZONE 'UTC', $3::uuid))
     ORDER BY created_at, id
     LIMIT $4
)sql"};

constexpr db::Sql rotateKey{"api_keys.rotate", R"sql(
    UPDATE api_keys
       SET previous_secret_hash = CASE WHEN $3::bigint > 0 THEN secret_hash END,
           previous_valid_until = CASE WHEN $3::bigint > 0 THEN now() + make_interval(secs => $3::bigint) END,
           previous_last_used_at = NULL,
           secret_hash = $2,
           rotated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql updateKey{"api_keys.update", R"sql(
    UPDATE api_keys
       SET name = $2, scopes = string_to_array($3, ','), rate_limit = $4, expires_at = $5::timestamptz,
           allowed_ips = string_to_array($6, ','), burst_limit = $7::integer,
           -- A moved expiry is announced again when it comes near.
           expiry_notified_at = CASE WHEN expires_at IS DISTINCT FROM $5::timestamptz THEN NULL
                                     ELSE expiry_notified_at END
     WHERE id = $1
)sql"};

constexpr db::Sql revokeKey{"api_keys.revoke", R"sql(
    UPDATE api_keys
       SET revoked_at = now()
     WHERE id = $1
       AND revoked_at IS NULL
)sql"};

constexpr db::Sql revokeOwned{"api_keys.revoke_owned", R"sql(
    UPDATE api_keys
       SET revoked_at = now()
     WHERE user_id = $1
       AND revoked_at IS NULL
)sql"};

/// Splits a comma-joined list (scopes, address blocks).
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

ApiKey apiKeyFrom(const pqxx::row& row)
{
    ApiKey key;
    key.id = row["id"].as<std::string>();
    key.userId = row["user_id"].as<std::string>();
    key.name = row["name"].as<std::string>();
    key.mode = row["mode"].as<std::string>();
    key.publicId = row["public_id"].as<std::string>();
    key.scopes = splitScopes(row["scopes"].as<std::string>());
    key.rateLimit = row["rate_limit"].as<int>();
    key.expiresAt = row["expires_at_utc"].as<std::string>();
    key.createdAt = row["created_at_utc"].as<std::string>();
    key.createdAtMicros = row["created_at_micros"].as<std::string>();
    key.lastUsedAt = row["last_used_at_utc"].as<std::string>();
    key.usageCount = row["usage_count"].as<long long>();
    key.revokedAt = row["revoked_at_utc"].as<std::string>();
    key.rotatedAt = row["rotated_at_utc"].as<std::string>();
    key.previousValidUntil = row["previous_valid_until_utc"].as<std::string>();
    key.previousLastUsedAt = row["previous_last_used_at_utc"].as<std::string>();
    key.expired = row["expired"].as<bool>();
    key.expiresSoon = row["expires_soon"].as<bool>();
    if (!row["allowed_ips"].is_null()) {
        key.allowedIps = splitScopes(row["allowed_ips"].as<std::string>());
    }
    key.burstLimit = db::optionalInt(row["burst_limit"]);
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

/// An optional list as the nullable text the SQL splits (CIDR blocks hold no commas).
std::optional<std::string> joinedOrNothing(const std::optional<std::vector<std::string>>& items)
{
    return items ? std::optional(joined(*items)) : std::nullopt;
}

} // namespace

std::string ApiKeyStore::insert(db::Transaction& tx, const NewApiKeyRow& row)
{
    return tx
        .exec(insertKey, row.userId, row.name, row.mode, row.publicId, row.secretHash, joined(row.scopes),
              row.rateLimit, db::nullable(row.expiresAt), db::nullable(joinedOrNothing(row.allowedIps)),
              db::nullable(db::numberText(row.burstLimit)))[0]["id"]
        .as<std::string>();
}

void ApiKeyStore::update(db::Transaction& tx, const std::string& id, const KeyRowChange& change)
{
    tx.exec(updateKey, id, change.name, joined(change.scopes), change.rateLimit,
            db::nullable(change.expiresAt), db::nullable(joinedOrNothing(change.allowedIps)),
            db::nullable(db::numberText(change.burstLimit)));
}

std::optional<ApiKey> ApiKeyStore::find(db::Transaction& tx, const std::string& id)
{
    const auto rows = tx.exec(findKeySql, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return apiKeyFrom(rows[0]);
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
        page.keys.push_back(apiKeyFrom(row));
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
