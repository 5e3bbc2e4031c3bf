// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"
#include "tenancy/LimitOverrides.h"

#include <string>

namespace aih::tenancy {

struct Tenant
{
    std::string id;
    std::string name;
    std::string slug;
    std::string domain;
    Tier tier = Tier::Free;
    std::string status;
    /// The limits in force: the operator's override where one is set, else the plan's.
    int userLimit = 0;
    int apiRateLimit = 0;
    LimitOverrides overrides;
    std::string settingsJson = "{}";
    std::string mfaRequired = "none"; ///< who must sign in with a second factor: none, admins, everyone
    std::string createdAt;
    long long activeUsers = 0;
    /// Invitations neither accepted, revoked nor expired: each holds a seat.
    long long pendingInvitations = 0;

    long long seatsTaken() const { return activeUsers + pendingInvitations; }
};

} // namespace aih::tenancy
