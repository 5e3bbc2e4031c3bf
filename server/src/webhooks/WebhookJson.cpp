// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookJson.h"

#include "http/Response.h"

#include <Poco/JSON/Array.h>

namespace aih::webhooks {
namespace {

Poco::Dynamic::Var optionalNumber(const std::optional<int>& number)
{
    return number ? Poco::Dynamic::Var(*number) : Poco::Dynamic::Var();
}

} // namespace

Poco::JSON::Object::Ptr toJson(const WebhookEndpoint& endpoint)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", endpoint.id);
    out->set("object", "webhook_endpoint");
    out->set("url", endpoint.url);
    out->set("description", endpoint.description);
    Poco::JSON::Array::Ptr types = new Poco::JSON::Array;
    for (const auto& type : endpoint.eventTypes) {
        types->add(type);
    }
    out->set("event_types", types);
    out->set("enabled", endpoint.enabled);
    out->set("disabled_reason", http::textOrNull(endpoint.disabledReason));
    out->set("failing_since", http::textOrNull(endpoint.failingSince));
    out->set("consecutive_failures", endpoint.consecutiveFailures);
    out->set("previous_secret_expires_at", http::textOrNull(endpoint.previousSecretUntil));
    out->set("created_at", endpoint.createdAt);
    out->set("updated_at", endpoint.updatedAt);
    return out;
}

Poco::JSON::Object::Ptr toJson(const WebhookDelivery& delivery)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", delivery.id);
    out->set("object", "webhook_delivery");
    out->set("endpoint_id", delivery.endpointId);
    out->set("event_id", delivery.eventId);
    out->set("event_type", delivery.eventType);
    out->set("status", delivery.status);
    out->set("attempts", delivery.attempts);
    out->set("response_status", optionalNumber(delivery.responseStatus));
    out->set("duration_ms", optionalNumber(delivery.durationMs));
    out->set("last_error", http::textOrNull(delivery.lastError));
    out->set("next_attempt_at", http::textOrNull(delivery.nextAttemptAt));
    out->set("last_attempt_at", http::textOrNull(delivery.lastAttemptAt));
    out->set("replay_of", http::textOrNull(delivery.replayOf));
    out->set("created_at", delivery.createdAt);
    out->set("finished_at", http::textOrNull(delivery.finishedAt));
    return out;
}

} // namespace aih::webhooks
