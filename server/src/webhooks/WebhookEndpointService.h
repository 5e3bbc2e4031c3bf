// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "egress/GuardedHttpClient.h"
#include "identity/Caller.h"
#include "webhooks/WebhookEndpoint.h"
#include "webhooks/WebhookSigning.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::webhooks {

/// What a request sets on an endpoint; absent fields stay as they are.
struct EndpointFields
{
    std::optional<std::string> url;
    std::optional<std::string> description;
    std::optional<std::vector<std::string>> eventTypes;
    std::optional<bool> enabled;
};

/// An endpoint with its signing secret in clear: only when it is made or its secret rotated.
struct EndpointWithSecret
{
    WebhookEndpoint endpoint;
    std::string secret;
};

/// A tenant admin's outbound webhook endpoints and their delivery log. URLs are vetted against
/// the egress policy when saved (and again at every delivery, where it counts); secrets are
/// sealed at rest and shown once; every change is audited.
class WebhookEndpointService
{
public:
    /// A bound so nobody fans one event out to hundreds of URLs.
    static constexpr std::size_t maxEndpoints = 16;
    static constexpr long long maxGraceSeconds = 7LL * 24 * 3600;

    WebhookEndpointService(db::Database& database, const audit::AuditLog& audit,
                           const EndpointSecrets& secrets, const egress::GuardedHttpClient& client);

    std::vector<WebhookEndpoint> list(identity::Caller& caller);
    WebhookEndpoint get(identity::Caller& caller, const std::string& id);
    EndpointWithSecret create(identity::Caller& caller, const EndpointFields& fields);
    WebhookEndpoint update(identity::Caller& caller, const std::string& id, const EndpointFields& fields);
    void remove(identity::Caller& caller, const std::string& id);
    /// A new secret signs from now on; the old one signs beside it for `graceSeconds` (0..7 days).
    EndpointWithSecret rotateSecret(identity::Caller& caller, const std::string& id, long long graceSeconds);

    DeliveryPage deliveries(identity::Caller& caller, const std::string& endpointId,
                            const std::optional<std::string>& status, int limit,
                            const std::optional<std::string>& cursor);
    /// Sends a delivery's event to its endpoint again, as a new delivery (the event id is the
    /// same, so a receiver that already has it can tell). 409 for a disabled endpoint.
    WebhookDelivery replay(identity::Caller& caller, const std::string& deliveryId);

private:
    void vetUrl(const std::string& url) const;

    db::Database& database_;
    const audit::AuditLog& audit_;
    const EndpointSecrets& secrets_;
    const egress::GuardedHttpClient& client_;
};

} // namespace aih::webhooks
