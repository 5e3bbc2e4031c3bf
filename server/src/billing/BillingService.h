// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingAccount.h"
#include "billing/BillingEvents.h"
#include "billing/BillingStore.h"
#include "billing/StripeClient.h"
#include "billing/SubscriptionRules.h"
#include "db/Database.h"
#include "identity/Caller.h"

#include <optional>
#include <string>

namespace aih::billing {

struct CheckoutRequest
{
    std::string tier;
    std::optional<std::string> successUrl;
    std::optional<std::string> cancelUrl;
};

struct CheckoutSession
{
    std::string id;
    std::string url;
};

struct SubscriptionView
{
    BillingAccount account;
    std::optional<PaymentRecord> lastPayment;
};

/// What a tenant's admins do with billing: buy a plan through Stripe Checkout, manage it in
/// Stripe's customer portal, and see where it stands. Tiers themselves only ever change through
/// verified webhooks (WebhookService), never through anything a tenant sends us.
class BillingService
{
public:
    BillingService(db::Database& database, const StripeClient& stripe, PriceCatalog prices,
                   std::string baseDomain, const audit::AuditLog& audit);

    CheckoutSession createCheckout(identity::Caller& caller, const CheckoutRequest& request);
    std::string openPortal(identity::Caller& caller, const std::optional<std::string>& returnUrl);
    SubscriptionView subscription(identity::Caller& caller);
    /// Closing a tenant ends its Stripe subscription at once, so a closed tenant is never billed
    /// again; recorded in its billing history and audit trail. Nothing to do when it has none or
    /// it has ended; 503 when billing is not configured or Stripe is unreachable.
    void cancelForClosing(identity::Caller& caller, const std::string& tenantId);

    const PriceCatalog& prices() const { return prices_; }
    bool configured() const { return stripe_.configured(); }

private:
    /// The tenant's one Stripe customer, created on first need.
    std::string ensureCustomer(identity::Caller& caller, const BillingAccount& account);
    void requireConfigured() const;
    std::string defaultUrl(const BillingAccount& account, const std::string& query) const;
    /// An event of the request's caller that changes nothing else, in a transaction of its own.
    void recordOnItsOwn(identity::Caller& caller, BillingEvent event) const;

    db::Database& database_;
    const StripeClient& stripe_;
    PriceCatalog prices_;
    std::string baseDomain_;
    const audit::AuditLog& audit_;
};

/// Turns a failed Stripe call into the client's answer: 503 when Stripe is unreachable, 422
/// when it rejected one of the client's own values, 502 otherwise. Logs the details.
[[noreturn]] void throwForStripe(const StripeError& error, const std::string& requestId);

/// Who did it, for the billing history: `user:<id>` or `key:<id>`.
std::string actorOf(const identity::Caller& caller);

} // namespace aih::billing
