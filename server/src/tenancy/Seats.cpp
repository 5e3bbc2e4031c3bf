// SPDX-License-Identifier: Apache-2.0
#include "tenancy/Seats.h"

#include "errors/ApiError.h"

#include <algorithm>

namespace aih::tenancy {
namespace {

using errors::ApiError;
using errors::ErrorCode;

[[noreturn]] void refuseOverLimit(const Tenant& tenant, long long seatsWanted)
{
    if (tenant.overrides.userLimit) {
        throw ApiError(ErrorCode::PlanLimit, "The tenant's agreed limit is " +
                                                 std::to_string(tenant.userLimit) +
                                                 " users, pending invitations included.");
    }
    const auto& plans = allPlans();
    const auto fits = std::find_if(plans.begin(), plans.end(),
                                   [&](const Plan& plan) { return plan.userLimit >= seatsWanted; });
    ApiError error(ErrorCode::PlanLimit, "The plan allows " + std::to_string(tenant.userLimit) +
                                             " users, pending invitations included.");
    if (fits != plans.end()) {
        error.withExtension("required_plan", std::string(fits->name));
    }
    throw ApiError(std::move(error));
}

} // namespace

void requireFreeSeat(const Tenant& tenant)
{
    if (tenant.seatsTaken() >= tenant.userLimit) {
        refuseOverLimit(tenant, tenant.seatsTaken() + 1);
    }
}

void requireSeatForAcceptance(const Tenant& tenant)
{
    if (tenant.activeUsers >= tenant.userLimit) {
        refuseOverLimit(tenant, tenant.activeUsers + 1);
    }
}

} // namespace aih::tenancy
