// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"
#include "webhooks/WebhookEndpoint.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::webhooks {

/// What an endpoint change sets; the service has merged it with the stored endpoint.
struct EndpointRow
{
    std::string url;
    std::string description;
    std::vector<std::string> eventTypes;
    bool enabled = true;
    std::string disabledReason;
};

/// SQL for webhook_endpoints, in the transaction's tenant (row-level security scopes every row).
class WebhookEndpointStore
{
public:
    static std::vector<WebhookEndpoint> list(db::Transaction& tx);
    static std::optional<WebhookEndpoint> find(db::Transaction& tx, const std::string& id);
    /// The endpoint, locked until the transaction ends: a change and a deletion do not interleave.
    static std::optional<WebhookEndpoint> findForUpdate(db::Transaction& tx, const std::string& id);
    /// The id is chosen by the caller: the sealed secret is bound to it.
    static void insert(db::Transaction& tx, const std::string& id, const EndpointRow& row,
                       const std::string& sealedSecret);
    /// Re-enabling also forgets the failure streak, so the endpoint gets a fresh start.
    static void update(db::Transaction& tx, const std::string& id, const EndpointRow& row);
    static bool remove(db::Transaction& tx, const std::string& id);
    /// The new secret signs from now on; the old one also signs for `graceSeconds` (0: not at all).
    static void rotateSecret(db::Transaction& tx, const std::string& id, const std::string& sealedSecret,
                             const std::string& sealedPrevious, long long graceSeconds);
};

} // namespace aih::webhooks
