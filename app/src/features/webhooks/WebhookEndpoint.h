// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// A tenant's webhook endpoint as listed: never its signing secret.
struct WebhookEndpoint
{
    QString id;
    QString url;
    QString description;
    QStringList eventTypes;
    bool enabled = true;
    QString disabledReason; ///< "admin", "failing", or empty
    QDateTime failingSince;
    int consecutiveFailures = 0;
    QDateTime previousSecretExpiresAt;
    QDateTime createdAt;

    static std::optional<WebhookEndpoint> fromJson(const QJsonObject& object);
};

/// An endpoint just made or with a new secret: the one time the secret is known.
struct EndpointWithSecret
{
    WebhookEndpoint endpoint;
    QString secret;

    static std::optional<EndpointWithSecret> fromJson(const QJsonObject& object);
};

/// One event on its way to one endpoint.
struct WebhookDelivery
{
    QString id;
    QString eventId;
    QString eventType;
    QString status; ///< pending, succeeded, failed
    int attempts = 0;
    int responseStatus = 0; ///< 0 when no answer came
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QString replayOf;

    static std::optional<WebhookDelivery> fromJson(const QJsonObject& object);
};

/// What the endpoint dialog asks for.
struct EndpointDraft
{
    QString url;
    QString description;
    QStringList eventTypes; ///< `*` for every type
};

/// The event types the server publishes, as its API names them.
QStringList webhookEventTypes();

} // namespace aih::console
