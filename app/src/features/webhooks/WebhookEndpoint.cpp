// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/WebhookEndpoint.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<WebhookEndpoint> WebhookEndpoint::fromJson(const QJsonObject& object)
{
    if (!object.value("id").isString() || !object.value("url").isString()) {
        return std::nullopt;
    }
    WebhookEndpoint endpoint;
    endpoint.id = object.value("id").toString();
    endpoint.url = object.value("url").toString();
    endpoint.description = object.value("description").toString();
    endpoint.eventTypes = json::texts(object, "event_types");
    endpoint.enabled = object.value("enabled").toBool(true);
    endpoint.disabledReason = object.value("disabled_reason").toString();
    endpoint.failingSince = json::time(object, "failing_since");
    endpoint.consecutiveFailures = static_cast<int>(json::integer(object, "consecutive_failures"));
    endpoint.previousSecretExpiresAt = json::time(object, "previous_secret_expires_at");
    endpoint.createdAt = json::time(object, "created_at");
    return endpoint;
}

std::optional<EndpointWithSecret> EndpointWithSecret::fromJson(const QJsonObject& object)
{
    auto endpoint = WebhookEndpoint::fromJson(object);
    const auto secret = object.value("secret").toString();
    if (!endpoint || secret.isEmpty()) {
        return std::nullopt;
    }
    return EndpointWithSecret{*endpoint, secret};
}

std::optional<WebhookDelivery> WebhookDelivery::fromJson(const QJsonObject& object)
{
    if (!object.value("id").isString() || !object.value("status").isString()) {
        return std::nullopt;
    }
    WebhookDelivery delivery;
    delivery.id = object.value("id").toString();
    delivery.eventId = object.value("event_id").toString();
    delivery.eventType = object.value("event_type").toString();
    delivery.status = object.value("status").toString();
    delivery.attempts = static_cast<int>(json::integer(object, "attempts"));
    delivery.responseStatus = static_cast<int>(json::integer(object, "response_status"));
    delivery.lastError = object.value("last_error").toString();
    delivery.nextAttemptAt = json::time(object, "next_attempt_at");
    delivery.createdAt = json::time(object, "created_at");
    delivery.replayOf = object.value("replay_of").toString();
    return delivery;
}

QStringList webhookEventTypes()
{
    return {QStringLiteral("audit.chain_broken"), QStringLiteral("key.expiring"),
            QStringLiteral("key.revoked"),        QStringLiteral("payment.failed"),
            QStringLiteral("usage.threshold"),    QStringLiteral("user.invited")};
}

} // namespace aih::console
