// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Keyset.h"
#include "db/Transaction.h"
#include "tenancy/Tenant.h"

#include <optional>
#include <string>

namespace aih::tenancy {

/// SQL for tenants; every call runs in a transaction already scoped to the tenant.
class TenantStore
{
public:
    /// Inserts; returns false when the slug is taken.
    static bool insert(db::Transaction& tx, const Tenant& tenant);
    static std::optional<Tenant> find(db::Transaction& tx, const std::string& id);
    /// Locks the tenant row so concurrent user creations count against the limit one at a time.
    static std::optional<Tenant> findForUpdate(db::Transaction& tx, const std::string& id);
    static void update(db::Transaction& tx, const std::string& id, const std::optional<std::string>& name,
                       const std::optional<std::string>& settingsJson,
                       const std::optional<std::string>& mfaRequired);
    /// Replaces both overrides; callers pass the current value of the one they keep.
    static void setLimitOverrides(db::Transaction& tx, const std::string& id,
                                  const LimitOverrides& overrides);
    /// Platform-scope lookups through SECURITY DEFINER functions. An id and a slug are never
    /// looked up as each other: `id` must be a UUID.
    /// Suspends (keeping the first suspension's time) or reactivates the tenant; reactivating a
    /// closing tenant cancels the closing.
    static void setSuspended(db::Transaction& tx, const std::string& id, bool suspended);
    /// The operator's page of every tenant (platform scope), newest first.
    static TenantSummaryPage platformPage(db::Transaction& tx, const TenantFilter& filter, int limit,
                                          const db::Keyset& position);
    /// Whether the transaction's tenant is suspended.
    static bool currentSuspended(db::Transaction& tx);
    static std::optional<std::string> resolveById(db::Transaction& tx, const std::string& id);
    static std::optional<std::string> resolveBySlug(db::Transaction& tx, const std::string& slug);
    /// Platform-scope lookup of the tenant serving on a verified custom domain, with its tier.
    static std::optional<std::pair<std::string, Tier>> resolveDomain(db::Transaction& tx,
                                                                     const std::string& host);
};

} // namespace aih::tenancy
