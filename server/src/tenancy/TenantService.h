// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/LimitOverrides.h"
#include "tenancy/SignUpThrottle.h"
#include "tenancy/Tenant.h"
#include "users/User.h"

#include <Poco/JSON/Object.h>
#include <optional>
#include <string>

namespace aih::tenancy {

struct NewTenant
{
    std::string name;
    std::string slug;
    std::optional<std::string> tier;
    std::optional<std::string> adminEmail;
    std::optional<std::string> adminPassword;
};

/// A PATCH of a tenant: what is absent stays as it is. Only the operator may change `limits`.
struct TenantChange
{
    std::optional<std::string> name;
    Poco::JSON::Object::Ptr settings;
    LimitOverridesChange limits;
};

struct CreatedTenant
{
    Tenant tenant;
    std::optional<users::User> owner;
};

/// Tenant rules: who may create which tier, who may see and change a tenant, and the operator's
/// overrides of its limits. A self sign-up passes every cheap check (body, tier, throttle, slug
/// still free) before its password is hashed.
class TenantService
{
public:
    TenantService(db::Database& database, const auth::PasswordHasher& hasher,
                  const auth::PasswordPolicy& policy, const audit::AuditLog& audit, SignUpThrottle& signUps,
                  db::Announce announce);

    CreatedTenant create(identity::Caller& caller, const NewTenant& request);
    Tenant get(identity::Caller& caller, const std::string& id);
    Tenant update(identity::Caller& caller, const std::string& id, const TenantChange& change);

    /// Creates a tenant with its first admin unless the slug exists; for the demo seed.
    void ensureTenant(const NewTenant& request);

private:
    CreatedTenant insert(const NewTenant& request, Tier tier, audit::AuditEvent event);
    void changeLimits(db::Transaction& tx, identity::Caller& caller, const Tenant& before,
                      const LimitOverridesChange& change);

    db::Database& database_;
    const auth::PasswordHasher& hasher_;
    const auth::PasswordPolicy& policy_;
    const audit::AuditLog& audit_;
    SignUpThrottle& signUps_;
    db::Announce announce_;
};

} // namespace aih::tenancy
