// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookEndpointStore.h"

#include "crypto/Hex.h"

#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace aih::webhooks {
namespace {

// Event types are names without commas ([a-z._*]), so a comma-joined text carries the array.
constexpr db::Sql listEndpointsSql{"webhook_endpoints.list", R"sql(
    SELECT id, url, description, array_to_string(event_types, ',') AS event_types, enabled,
           coalesce(disabled_reason, '') AS disabled_reason,
           encode(secret, 'hex') AS secret,
           CASE WHEN previous_secret_until > now() THEN encode(previous_secret, 'hex') ELSE '' END
               AS previous_secret,
           CASE WHEN previous_secret_until > now()
                THEN to_char(previous_secret_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                ELSE '' END AS previous_secret_until,
           coalesce(to_char(failing_since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS failing_since,
           consecutive_failures,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
      FROM webhook_endpoints
     WHERE $1::uuid IS NULL OR id = $1::uuid
     ORDER BY created_at, id
)sql"};

constexpr db::Sql insertSql{"webhook_endpoints.insert", R"sql(
    INSERT INTO webhook_endpoints (id, tenant_id, url, description, event_types, secret)
    VALUES ($1, aih_current_tenant(), $2, $3, string_to_array($4, ','), decode($5, 'hex'))
)sql"};

constexpr db::Sql updateSql{"webhook_endpoints.update", R"sql(
    UPDATE webhook_endpoints
       SET url = $2, description = $3, event_types = string_to_array($4, ','), enabled = $5,
           disabled_reason = nullif($6, ''),
           failing_since = CASE WHEN $5 AND NOT enabled THEN NULL ELSE failing_since END,
           consecutive_failures = CASE WHEN $5 AND NOT enabled THEN 0 ELSE consecutive_failures END,
           retry_at = CASE WHEN ($5 AND NOT enabled) OR url <> $2 THEN NULL ELSE retry_at END,
           updated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql lockSql{"webhook_endpoints.lock",
                          "SELECT id FROM webhook_endpoints WHERE id = $1 FOR UPDATE"};

constexpr db::Sql removeSql{"webhook_endpoints.remove", "DELETE FROM webhook_endpoints WHERE id = $1"};

constexpr db::Sql rotateSql{"webhook_endpoints.rotate", R"sql(
    UPDATE webhook_endpoints
       SET secret = decode($2, 'hex'),
           previous_secret = CASE WHEN $4::double precision > 0 THEN decode($3, 'hex') END,
           previous_secret_until = CASE WHEN $4::double precision > 0 THEN now() + make_interval(secs => $4::double precision) END,
           updated_at = now()
     WHERE id = $1
)sql"};

WebhookEndpoint endpointFrom(const pqxx::row& row)
{
    WebhookEndpoint endpoint;
    endpoint.id = row["id"].as<std::string>();
    endpoint.url = row["url"].as<std::string>();
    endpoint.description = row["description"].as<std::string>();
    Poco::StringTokenizer types(row["event_types"].as<std::string>(), ",",
                                Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    endpoint.eventTypes.assign(types.begin(), types.end());
    endpoint.enabled = row["enabled"].as<bool>();
    endpoint.disabledReason = row["disabled_reason"].as<std::string>();
    endpoint.sealedSecret = crypto::fromHex(row["secret"].as<std::string>());
    endpoint.sealedPreviousSecret = crypto::fromHex(row["previous_secret"].as<std::string>());
    endpoint.previousSecretUntil = row["previous_secret_until"].as<std::string>();
    endpoint.failingSince = row["failing_since"].as<std::string>();
    endpoint.consecutiveFailures = row["consecutive_failures"].as<int>();
    endpoint.createdAt = row["created_at"].as<std::string>();
    endpoint.createdAtMicros = row["created_at_micros"].as<std::string>();
    endpoint.updatedAt = row["updated_at"].as<std::string>();
    return endpoint;
}

} // namespace

std::vector<WebhookEndpoint> WebhookEndpointStore::list(db::Transaction& tx)
{
    std::vector<WebhookEndpoint> endpoints;
    for (const auto& row : tx.exec(listEndpointsSql, nullptr)) {
        endpoints.push_back(endpointFrom(row));
    }
    return endpoints;
}

std::optional<WebhookEndpoint> WebhookEndpointStore::findForUpdate(db::Transaction& tx, const std::string& id)
{
    if (tx.exec(lockSql, id).empty()) {
        return std::nullopt;
    }
    return find(tx, id);
}

std::optional<WebhookEndpoint> WebhookEndpointStore::find(db::Transaction& tx, const std::string& id)
{
    const auto rows = tx.exec(listEndpointsSql, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return endpointFrom(rows[0]);
}

void WebhookEndpointStore::insert(db::Transaction& tx, const std::string& id, const EndpointRow& row,
                                  const std::string& sealedSecret)
{
    tx.exec(insertSql, id, row.url, row.description,
            Poco::cat(std::string(","), row.eventTypes.begin(), row.eventTypes.end()),
            crypto::toHex(sealedSecret));
}

void WebhookEndpointStore::update(db::Transaction& tx, const std::string& id, const EndpointRow& row)
{
    tx.exec(updateSql, id, row.url, row.description,
            Poco::cat(std::string(","), row.eventTypes.begin(), row.eventTypes.end()), row.enabled,
            row.disabledReason);
}

bool WebhookEndpointStore::remove(db::Transaction& tx, const std::string& id)
{
    return tx.exec(removeSql, id).affected_rows() > 0;
}

void WebhookEndpointStore::rotateSecret(db::Transaction& tx, const std::string& id,
                                        const std::string& sealedSecret, const std::string& sealedPrevious,
                                        long long graceSeconds)
{
    tx.exec(rotateSql, id, crypto::toHex(sealedSecret), crypto::toHex(sealedPrevious),
            static_cast<double>(graceSeconds));
}

} // namespace aih::webhooks
