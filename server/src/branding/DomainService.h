// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "branding/DnsTxtResolver.h"
#include "branding/DomainStore.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/TenantPlans.h"

#include <functional>
#include <string>

namespace aih::branding {

/// Custom-domain rules: plan feature custom_domain, names a tenant may claim, the DNS TXT proof
/// of control, and that a domain serves at most one tenant.
class DomainService
{
public:
    DomainService(db::Database& database, tenancy::TenantPlans& plans, const audit::AuditLog& audit,
                  db::Announce announce, DnsTxtResolver resolver, std::string baseDomain);

    /// Claims `domain` for the tenant (pending, with a fresh token); the same name again is a no-op.
    DomainClaim claim(identity::Caller& caller, const std::string& domain);
    DomainClaim get(identity::Caller& caller);
    /// Looks the TXT record up; verified claims make the domain serve the tenant.
    DomainClaim verify(identity::Caller& caller);
    void remove(identity::Caller& caller);

private:
    db::Database& database_;
    tenancy::TenantPlans& plans_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
    DnsTxtResolver resolver_;
    std::string baseDomain_;
};

} // namespace aih::branding
