// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookEndpointService.h"

#include "errors/ApiError.h"
#include "util/RandomUuid.h"
#include "webhooks/DeliveryStore.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookEventTypes.h"

#include <Poco/String.h>
#include <Poco/URI.h>
#include <algorithm>

namespace aih::webhooks {
namespace {

using errors::ApiError;
using errors::ErrorCode;

ApiError endpointNotFound()
{
    return {ErrorCode::NotFound, "No such webhook endpoint."};
}

std::vector<std::string> checkedEventTypes(std::vector<std::string> types)
{
    if (types.empty()) {
        throw ApiError::validation("event_types", "name at least one event type, or \"*\" for all");
    }
    for (const auto& type : types) {
        if (type != "*" && !isEventType(type)) {
            throw ApiError::validation("event_types", "unknown event type: " + type);
        }
    }
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    return types;
}

/// The URL's origin and the event types, never the secret. The rest of a URL can be a credential
/// itself (chat services put theirs in the path), and managers read the audit trail.
audit::AuditEvent describe(audit::AuditEvent event, const WebhookEndpoint& endpoint)
{
    std::string origin;
    try {
        const Poco::URI uri(endpoint.url);
        origin = uri.getScheme() + "://" + uri.getAuthority();
    } catch (const Poco::Exception&) {
        origin = "(unparsable)";
    }
    return event.on("webhook_endpoint", endpoint.id)
        .with("url_origin", origin)
        .with("event_types",
              Poco::cat(std::string(","), endpoint.eventTypes.begin(), endpoint.eventTypes.end()))
        .with("enabled", endpoint.enabled);
}

EndpointRow rowOf(const WebhookEndpoint& endpoint)
{
    return {endpoint.url, endpoint.description, endpoint.eventTypes, endpoint.enabled,
            endpoint.disabledReason};
}

} // namespace

WebhookEndpointService::WebhookEndpointService(db::Database& database, const audit::AuditLog& audit,
                                               const EndpointSecrets& secrets,
                                               const egress::GuardedHttpClient& client)
    : database_(database), audit_(audit), secrets_(secrets), client_(client)
{
}

void WebhookEndpointService::vetUrl(const std::string& url) const
{
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
        throw ApiError::validation("url", "must be an https URL");
    }
    try {
        client_.vet(url);
    } catch (const egress::EgressError&) {
        // The same answer whether the host does not resolve or resolves somewhere private: a
        // tenant must not learn which names our network has.
        throw ApiError::validation("url", "must name a host that resolves to public addresses this server "
                                          "may reach (or to a network the operator allows)");
    }
}

std::vector<WebhookEndpoint> WebhookEndpointService::list(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) { return WebhookEndpointStore::list(tx); });
}

WebhookEndpoint WebhookEndpointService::get(identity::Caller& caller, const std::string& id)
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto endpoint = WebhookEndpointStore::find(tx, id);
        if (!endpoint) {
            throw endpointNotFound();
        }
        return *endpoint;
    });
}

EndpointWithSecret WebhookEndpointService::create(identity::Caller& caller, const EndpointFields& fields)
{
    if (!fields.url) {
        throw ApiError::validation("url", "is required");
    }
    if (!fields.eventTypes) {
        throw ApiError::validation("event_types", "is required");
    }
    vetUrl(*fields.url);
    EndpointRow row{*fields.url, fields.description.value_or(""), checkedEventTypes(*fields.eventTypes),
                    fields.enabled.value_or(true), fields.enabled.value_or(true) ? "" : "admin"};
    const auto id = util::randomUuid();
    auto secret = newEndpointSecret();
    const auto sealed = secrets_.seal(secret, caller.tenantId, id);
    auto endpoint = caller.inTenant(database_, [&](db::Transaction& tx) {
        if (WebhookEndpointStore::list(tx).size() >= maxEndpoints) {
            throw ApiError(ErrorCode::Conflict,
                           "A tenant has at most " + std::to_string(maxEndpoints) + " webhook endpoints.");
        }
        WebhookEndpointStore::insert(tx, id, row, sealed);
        auto created = *WebhookEndpointStore::find(tx, id);
        audit_.record(tx, describe(audit::eventFrom(caller, "webhook.endpoint_created"), created));
        return created;
    });
    return {std::move(endpoint), std::move(secret)};
}

WebhookEndpoint WebhookEndpointService::update(identity::Caller& caller, const std::string& id,
                                               const EndpointFields& fields)
{
    if (fields.url) {
        vetUrl(*fields.url);
    }
    const auto types =
        fields.eventTypes ? std::optional(checkedEventTypes(*fields.eventTypes)) : std::nullopt;
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto endpoint = WebhookEndpointStore::findForUpdate(tx, id);
        if (!endpoint) {
            throw endpointNotFound();
        }
        auto row = rowOf(*endpoint);
        row.url = fields.url.value_or(row.url);
        row.description = fields.description.value_or(row.description);
        row.eventTypes = types.value_or(row.eventTypes);
        if (fields.enabled && *fields.enabled != endpoint->enabled) {
            row.enabled = *fields.enabled;
            row.disabledReason = row.enabled ? "" : "admin";
        }
        WebhookEndpointStore::update(tx, id, row);
        auto updated = *WebhookEndpointStore::find(tx, id);
        audit_.record(tx, describe(audit::eventFrom(caller, "webhook.endpoint_updated"), updated));
        return updated;
    });
}

void WebhookEndpointService::remove(identity::Caller& caller, const std::string& id)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        auto endpoint = WebhookEndpointStore::findForUpdate(tx, id);
        if (!endpoint || !WebhookEndpointStore::remove(tx, id)) {
            throw endpointNotFound();
        }
        audit_.record(tx, describe(audit::eventFrom(caller, "webhook.endpoint_deleted"), *endpoint));
    });
}

EndpointWithSecret WebhookEndpointService::rotateSecret(identity::Caller& caller, const std::string& id,
                                                        long long graceSeconds)
{
    if (graceSeconds < 0 || graceSeconds > maxGraceSeconds) {
        throw ApiError::validation("grace_seconds", "must be between 0 and 604800 (7 days)");
    }
    auto secret = newEndpointSecret();
    const auto sealed = secrets_.seal(secret, caller.tenantId, id);
    auto endpoint = caller.inTenant(database_, [&](db::Transaction& tx) {
        auto current = WebhookEndpointStore::findForUpdate(tx, id);
        if (!current) {
            throw endpointNotFound();
        }
        WebhookEndpointStore::rotateSecret(tx, id, sealed, current->sealedSecret, graceSeconds);
        auto rotated = *WebhookEndpointStore::find(tx, id);
        audit_.record(tx, audit::eventFrom(caller, "webhook.secret_rotated")
                              .on("webhook_endpoint", id)
                              .with("grace_seconds", graceSeconds));
        return rotated;
    });
    return {std::move(endpoint), std::move(secret)};
}

DeliveryPage WebhookEndpointService::deliveries(identity::Caller& caller, const std::string& endpointId,
                                                const std::optional<std::string>& status, int limit,
                                                const std::optional<std::string>& cursor)
{
    const auto position = db::Keyset::parse(cursor);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        if (!WebhookEndpointStore::find(tx, endpointId)) {
            throw endpointNotFound();
        }
        return DeliveryStore::list(tx, endpointId, status, limit, position);
    });
}

WebhookDelivery WebhookEndpointService::replay(identity::Caller& caller, const std::string& deliveryId)
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto original = DeliveryStore::find(tx, deliveryId);
        if (!original) {
            throw ApiError(ErrorCode::NotFound, "No such webhook delivery.");
        }
        const auto endpoint = WebhookEndpointStore::findForUpdate(tx, original->endpointId);
        if (!endpoint) {
            throw ApiError(ErrorCode::NotFound, "No such webhook delivery.");
        }
        if (!endpoint->enabled) {
            throw ApiError(ErrorCode::Conflict, "The endpoint is disabled; enable it before replaying.");
        }
        const auto id = DeliveryStore::replay(tx, *original);
        audit_.record(tx, audit::eventFrom(caller, "webhook.delivery_replayed")
                              .on("webhook_delivery", id)
                              .with("replay_of", original->id)
                              .with("event_id", original->eventId));
        return *DeliveryStore::find(tx, id);
    });
}

} // namespace aih::webhooks
