// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "identity/Caller.h"

#include <optional>
#include <string>

namespace aih::scim {

struct ScimTokenStatus
{
    std::optional<std::string> createdAt; ///< nothing: no token yet
};

struct NewScimToken
{
    std::string token; ///< shown once
    std::string createdAt;
};

/// The per-tenant SCIM bearer token: made by an admin, shown once, kept as a hash; a new one
/// replaces the old at once.
class ScimTokenService
{
public:
    /// Tokens start with this, so a leaked one is recognisable (secret scanners, logs).
    static constexpr const char* prefix = "scim_";

    ScimTokenService(db::Database& database, const audit::AuditLog& audit);

    ScimTokenStatus status(identity::Caller& caller);
    NewScimToken rotate(identity::Caller& caller);
    /// The tenant whose token this is; nothing for any other text.
    std::optional<std::string> tenantOf(const std::string& token);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
};

} // namespace aih::scim
