// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "branding/DnsTxtResolver.h"
#include "branding/DomainStore.h"
#include "http/RequestContext.h"
#include "tenancy/TenantPlans.h"

#include <functional>
#include <string>

namespace aih::branding {

/// Custom-domain rules: plan feature custom_domain, names a tenant may claim, the DNS TXT proof
/// of control, and that a domain serves at most one tenant.
class DomainService
{
public:
    /// `announce` tells this instance's caches about a committed change (see ChangeListener).
    using Announce = std::function<void(const std::string& payload)>;

    DomainService(tenancy::TenantPlans& plans, const audit::AuditLog& audit, Announce announce,
                  DnsTxtResolver resolver, std::string baseDomain);

    /// Claims `domain` for the tenant (pending, with a fresh token); the same name again is a no-op.
    DomainClaim claim(http::RequestContext& ctx, const std::string& domain);
    DomainClaim get(http::RequestContext& ctx);
    /// Looks the TXT record up; verified claims make the domain serve the tenant.
    DomainClaim verify(http::RequestContext& ctx);
    void remove(http::RequestContext& ctx);

private:
    tenancy::TenantPlans& plans_;
    const audit::AuditLog& audit_;
    Announce announce_;
    DnsTxtResolver resolver_;
    std::string baseDomain_;
};

} // namespace aih::branding
