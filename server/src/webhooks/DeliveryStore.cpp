// SPDX-License-Identifier: Apache-2.0
#include "webhooks/DeliveryStore.h"

#include "crypto/Hex.h"
#include "db/Fields.h"
#include "util/RandomUuid.h"

namespace aih::webhooks {
namespace {

// One due delivery at a time, its endpoint not resting after a failure: its lease need only cover
// the one attempt that follows.
constexpr db::Sql claimSql{"webhook_deliveries.claim", R"sql(
    WITH due AS (
        SELECT d.id FROM webhook_deliveries d
          JOIN webhook_endpoints e ON e.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND (e.retry_at IS NULL OR e.retry_at <= now())
         ORDER BY d.next_attempt_at, d.id
         LIMIT 1
           FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE webhook_deliveries d
       SET next_attempt_at = now() + make_interval(secs => $1::double precision), claim_token = $2::uuid
      FROM due, webhook_endpoints e, webhook_events ev
     WHERE d.id = due.id AND e.id = d.endpoint_id AND ev.id = d.event_id
    RETURNING d.id, d.endpoint_id, e.url, e.enabled, encode(e.secret, 'hex') AS secret,
              CASE WHEN e.previous_secret_until > now() THEN encode(e.previous_secret, 'hex') ELSE '' END
                  AS previous_secret,
              d.event_id, ev.payload, d.attempts, e.consecutive_failures,
              floor(extract(epoch FROM now() - d.created_at))::bigint AS age_seconds
)sql"};

constexpr db::Sql successSql{"webhook_deliveries.success", R"sql(
    WITH delivery AS (
        UPDATE webhook_deliveries
           SET status = 'succeeded', attempts = attempts + 1, last_attempt_at = now(), finished_at = now(),
               response_status = $2::integer, duration_ms = $3, last_error = NULL, claim_token = NULL
         WHERE id = $1 AND claim_token = $4::uuid AND status = 'pending'
        RETURNING endpoint_id
    )
    UPDATE webhook_endpoints e
       SET failing_since = NULL, consecutive_failures = 0, retry_at = NULL
      FROM delivery
     WHERE e.id = delivery.endpoint_id
       AND (e.failing_since IS NOT NULL OR e.consecutive_failures > 0 OR e.retry_at IS NOT NULL)
)sql"};

// The streak is judged with this failure counted; an endpoint an admin switched off meanwhile is
// left as the admin set it. The endpoint rests for $9 seconds. (One UPDATE per table: a statement cannot
// update a row twice.)
constexpr db::Sql failureSql{"webhook_deliveries.failure", R"sql(
    WITH delivery AS (
        UPDATE webhook_deliveries
           SET attempts = attempts + 1, last_attempt_at = now(), response_status = $2::integer, duration_ms = $3,
               last_error = left($4, 1000),
               status = CASE WHEN $5::double precision IS NULL THEN 'failed' ELSE 'pending' END,
               finished_at = CASE WHEN $5::double precision IS NULL THEN now() END,
               next_attempt_at = now() + make_interval(secs => coalesce($5::double precision, 0)),
               claim_token = NULL
         WHERE id = $1 AND claim_token = $8::uuid AND status = 'pending'
        RETURNING endpoint_id
    ), judged AS (
        SELECT e.id,
               e.enabled
                   AND coalesce(e.failing_since, now()) <= now() - make_interval(secs => $6::double precision)
                   AND e.consecutive_failures + 1 >= $7 AS disable
          FROM webhook_endpoints e
          JOIN delivery ON e.id = delivery.endpoint_id
    )
    UPDATE webhook_endpoints e
       SET failing_since = coalesce(e.failing_since, now()),
           consecutive_failures = e.consecutive_failures + 1,
           retry_at = now() + make_interval(secs => $9::double precision),
           enabled = e.enabled AND NOT judged.disable,
           disabled_reason = CASE WHEN judged.disable THEN 'failing' ELSE e.disabled_reason END,
           updated_at = CASE WHEN judged.disable THEN now() ELSE e.updated_at END
      FROM judged
     WHERE e.id = judged.id
    RETURNING judged.disable
)sql"};

constexpr db::Sql abandonSql{"webhook_deliveries.abandon", R"sql(
    UPDATE webhook_deliveries
       SET status = 'failed', finished_at = now(), last_error = left($2, 1000), claim_token = NULL
     WHERE id = $1 AND claim_token = $3::uuid AND status = 'pending'
)sql"};

// One query lists an endpoint's deliveries and finds one delivery by id.
constexpr db::Sql listDeliveriesSql{"webhook_deliveries.list", R"sql(
    SELECT d.id, d.endpoint_id, d.event_id, ev.type AS event_type, coalesce(d.replay_of::text, '') AS replay_of,
           d.status, d.attempts, d.response_status, d.duration_ms, coalesce(d.last_error, '') AS last_error,
           CASE WHEN d.status = 'pending'
                THEN to_char(d.next_attempt_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') ELSE '' END
               AS next_attempt_at,
           coalesce(to_char(d.last_attempt_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS last_attempt_at,
           to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
           to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros,
           coalesce(to_char(d.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS finished_at
      FROM webhook_deliveries d
      JOIN webhook_events ev ON ev.id = d.event_id
     WHERE ($1::uuid IS NULL OR d.endpoint_id = $1::uuid)
       AND ($6::uuid IS NULL OR d.id = $6::uuid)
       AND ($2::text IS NULL OR d.status = $2)
       AND ($3::timestamp IS NULL OR (d.created_at AT TIME ZONE 'UTC', d.id) < ($3::timestamp, $4::uuid))
     ORDER BY d.created_at DESC, d.id DESC
     LIMIT $5
)sql"};

// An admin who asks to send again has usually mended the receiver: the endpoint's rest ends, so
// the replay is the next probe.
constexpr db::Sql replaySql{"webhook_deliveries.replay", R"sql(
    WITH woken AS (
        UPDATE webhook_endpoints SET retry_at = NULL WHERE id = $1 AND retry_at IS NOT NULL
    )
    INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, replay_of)
    VALUES (aih_current_tenant(), $1, $2, $3)
    RETURNING id
)sql"};

WebhookDelivery deliveryFrom(const pqxx::row& row)
{
    WebhookDelivery delivery;
    delivery.id = row["id"].as<std::string>();
    delivery.endpointId = row["endpoint_id"].as<std::string>();
    delivery.eventId = row["event_id"].as<std::string>();
    delivery.eventType = row["event_type"].as<std::string>();
    delivery.replayOf = row["replay_of"].as<std::string>();
    delivery.status = row["status"].as<std::string>();
    delivery.attempts = row["attempts"].as<int>();
    if (!row["response_status"].is_null()) {
        delivery.responseStatus = row["response_status"].as<int>();
    }
    if (!row["duration_ms"].is_null()) {
        delivery.durationMs = row["duration_ms"].as<int>();
    }
    delivery.lastError = row["last_error"].as<std::string>();
    delivery.nextAttemptAt = row["next_attempt_at"].as<std::string>();
    delivery.lastAttemptAt = row["last_attempt_at"].as<std::string>();
    delivery.createdAt = row["created_at"].as<std::string>();
    delivery.createdAtMicros = row["created_at_micros"].as<std::string>();
    delivery.finishedAt = row["finished_at"].as<std::string>();
    return delivery;
}

} // namespace

std::optional<ClaimedDelivery> DeliveryStore::claimNext(db::Transaction& tx, std::chrono::seconds lease)
{
    const auto token = util::randomUuid();
    const auto rows = tx.exec(claimSql, static_cast<double>(lease.count()), token);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    ClaimedDelivery delivery;
    delivery.id = row["id"].as<std::string>();
    delivery.claimToken = token;
    delivery.endpointId = row["endpoint_id"].as<std::string>();
    delivery.url = row["url"].as<std::string>();
    delivery.endpointEnabled = row["enabled"].as<bool>();
    delivery.sealedSecret = crypto::fromHex(row["secret"].as<std::string>());
    delivery.sealedPreviousSecret = crypto::fromHex(row["previous_secret"].as<std::string>());
    delivery.eventId = row["event_id"].as<std::string>();
    delivery.payload = row["payload"].as<std::string>();
    delivery.attemptsBefore = row["attempts"].as<int>();
    delivery.endpointFailuresBefore = row["consecutive_failures"].as<int>();
    delivery.age = std::chrono::seconds(row["age_seconds"].as<long long>());
    return delivery;
}

void DeliveryStore::recordSuccess(db::Transaction& tx, const ClaimedDelivery& delivery,
                                  const AttemptOutcome& outcome)
{
    tx.exec(successSql, delivery.id, db::nullable(db::numberText(outcome.responseStatus)), outcome.durationMs,
            delivery.claimToken);
}

FailureEffect DeliveryStore::recordFailure(db::Transaction& tx, const ClaimedDelivery& delivery,
                                           const AttemptOutcome& outcome,
                                           std::optional<std::chrono::seconds> retryIn,
                                           std::chrono::seconds endpointRest,
                                           std::chrono::seconds disableAfter, int disableAfterFailures)
{
    const auto retry = db::numberText(retryIn ? std::optional(retryIn->count()) : std::nullopt);
    const auto disabled = tx.exec(
        failureSql, delivery.id, db::nullable(db::numberText(outcome.responseStatus)), outcome.durationMs,
        outcome.error, db::nullable(retry), static_cast<double>(disableAfter.count()), disableAfterFailures,
        delivery.claimToken, static_cast<double>(endpointRest.count()));
    return FailureEffect{!disabled.empty() && disabled[0]["disable"].as<bool>()};
}

void DeliveryStore::abandon(db::Transaction& tx, const ClaimedDelivery& delivery, const std::string& reason)
{
    tx.exec(abandonSql, delivery.id, reason, delivery.claimToken);
}

DeliveryPage DeliveryStore::list(db::Transaction& tx, const std::string& endpointId,
                                 const std::optional<std::string>& status, int limit,
                                 const db::Keyset& position)
{
    const auto rows =
        tx.exec(listDeliveriesSql, endpointId, db::nullable(status), db::nullable(position.after),
                db::nullable(position.afterId), limit + 1, nullptr);
    DeliveryPage page;
    for (const auto& row : rows) {
        if (static_cast<int>(page.deliveries.size()) == limit) {
            const auto& last = page.deliveries.back();
            page.nextCursor = db::Keyset::encode(last.createdAtMicros, last.id);
            break;
        }
        page.deliveries.push_back(deliveryFrom(row));
    }
    return page;
}

std::optional<WebhookDelivery> DeliveryStore::find(db::Transaction& tx, const std::string& id)
{
    const auto rows = tx.exec(listDeliveriesSql, nullptr, nullptr, nullptr, nullptr, 1, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return deliveryFrom(rows[0]);
}

std::string DeliveryStore::replay(db::Transaction& tx, const WebhookDelivery& original)
{
    return tx.exec(replaySql, original.endpointId, original.eventId, original.id)
        .at(0)["id"]
        .as<std::string>();
}

} // namespace aih::webhooks
