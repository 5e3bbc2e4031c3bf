// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <string>

namespace aih::billing {

/// A tenant's billing state as stored on its row. Times are Unix seconds, 0 for none.
struct BillingAccount
{
    std::string tenantId;
    std::string name;
    std::string slug;
    std::string customerId;
    std::string subscriptionId;
    Tier tier = Tier::Free;
    std::string status = "active";
    long long periodStart = 0;
    long long periodEnd = 0;
    bool cancelAtPeriodEnd = false;
    long long pastDueSince = 0;
    long long graceEndsAt = 0;
    /// Stripe's `created` of the newest event whose subscription state was applied.
    long long stateAt = 0;
};

/// A Stripe subscription as far as billing needs it.
struct SubscriptionSnapshot
{
    std::string id;
    std::string customerId;
    std::string status;
    std::string priceId;
    std::string tenantHint; ///< metadata.tenant_id, set by our checkout
    long long periodStart = 0;
    long long periodEnd = 0;
    bool cancelAtPeriodEnd = false;
};

} // namespace aih::billing
