// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ApiError.h"
#include "tenancy/TenantPlans.h"

#include <string_view>

namespace aih::tenancy {

/// 402 `feature_not_in_plan`, naming the cheapest plan with the feature, unless the tenant's
/// tier includes it.
void requireFeature(const TenantPlan& plan, std::string_view feature);
/// 403 `tenant_suspended` for a tenant an operator suspended.
void requireActive(const TenantPlan& plan);
/// That refusal, for the places that learn of the suspension otherwise (a sign-in).
errors::ApiError tenantSuspended();

} // namespace aih::tenancy
