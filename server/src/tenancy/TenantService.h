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
#include <functional>
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
    std::string language = "en"; ///< of the mail a self-service sign-up receives
};

/// Called in a self-service sign-up's transaction with its owner, whose address is not proven:
/// marks the owner unverified and mails the link that proves it.
using VerifyOwner =
    std::function<void(db::Transaction& tx, const users::User& owner, const std::string& language)>;

/// A PATCH of a tenant: what is absent stays as it is. Only the operator may change `limits`.
struct TenantChange
{
    std::optional<std::string> name;
    Poco::JSON::Object::Ptr settings;
    /// Who must sign in with a second factor: none, admins or everyone.
    std::optional<std::string> mfaRequired;
    LimitOverridesChange limits;
    /// The operator's: `active` or `suspended`.
    std::optional<std::string> status;
};

struct CreatedTenant
{
    Tenant tenant;
    std::optional<users::User> owner;
};

/// Tenant rules: who may create which tier, who may see and change a tenant, and the operator's
/// overrides of its limits. A self sign-up passes every cheap check (body, tier, throttle, slug
/// still free) before its password is hashed. Its owner cannot sign in until the address is
/// confirmed.
class TenantService
{
public:
    TenantService(db::Database& database, const auth::PasswordHasher& hasher,
                  const auth::PasswordPolicy& policy, const audit::AuditLog& audit, SignUpThrottle& signUps,
                  db::Announce announce, VerifyOwner verifyOwner);

    CreatedTenant create(identity::Caller& caller, const NewTenant& request);
    Tenant get(identity::Caller& caller, const std::string& id);
    Tenant update(identity::Caller& caller, const std::string& id, const TenantChange& change);
    /// Every tenant, for the platform operator alone: searched, filtered, newest first.
    TenantSummaryPage search(identity::Caller& caller, const TenantFilter& filter, int limit,
                             const std::optional<std::string>& cursor);

    /// Creates a tenant with its first admin unless the slug exists; for the demo seed.
    void ensureTenant(const NewTenant& request);

private:
    CreatedTenant insert(const NewTenant& request, Tier tier, audit::AuditEvent event, bool selfService);
    void changeLimits(db::Transaction& tx, identity::Caller& caller, const Tenant& before,
                      const LimitOverridesChange& change);

    db::Database& database_;
    const auth::PasswordHasher& hasher_;
    const auth::PasswordPolicy& policy_;
    const audit::AuditLog& audit_;
    SignUpThrottle& signUps_;
    VerifyOwner verifyOwner_;
    db::Announce announce_;
};

} // namespace aih::tenancy
