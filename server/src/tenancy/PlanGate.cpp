// SPDX-License-Identifier: Apache-2.0
#include "tenancy/PlanGate.h"

#include "errors/ApiError.h"

namespace aih::tenancy {

void requireFeature(const TenantPlan& plan, std::string_view feature)
{
    if (tierHasFeature(plan.tier, feature)) {
        return;
    }
    errors::ApiError error(errors::ErrorCode::FeatureNotInPlan, "The " + std::string(tierName(plan.tier)) +
                                                                    " plan does not include " +
                                                                    std::string(feature) + ".");
    error.withExtension("feature", std::string(feature));
    if (const auto tier = cheapestTierWith(feature)) {
        error.withExtension("required_plan", std::string(tierName(*tier)));
    }
    throw error;
}

errors::ApiError tenantSuspended()
{
    return {errors::ErrorCode::TenantSuspended,
            "This tenant is suspended by the platform operator; its data is "
            "kept. Contact support to have it reactivated."};
}

void requireActive(const TenantPlan& plan)
{
    if (plan.suspended) {
        throw tenantSuspended();
    }
}

} // namespace aih::tenancy
