// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tenancy/TenantPlans.h"

#include <string_view>

namespace aih::tenancy {

/// 402 `feature_not_in_plan`, naming the cheapest plan with the feature, unless the tenant's
/// tier includes it.
void requireFeature(const TenantPlan& plan, std::string_view feature);

} // namespace aih::tenancy
