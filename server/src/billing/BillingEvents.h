// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <string>

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

/// The one place billing writes down what happened, in the caller's tenant transaction, so the
/// record exists exactly when the change does. Every billing change and payment result goes
/// through record(); it is where the tenant's audit log is to be written as well.
class BillingEvents
{
public:
    static void record(db::Transaction& tx, const BillingEvent& event);
};

} // namespace aih::billing
