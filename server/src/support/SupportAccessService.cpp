// SPDX-License-Identifier: Apache-2.0
#include "support/SupportAccessService.h"

#include "errors/ApiError.h"
#include "identity/PlatformTenant.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

#include <algorithm>

namespace aih::support {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr int listedGrants = 100;

/// Only the tenant's own admins, signed in, decide about support access; an operator's view of
/// the tenant may read the grants but never extend them.
void requireTenantAdmin(const identity::Caller& caller)
{
    if (caller.principal.isSupportView()) {
        throw ApiError(ErrorCode::Forbidden, "Support access is read-only.");
    }
}

} // namespace

SupportGrant SupportAccessService::grant(identity::Caller& caller, int minutes, const std::string& reason)
{
    requireTenantAdmin(caller);
    if (minutes < minMinutes || minutes > maxMinutes) {
        throw ApiError::validation("minutes", "must be 15 to 10080 (7 days)");
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto made = SupportGrantStore::insert(tx, caller.principal.userId, minutes, reason);
        audit_.record(tx, audit::eventFrom(caller, "support_access.granted")
                              .on("support_grant", made.id)
                              .with("minutes", minutes)
                              .with("expires_at", made.expiresAt));
        return made;
    });
}

std::vector<SupportGrant> SupportAccessService::list(identity::Caller& caller)
{
    return caller.inTenant(database_,
                           [&](db::Transaction& tx) { return SupportGrantStore::list(tx, listedGrants); });
}

SupportGrant SupportAccessService::revoke(identity::Caller& caller, const std::string& id)
{
    requireTenantAdmin(caller);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        if (SupportGrantStore::revoke(tx, id, caller.principal.userId)) {
            audit_.record(tx, audit::eventFrom(caller, "support_access.revoked").on("support_grant", id));
        }
        auto found = SupportGrantStore::find(tx, id);
        if (!found) {
            throw ApiError(ErrorCode::NotFound, "No such support grant.");
        }
        return *found;
    });
}

SupportView SupportAccessService::open(identity::Caller& caller, const std::string& tenantId)
{
    const auto& principal = caller.principal;
    if (!principal.isOperator() || principal.operatorId.empty() || principal.sessionId.empty()) {
        throw ApiError(ErrorCode::Forbidden,
                       "Support access is opened by a named operator, signed in: the tenant sees who.");
    }
    if (identity::isPlatformTenant(tenantId)) {
        throw ApiError(ErrorCode::NotFound, "No such tenant.");
    }
    database_.inTenant(std::string(identity::platformTenantId), [&](db::Transaction& tx) {
        if (!users::UserStore::findById(tx, principal.operatorId)) {
            throw ApiError(ErrorCode::Unauthenticated, "The session has ended; sign in again.");
        }
    });
    const auto grant = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto tenant = tenancy::TenantStore::find(tx, tenantId);
        if (!tenant || !tenant->closure.deletedAt.empty()) {
            throw ApiError(ErrorCode::NotFound, "No such tenant.");
        }
        // By id, as the tenant's audit entries name operators: the address is not the tenant's.
        auto opened = SupportGrantStore::open(tx, principal.operatorId);
        if (!opened) {
            throw ApiError(ErrorCode::Forbidden,
                           "The tenant's admin has not granted support access, or the grant has ended.");
        }
        audit_.record(tx, audit::eventFrom(caller, "support_access.opened")
                              .on("support_grant", opened->id)
                              .with("grant_expires_at", opened->expiresAt));
        return *opened;
    });
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    const auto lifetime = std::min<std::int64_t>(maxViewLifetime.count(), grant.expiresAt - now);
    if (lifetime <= 0) {
        throw ApiError(ErrorCode::Forbidden, "The tenant's support grant has ended.");
    }
    auto viewer = identity::Principal::user(principal.operatorId, tenantId, principal.sessionId, Role::Admin);
    viewer.supportGrantId = grant.id;
    return {signer_.issue(viewer, std::chrono::seconds(lifetime)), now + lifetime, tenantId, grant};
}

} // namespace aih::support
