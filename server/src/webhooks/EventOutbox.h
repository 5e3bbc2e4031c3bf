// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <optional>
#include <string>

namespace aih::webhooks {

/// Publishes an event to the tenant's webhook endpoints, inside the transaction of the change
/// that causes it: the event and a pending delivery per enabled endpoint subscribed to its type
/// commit or roll back with the change. Nothing is written when no endpoint listens.
///
/// The payload is Stripe's event shape, so customers' Stripe tooling reads it:
/// `{"id", "object": "event", "type", "created", "tenant_id", "data": {"object": ...}}`.
/// `data` must hold what the tenant's admins may see anyway, never secrets.
class EventOutbox
{
public:
    /// `dedupeKey`: an event with the same key was already published for this tenant, this one
    /// is dropped (a cause that can repeat, such as a Stripe event delivered twice). Returns the
    /// event id, or nothing when no endpoint listens or the event is a repeat.
    static std::optional<std::string> publish(db::Transaction& tx, const std::string& type,
                                              const Poco::JSON::Object::Ptr& data,
                                              const std::optional<std::string>& dedupeKey = std::nullopt);

    /// Replaces an email address with `standIn` in every event the tenant keeps (for retries and
    /// replays), for the GDPR erasure of the person it names. Deliveries still to come carry the
    /// stand-in.
    static void forgetAddress(db::Transaction& tx, const std::string& address, const std::string& standIn);
};

} // namespace aih::webhooks
