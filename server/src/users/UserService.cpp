// SPDX-License-Identifier: Apache-2.0
#include "users/UserService.h"

#include "aih/Validation.h"
#include "apikeys/ApiKeyStore.h"
#include "auth/SessionStore.h"
#include "errors/ApiError.h"
#include "tenancy/Seats.h"
#include "tenancy/TenantStore.h"

namespace aih::users {
namespace {

using errors::ApiError;
using errors::ErrorCode;

tenancy::Tenant lockTenant(db::Transaction& tx)
{
    // Serialises user creation and admin changes per tenant, so limits and the last-admin
    // rule hold under concurrent requests.
    return *tenancy::TenantStore::findForUpdate(tx, tx.tenantId());
}

} // namespace

UserService::UserService(db::Database& database, const auth::PasswordHasher& hasher,
                         const auth::PasswordPolicy& policy, const audit::AuditLog& audit,
                         db::Announce announce)
    : database_(database), hasher_(hasher), policy_(policy), audit_(audit), announce_(std::move(announce))
{
}

UserPage UserService::list(identity::Caller& caller, int limit, const std::optional<std::string>& cursor)
{
    return caller.readInTenant(database_,
                               [&](db::Transaction& tx) { return UserStore::list(tx, limit, cursor); });
}

User UserService::create(identity::Caller& caller, const NewUser& request)
{
    ApiError invalid(ErrorCode::ValidationFailed, "The request has invalid fields.");
    if (!isValidEmail(request.email)) {
        invalid.withField("email", "is not a valid email address");
    }
    if (const auto why = policy_.refusal(request.password, request.email)) {
        invalid.withField("password", *why);
    }
    if (!invalid.fieldErrors().empty()) {
        throw ApiError(std::move(invalid));
    }
    if (!canAssignRole(caller.principal.role, request.role)) {
        throw ApiError(ErrorCode::Forbidden, "Managers may only create users with the role 'user'.");
    }
    const auto hash = hasher_.hash(auth::PasswordPolicy::normalize(request.password));
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        // The actor check above refreshed the role from the database; check again with it.
        if (!canAssignRole(caller.principal.role, request.role)) {
            throw ApiError(ErrorCode::Forbidden, "Managers may only create users with the role 'user'.");
        }
        const auto tenant = lockTenant(tx);
        tenancy::requireFreeSeat(tenant);
        const auto id = UserStore::insert(tx, request.email, request.name, request.role, hash);
        if (!id) {
            throw ApiError(ErrorCode::Conflict, "A user with this email exists.")
                .withField("email", "is taken");
        }
        audit::PersonalDetails details{{"email", request.email}};
        if (!request.name.empty()) {
            details["name"] = request.name;
        }
        audit_.record(tx, audit::eventFrom(caller, "user.create")
                              .on("user", *id)
                              .about(*id, std::move(details))
                              .with("role", std::string(roleName(request.role))));
        return *UserStore::findById(tx, *id);
    });
}

User UserService::change(identity::Caller& caller, const std::string& id, const UserChange& change)
{
    auto changed = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto tenant = lockTenant(tx);
        const auto target = UserStore::findById(tx, id);
        if (!target) {
            throw ApiError(ErrorCode::NotFound, "No such user.");
        }
        const bool losesAdmin = target->role == Role::Admin && target->active &&
                                ((change.role && *change.role != Role::Admin) || change.active == false);
        if (losesAdmin && UserStore::countActiveAdmins(tx) <= 1) {
            throw ApiError(ErrorCode::LastAdmin,
                           "This is the tenant's last active admin; promote another first.");
        }
        if (change.active == true && !target->active) {
            tenancy::requireFreeSeat(tenant);
        }
        UserStore::update(tx, id, change.role, change.active);
        if (change.active == false) {
            auth::SessionStore::revokeUserSessions(tx, id, "deactivated");
            apikeys::ApiKeyStore::revokeAllOf(tx, id);
        }
        auto event = audit::eventFrom(caller, change.active == false ? "user.deactivate" : "user.update")
                         .on("user", id)
                         .about(id);
        if (change.role) {
            event.with("role_from", std::string(roleName(target->role)))
                .with("role_to", std::string(roleName(*change.role)));
        }
        if (change.active) {
            event.with("active_from", target->active).with("active_to", *change.active);
        }
        audit_.record(tx, event);
        return *UserStore::findById(tx, id);
    });
    // The user's keys act with the user's role and active flag: drop them from this instance's
    // cache now (other instances hear it from the database's notification).
    announce_(db::Change::user(id));
    return changed;
}

} // namespace aih::users
