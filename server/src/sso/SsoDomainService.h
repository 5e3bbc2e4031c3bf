// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "branding/DnsTxtResolver.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "sso/SsoDomainStore.h"

#include <string>
#include <vector>

namespace aih::sso {

/// Email domains a tenant proves it controls, with the DNS TXT record custom domains use
/// (`_aih-verify.<domain>`), so that sign-in by email finds the tenant and the tenant may
/// require single sign-on of those addresses. One tenant at most verifies a domain.
class SsoDomainService
{
public:
    static constexpr std::size_t maxDomains = 100;

    SsoDomainService(db::Database& database, const audit::AuditLog& audit, branding::DnsTxtResolver resolver,
                     std::string baseDomain);

    std::vector<SsoDomain> list(identity::Caller& caller);
    /// A pending claim with a fresh token; `connectionId` empty: the tenant's first connection.
    SsoDomain claim(identity::Caller& caller, const std::string& domain, const std::string& connectionId);
    SsoDomain verify(identity::Caller& caller, const std::string& id);
    void remove(identity::Caller& caller, const std::string& id);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
    branding::DnsTxtResolver resolver_;
    std::string baseDomain_;
};

} // namespace aih::sso
