// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "sso/SsoConnection.h"
#include "sso/SsoKeys.h"

#include <string>
#include <vector>

namespace aih::sso {

/// A tenant admin's single sign-on connections (plan feature `sso`, checked by the route):
/// validated, audited without their secrets, the client secret sealed at rest.
class SsoConnectionService
{
public:
    /// Far more than a tenant has identity providers; a bound so nobody stores thousands.
    static constexpr std::size_t maxConnections = 50;

    SsoConnectionService(db::Database& database, const audit::AuditLog& audit, const SsoKeys& keys);

    std::vector<SsoConnection> list(identity::Caller& caller);
    SsoConnection get(identity::Caller& caller, const std::string& id);
    SsoConnection create(identity::Caller& caller, const ConnectionFields& fields);
    SsoConnection update(identity::Caller& caller, const std::string& id, const ConnectionFields& fields);
    void remove(identity::Caller& caller, const std::string& id);

    /// The client secret in clear, for the token request; empty for a public client.
    std::string clientSecret(const SsoConnection& connection) const;

private:
    std::string sealSecret(const std::string& tenantId, const std::string& secret) const;

    db::Database& database_;
    const audit::AuditLog& audit_;
    const SsoKeys& keys_;
};

} // namespace aih::sso
