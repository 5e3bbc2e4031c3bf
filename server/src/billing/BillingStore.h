// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingAccount.h"
#include "billing/StripeObjects.h"
#include "db/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::billing {

struct PaymentRecord
{
    bool succeeded = false;
    std::string detailsJson;
    std::string occurredAt; ///< RFC 3339
};

/// The tenants a webhook's identifiers point at; empty when nothing matches.
struct TenantRefs
{
    std::string byCustomer;
    std::string byReference;
};

/// SQL for billing. Unless said otherwise, calls run in a transaction scoped to the tenant.
class BillingStore
{
public:
    static BillingAccount read(db::Transaction& tx);
    /// Reads and locks the tenant row: billing changes to one tenant apply one at a time. Take
    /// it before writing anything that references the tenant, or concurrent writers deadlock.
    static BillingAccount lock(db::Transaction& tx);
    /// Links the Stripe customer unless one is linked already; returns the one linked now.
    static std::string linkCustomer(db::Transaction& tx, const std::string& customerId);
    /// Writes the subscription state with the limits of its tier.
    static void save(db::Transaction& tx, const BillingAccount& account);

    /// Claims the event id for this tenant; false when it was claimed before (a redelivery).
    static bool claimEvent(db::Transaction& tx, const StripeEvent& event);
    static void setOutcome(db::Transaction& tx, const std::string& eventId, const std::string& outcome);

    static std::optional<PaymentRecord> lastPayment(db::Transaction& tx);

    /// Platform scope: the tenants a Stripe customer id or our own tenant reference select.
    static TenantRefs resolve(db::Transaction& tx, const std::string& customerId,
                              const std::optional<std::string>& tenantReference);
    /// Platform scope: tenants still on a paid tier after their past-due grace ended.
    static std::vector<std::string> graceExpired(db::Transaction& tx);
};

} // namespace aih::billing
