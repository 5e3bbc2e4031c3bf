// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/webhooks/WebhookEndpoint.h"

namespace aih::console {

/// The calls of the webhooks page: `/api/enterprise/webhooks`.
class WebhooksApi
{
public:
    explicit WebhooksApi(const ApiClient& client) : client_(client) {}

    Pending<QList<WebhookEndpoint>> list() const;
    Pending<EndpointWithSecret> create(const EndpointDraft& draft) const;
    Pending<WebhookEndpoint> update(const QString& id, const EndpointDraft& draft) const;
    Pending<WebhookEndpoint> setEnabled(const QString& id, bool enabled) const;
    /// `graceSeconds`: how long the old secret keeps signing beside the new one (0 to 7 days).
    Pending<EndpointWithSecret> rotateSecret(const QString& id, int graceSeconds) const;
    Pending<Done> remove(const QString& id) const;
    /// The endpoint's newest deliveries (one page of up to 100).
    Pending<QList<WebhookDelivery>> deliveries(const QString& endpointId) const;
    Pending<WebhookDelivery> replay(const QString& deliveryId) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
