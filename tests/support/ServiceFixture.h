// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestDatabase.h"
#include "audit/AuditKeys.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "errors/ErrorCode.h"
#include "identity/Caller.h"
#include "ratelimit/LocalRateLimiter.h"
#include "tenancy/SignUpThrottle.h"
#include "tenancy/TenantService.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace aih::test {

/// The code of the ApiError `call` throws; Internal when it throws none.
errors::ErrorCode errorCodeOf(const std::function<void()>& call);

/// What a service needs to run without a server: a migrated database of its own, the pool and
/// audit log as aihd wires them, and callers built by hand instead of from HTTP requests.
class ServiceFixture
{
public:
    ServiceFixture();

    /// A new tenant of `tier` with its first admin; returns the tenant's id.
    std::string createTenant(const std::string& slug, const std::string& tier = "pro");
    /// The tenant's admin acting in it, as a signed-in session would.
    identity::Caller adminOf(const std::string& tenantId) const;
    /// A caller with `role` acting in `tenantId` as the user `userId`.
    static identity::Caller userCaller(const std::string& tenantId, const std::string& userId, Role role);
    static identity::Caller operatorCaller();

    /// Audit actions recorded in `tenantId`, oldest first.
    std::vector<std::string> auditedActions(const std::string& tenantId);

    TestDatabase testDatabase;
    db::ConnectionPool pool;
    db::Database database;
    auth::PasswordHasher hasher;
    auth::PasswordPolicy passwordPolicy;
    audit::AuditKeys auditKeys;
    audit::AuditLog auditLog;
    ratelimit::LocalRateLimiter limiter{ratelimit::Window{3600}};
    /// Three self sign-ups per address and hour, twenty in all: few enough for tests to reach.
    tenancy::SignUpThrottle signUps{limiter, 3, 20};
    tenancy::TenantService tenants;

private:
    std::map<std::string, std::string> admins_; ///< tenant id -> admin user id
};

} // namespace aih::test
