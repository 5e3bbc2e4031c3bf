// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingService.h"

#include <Poco/JSON/Object.h>

namespace aih::billing {

/// The four plans with limits, features and monthly price; `purchasable` when checkout sells it here.
Poco::JSON::Object::Ptr plansJson(const PriceCatalog& prices, bool billingConfigured);
Poco::JSON::Object::Ptr subscriptionJson(const SubscriptionView& view);

} // namespace aih::billing
