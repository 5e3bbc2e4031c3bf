// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/platform/TenantSummary.h"

namespace aih::console {

/// The operator's calls: the tenant list (`/api/enterprise/platform/tenants`) and suspending or
/// reactivating a tenant (`PATCH /api/enterprise/tenants/{id}`).
class PlatformApi
{
public:
    explicit PlatformApi(const ApiClient& client) : client_(client) {}

    /// Every tenant that matches, newest first (all pages), cached for offline reading.
    Pending<QList<TenantSummary>> searchTenants(const TenantSearch& search) const;
    /// A suspended tenant's keys and sign-ins get a 403 at once, on every instance; its data stays.
    Pending<Done> setSuspended(const QString& tenantId, bool suspended) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
