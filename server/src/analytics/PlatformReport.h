// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <string>
#include <vector>

namespace aih::analytics {

struct TenantState
{
    std::string id;
    std::string slug;
    std::string tier;
    std::string status;
    std::int64_t since = 0; ///< Unix seconds: past due since, else the last change of the tenant
};

/// The operator's view of every tenant, as `GET /api/enterprise/platform/analytics` answers it.
struct PlatformReport
{
    std::vector<TenantState> tenants;
    std::int64_t callsLast24h = 0;

    /// Monthly recurring revenue in cents: the plan price of every tenant whose subscription
    /// is active or past due (still owed); trialing and canceled tenants pay nothing.
    std::int64_t mrrCents() const;
    Poco::JSON::Object::Ptr toJson() const;
};

/// Reads across tenants through SECURITY DEFINER functions (migration 0006); platform scope.
class PlatformStore
{
public:
    /// Calls in the 24 hour buckets up to and including the one of `now` (Unix seconds).
    static PlatformReport read(db::Transaction& tx, std::int64_t now);
};

} // namespace aih::analytics
