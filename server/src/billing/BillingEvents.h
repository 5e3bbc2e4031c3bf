// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <string>
#include <vector>

namespace aih::billing {

/// One billing change or payment result, e.g. `billing.subscription_changed`,
/// `billing.payment_failed`, `billing.grace_expired`, `billing.checkout_started`.
struct BillingEvent
{
    std::string action;
    std::string actor; ///< `stripe`, `system`, `user:<id>` or `key:<id>`
    bool success = true;
    std::string stripeEventId; ///< empty when no Stripe event caused it
    long long occurredAt = 0;  ///< Unix seconds; 0 for now
    Poco::JSON::Object::Ptr details;
};

/// What one transaction changed in billing, collected while it works and written by write() as
/// its last step: the record exists exactly when the change commits, and whatever locks writing
/// it takes are held only until the commit that follows (never while, say, Stripe is asked
/// something). This is the one place billing writes down what happened: to the billing history
/// and, as the same events, to the tenant's audit trail.
class BillingEvents
{
public:
    /// `cause` gives every audit entry its actor and origin (the request, or the system).
    BillingEvents(const audit::AuditLog& audit, audit::AuditEvent cause)
        : audit_(audit), cause_(std::move(cause))
    {
    }

    void add(BillingEvent event);
    /// Writes the collected events to the billing history and the audit trail in `tx`, the
    /// tenant's transaction.
    void write(db::Transaction& tx) const;

private:
    audit::AuditEvent auditEntryOf(const BillingEvent& event, const std::string& tenantId) const;

    const audit::AuditLog& audit_;
    audit::AuditEvent cause_;
    std::vector<BillingEvent> events_;
};

/// The cause of changes Stripe reports: the system acting on a verified webhook request.
audit::AuditEvent stripeCause(const identity::Origin& delivery);
/// The cause of changes this server makes on its own, outside any request.
audit::AuditEvent systemCause();

} // namespace aih::billing
