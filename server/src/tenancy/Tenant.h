// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"
#include "tenancy/LimitOverrides.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aih::tenancy {

/// An operator's closing of the tenant: RFC 3339 times, empty while they have not happened.
struct Closure
{
    std::string closedAt;    ///< when it was closed (and suspended)
    std::string deleteAfter; ///< when its grace ends and its data may be deleted
    std::string deletedAt;   ///< when its data was deleted

    bool closed() const { return !closedAt.empty(); }
};

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
    int monthlyQuota = 0; ///< calls that may succeed in a billing period
    LimitOverrides overrides;
    std::string settingsJson = "{}";
    std::string mfaRequired = "none"; ///< who must sign in with a second factor: none, admins, everyone
    std::string suspendedAt;          ///< RFC 3339 when an operator suspended it; empty while active
    Closure closure;
    std::string createdAt;
    long long activeUsers = 0;
    /// Invitations neither accepted, revoked nor expired: each holds a seat.
    long long pendingInvitations = 0;

    long long seatsTaken() const { return activeUsers + pendingInvitations; }
};

/// A tenant as the operator's list shows it.
struct TenantSummary
{
    std::string id;
    std::string name;
    std::string slug;
    std::string domain;
    Tier tier = Tier::Free;
    std::string subscriptionStatus;
    std::string suspendedAt;
    Closure closure;
    int userLimit = 0;
    int apiRateLimit = 0;
    long long activeUsers = 0;
    std::string createdAt;
    std::string createdAtMicros; ///< the keyset position
};

/// What the operator's list is narrowed to; empty fields do not narrow it.
struct TenantFilter
{
    std::optional<std::string> search; ///< part of the name or slug, any case
    std::optional<std::string> tier;
    std::optional<std::string> state; ///< active, suspended, past_due or closed
    std::optional<std::int64_t> createdFromMicros;
    std::optional<std::int64_t> createdToMicros;
};

struct TenantSummaryPage
{
    std::vector<TenantSummary> tenants;
    std::optional<std::string> nextCursor;
};

} // namespace aih::tenancy
