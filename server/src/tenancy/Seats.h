// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tenancy/Tenant.h"

namespace aih::tenancy {

/// Refuses with 402 `plan_limit` when every seat of the tenant is taken (active users and
/// pending invitations alike), naming the cheapest plan that would have one more. A limit the
/// operator set for the tenant holds whatever the plan, so no plan is named then. Call it with
/// the tenant's row locked, so two requests cannot both take the last seat.
void requireFreeSeat(const Tenant& tenant);

/// The same for a seat that an invitation already holds and its acceptance turns into a user:
/// only refused when the limit fell below the active users since (a downgrade, an override).
void requireSeatForAcceptance(const Tenant& tenant);

} // namespace aih::tenancy
