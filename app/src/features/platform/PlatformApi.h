// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "core/session/User.h"
#include "features/platform/PlatformOverview.h"
#include "features/platform/TenantDetail.h"
#include "features/platform/TenantLimits.h"
#include "features/platform/TenantSummary.h"
#include "features/support/SupportGrant.h"

namespace aih::console {

/// The operator's calls: the platform's figures (`/api/enterprise/platform/analytics`), the
/// tenant list (`/api/enterprise/platform/tenants`), and suspending or reactivating a tenant or
/// overriding its limits (`/api/enterprise/tenants/{id}`), and closing it with its archive.
class PlatformApi
{
public:
    explicit PlatformApi(const ApiClient& client) : client_(client) {}

    /// Every tenant that matches, newest first (all pages), cached for offline reading.
    Pending<QList<TenantSummary>> searchTenants(const TenantSearch& search) const;
    /// The platform's figures, cached for offline reading.
    Pending<PlatformOverview> overview() const;
    /// A suspended tenant's keys and sign-ins get a 403 at once, on every instance; its data stays.
    Pending<Done> setSuspended(const QString& tenantId, bool suspended) const;
    /// The tenant's plan and the overrides on it.
    Pending<TenantLimits> limits(const QString& tenantId) const;
    /// The tenant as an operator looks it over: plan, billing, seats, limits and state.
    Pending<TenantDetail> detail(const QString& tenantId) const;
    /// Sets every override (null: the plan's applies); audited, and applied on every instance.
    Pending<Done> setLimits(const QString& tenantId, const LimitOverrides& overrides) const;
    /// Suspends the tenant at once, writes its whole archive, and deletes its data after
    /// `graceDays`; reactivating it before then cancels the closing.
    Pending<Done> close(const QString& tenantId, int graceDays) const;
    /// Streams the tenant's archive (a zip) into `sink`.
    Pending<Done> downloadArchive(const QString& tenantId, QIODevice* sink) const;
    /// A read-only view of the tenant under its admin's support grant (403 without one).
    Pending<SupportView> openSupportView(const QString& tenantId) const;
    /// The operator accounts (all pages).
    Pending<QList<User>> operators() const;
    /// Mails `email` an invitation to be an operator in `operatorRole` (platform-admin or
    /// platform-support).
    Pending<Done> inviteOperator(const QString& email, const QString& operatorRole) const;
    /// Changes an operator's role (empty: kept) and whether they are active (nothing: kept).
    Pending<User> changeOperator(const QString& id, const QString& operatorRole,
                                 std::optional<bool> active) const;
    /// GDPR erasure of a deactivated operator account.
    Pending<Done> eraseOperator(const QString& id) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
