// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingAccount.h"
#include "billing/BillingEvents.h"
#include "billing/StripeClient.h"
#include "billing/StripeObjects.h"
#include "billing/SubscriptionRules.h"
#include "db/Change.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "identity/Caller.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "time/Clock.h"

#include <chrono>
#include <functional>
#include <string>

namespace aih::billing {

/// One delivery of a Stripe event, as the route received it.
struct WebhookRequest
{
    std::string signature; ///< the Stripe-Signature header
    std::string body;      ///< the raw body, exactly as signed
    identity::Origin origin;
};

/// Stripe's webhook: verifies the signature on the raw body before reading anything, finds the
/// tenant, and applies the event exactly once. The event id is claimed and the change applied in
/// one tenant transaction, with the tenant row locked, so redeliveries (also concurrent ones)
/// are acknowledged without effect and a crash between the two cannot happen. Events arrive in
/// any order: an older subscription state never overwrites a newer one, and where the order
/// cannot be told (the same second, or events that carry no subscription state) the current
/// subscription is fetched from Stripe while the row is locked.
class WebhookService final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;

    WebhookService(db::Database& database, const StripeClient& stripe, PriceCatalog prices,
                   std::string webhookSecret, std::chrono::seconds gracePeriod, const audit::AuditLog& audit,
                   db::Announce announce, const time::Clock& clock = time::systemClock());

    /// Returns the outcome: applied, duplicate, stale or ignored. Throws 400 for a bad signature
    /// or an unreadable event, 503 when the database or Stripe is unreachable (Stripe retries).
    std::string handle(const WebhookRequest& request);

    /// Deliveries by result, for /metrics: `rejected` were refused (bad signature, unreadable),
    /// `failed` could not be processed now (Stripe retries them).
    struct Outcomes
    {
        observability::Counter applied;
        observability::Counter duplicate;
        observability::Counter stale;
        observability::Counter ignored;
        observability::Counter rejected;
        observability::Counter failed;
    };
    const Outcomes& outcomes() const { return outcomes_; }

private:
    struct Target
    {
        std::string customerId;
        std::string tenantReference;
    };

    /// One event being applied, in its tenant's transaction.
    struct Delivery
    {
        db::Transaction& tx;
        BillingAccount account;
        const StripeEvent& event;
        const std::string& requestId;
        BillingEvents changes;
    };

    std::string process(const WebhookRequest& request);
    void count(const std::string& outcome);
    void verify(const WebhookRequest& request) const;
    Target targetOf(const StripeEvent& event) const;
    std::string tenantFor(const WebhookRequest& request, const StripeEvent& event,
                          const Target& target) const;
    std::string apply(Delivery& delivery, const Target& target) const;
    std::string applySubscriptionEvent(Delivery& delivery) const;
    std::string applyCheckout(Delivery& delivery) const;
    std::string applyInvoice(Delivery& delivery) const;
    /// Fetches the subscription's current state and applies it; "ignored" if Stripe has none.
    std::string applyCurrent(Delivery& delivery, const std::string& subscriptionId) const;
    std::string applyState(Delivery& delivery, const SubscriptionSnapshot& sub) const;

    db::Database& database_;
    const StripeClient& stripe_;
    const audit::AuditLog& audit_;
    PriceCatalog prices_;
    std::string secret_;
    long long graceSeconds_;
    db::Announce announce_;
    const time::Clock& clock_;
    Outcomes outcomes_;
};

/// The event types the webhook acts on; anything else is acknowledged and ignored.
bool isHandledEventType(const std::string& type);

} // namespace aih::billing
