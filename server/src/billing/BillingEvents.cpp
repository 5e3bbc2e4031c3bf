// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingEvents.h"

#include "accounts/Notices.h"
#include "http/Response.h"
#include "util/JsonText.h"
#include "webhooks/EventOutbox.h"

namespace aih::billing {
namespace {

constexpr db::Sql insertEvent{
    "billing.history_insert",
    "INSERT INTO billing_history (tenant_id, action, actor, success, stripe_event_id, details, occurred_at) "
    "VALUES ($1, $2, $3, $4, nullif($5, ''), $6::jsonb, "
    "CASE WHEN $7::bigint = 0 THEN now() ELSE to_timestamp($7::bigint) END) "
    "ON CONFLICT (stripe_event_id, action) DO NOTHING"};

audit::AuditEvent systemActing()
{
    audit::AuditEvent event;
    event.actor.type = audit::ActorType::System;
    return event;
}

} // namespace

audit::AuditEvent stripeCause(const identity::Origin& delivery)
{
    // Nobody is signed in on a webhook: the signature proves Stripe sent it, so the system acts,
    // from the delivering request's address and request id.
    auto event = systemActing();
    event.origin = delivery;
    return event;
}

audit::AuditEvent systemCause()
{
    return systemActing();
}

void BillingEvents::add(BillingEvent event)
{
    events_.push_back(std::move(event));
}

audit::AuditEvent BillingEvents::auditEntryOf(const BillingEvent& event, const std::string& tenantId) const
{
    auto entry = cause_;
    entry.action = event.action;
    const auto subscriptionId =
        event.details ? event.details->optValue<std::string>("subscription_id", "") : std::string();
    if (subscriptionId.empty()) {
        entry.on("tenant", tenantId);
    } else {
        entry.on("subscription", subscriptionId);
    }
    if (event.actor == "stripe") {
        entry.with("source", "stripe");
    }
    if (!event.stripeEventId.empty()) {
        entry.with("stripe_event_id", event.stripeEventId);
    }
    if (event.details) {
        for (const auto& [key, value] : *event.details) {
            entry.with(key, value);
        }
    }
    if (!event.success) {
        entry.failed(event.action == "billing.payment_failed" ? "The payment failed." : "Failed.");
    }
    return entry;
}

void BillingEvents::write(db::Transaction& tx) const
{
    for (const auto& event : events_) {
        const auto details = event.details ? util::toJsonText(event.details) : std::string("{}");
        tx.exec(insertEvent, tx.tenantId(), event.action, event.actor, event.success, event.stripeEventId,
                details, event.occurredAt);
        if (event.action == "billing.payment_failed") {
            // Stripe delivers an event again until it is acknowledged: once per Stripe event.
            webhooks::EventOutbox::publish(tx, "payment.failed", event.details,
                                           event.stripeEventId.empty()
                                               ? std::nullopt
                                               : std::optional("payment.failed:" + event.stripeEventId));
            if (event.details) {
                accounts::mailPaymentFailed(tx, event.stripeEventId,
                                            event.details->optValue<std::string>("invoice_id", ""),
                                            event.details->optValue<Poco::Int64>("amount", 0),
                                            event.details->optValue<std::string>("currency", ""),
                                            event.details->optValue<int>("attempt_count", 0));
            }
        }
    }
    // The audit chain's lock is taken last of all the transaction's locks (see AuditLog).
    for (const auto& event : events_) {
        audit_.record(tx, auditEntryOf(event, tx.tenantId()));
    }
}

} // namespace aih::billing
