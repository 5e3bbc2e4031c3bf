// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/billing/BillingTypes.h"

#include <QUrl>

namespace aih::console {

/// The calls of the Billing page: `/api/billing/...`.
class BillingApi
{
public:
    explicit BillingApi(const ApiClient& client) : client_(client) {}

    Pending<QList<PlanOffer>> plans() const;
    Pending<Subscription> subscription() const;
    /// A Stripe Checkout page that subscribes the tenant to `tier`.
    Pending<QUrl> checkout(Tier tier) const;
    /// Stripe's customer portal for the tenant (payment methods, invoices, cancelling).
    Pending<QUrl> portal() const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
