// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/WebhooksApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString webhooksPath = QStringLiteral("/api/enterprise/webhooks");

std::optional<WebhookEndpoint> endpointOf(const QJsonDocument& document)
{
    return json::object(document, &WebhookEndpoint::fromJson);
}

std::optional<EndpointWithSecret> withSecretOf(const QJsonDocument& document)
{
    return json::object(document, &EndpointWithSecret::fromJson);
}

QJsonObject bodyOf(const EndpointDraft& draft)
{
    return {{"url", draft.url},
            {"description", draft.description},
            {"event_types", QJsonArray::fromStringList(draft.eventTypes)}};
}

} // namespace

Pending<QList<WebhookEndpoint>> WebhooksApi::list() const
{
    auto request = ApiRequest::get(webhooksPath);
    request.cacheable = true;
    return client_.call<QList<WebhookEndpoint>>(request, [](const QJsonDocument& document) {
        return json::list<WebhookEndpoint>(document, &WebhookEndpoint::fromJson);
    });
}

Pending<EndpointWithSecret> WebhooksApi::create(const EndpointDraft& draft) const
{
    return client_.call<EndpointWithSecret>(ApiRequest::post(webhooksPath, bodyOf(draft)), withSecretOf);
}

Pending<WebhookEndpoint> WebhooksApi::update(const QString& id, const EndpointDraft& draft) const
{
    return client_.call<WebhookEndpoint>(
        ApiRequest::withJson("PATCH", webhooksPath + '/' + id, bodyOf(draft)), endpointOf);
}

Pending<WebhookEndpoint> WebhooksApi::setEnabled(const QString& id, bool enabled) const
{
    return client_.call<WebhookEndpoint>(
        ApiRequest::withJson("PATCH", webhooksPath + '/' + id, {{"enabled", enabled}}), endpointOf);
}

Pending<EndpointWithSecret> WebhooksApi::rotateSecret(const QString& id, int graceSeconds) const
{
    return client_.call<EndpointWithSecret>(
        ApiRequest::post(webhooksPath + '/' + id + "/rotate-secret", {{"grace_seconds", graceSeconds}}),
        withSecretOf);
}

Pending<Done> WebhooksApi::remove(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(webhooksPath + '/' + id), ignoreBody);
}

Pending<QList<WebhookDelivery>> WebhooksApi::deliveries(const QString& endpointId) const
{
    QUrlQuery query;
    query.addQueryItem("limit", "100");
    auto request = ApiRequest::get(webhooksPath + '/' + endpointId + "/deliveries", query);
    request.cacheable = true;
    return client_.call<QList<WebhookDelivery>>(request, [](const QJsonDocument& document) {
        return json::list<WebhookDelivery>(document, &WebhookDelivery::fromJson);
    });
}

Pending<WebhookDelivery> WebhooksApi::replay(const QString& deliveryId) const
{
    return client_.call<WebhookDelivery>(
        ApiRequest::post(webhooksPath + "/deliveries/" + deliveryId + "/replay"),
        [](const QJsonDocument& document) { return json::object(document, &WebhookDelivery::fromJson); });
}

} // namespace aih::console
