// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aih::webhooks {

/// A tenant's webhook endpoint as stored; the secrets stay sealed.
struct WebhookEndpoint
{
    std::string id;
    std::string url;
    std::string description;
    std::vector<std::string> eventTypes;
    bool enabled = true;
    std::string disabledReason; ///< "admin", "failing", or empty while enabled
    std::string sealedSecret;
    std::string sealedPreviousSecret; ///< empty unless a rotation's grace is running
    std::string previousSecretUntil;  ///< RFC 3339, empty when no grace runs
    std::string failingSince;         ///< RFC 3339, empty after a success
    int consecutiveFailures = 0;
    std::string createdAt;
    std::string createdAtMicros; ///< the keyset position
    std::string updatedAt;
};

/// One event on its way to one endpoint, and how the attempts went.
struct WebhookDelivery
{
    std::string id;
    std::string endpointId;
    std::string eventId;
    std::string eventType;
    std::string replayOf;
    std::string status; ///< pending, succeeded, failed
    int attempts = 0;
    std::optional<int> responseStatus;
    std::optional<int> durationMs;
    std::string lastError;
    std::string nextAttemptAt; ///< RFC 3339 while pending
    std::string lastAttemptAt;
    std::string createdAt;
    std::string createdAtMicros;
    std::string finishedAt;
};

struct DeliveryPage
{
    std::vector<WebhookDelivery> deliveries;
    std::optional<std::string> nextCursor;
};

} // namespace aih::webhooks
