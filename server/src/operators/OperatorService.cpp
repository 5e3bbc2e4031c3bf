// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorService.h"

#include "accounts/InvitationService.h"
#include "errors/ApiError.h"
#include "identity/PlatformTenant.h"
#include "users/UserService.h"

namespace aih::operators {
namespace {

using errors::ApiError;
using errors::ErrorCode;

Role roleInPlatform(OperatorRole role)
{
    return role == OperatorRole::Admin ? Role::Admin : Role::User;
}

/// The operator's call as a call in the platform tenant. The inviter of an operator account is
/// that operator (none for the token), which also keys the per-inviter invitation limit.
identity::Caller inPlatform(const identity::Caller& caller)
{
    if (!caller.principal.isOperator()) {
        throw ApiError(ErrorCode::Forbidden, "Only platform operators see operator accounts.");
    }
    auto scoped = caller;
    scoped.tenantId = std::string(identity::platformTenantId);
    scoped.principal.userId = caller.principal.operatorId;
    return scoped;
}

/// Changes are for platform-admins (and the token), whichever route asks.
identity::Caller changingInPlatform(const identity::Caller& caller)
{
    if (caller.principal.isOperator() && caller.principal.operatorReadOnly) {
        throw ApiError(ErrorCode::Forbidden, "Only platform-admins manage operator accounts.");
    }
    return inPlatform(caller);
}

} // namespace

std::optional<OperatorRole> operatorRoleFromName(std::string_view name)
{
    if (name == "platform-admin") {
        return OperatorRole::Admin;
    }
    if (name == "platform-support") {
        return OperatorRole::Support;
    }
    return std::nullopt;
}

OperatorService::OperatorService(accounts::InvitationService& invitations, users::UserService& users,
                                 gdpr::GdprService& gdpr)
    : invitations_(invitations), users_(users), gdpr_(gdpr)
{
}

accounts::Invitation OperatorService::invite(const identity::Caller& caller, const NewOperator& request)
{
    auto scoped = changingInPlatform(caller);
    return invitations_.invite(scoped, {request.email, roleInPlatform(request.role), request.language});
}

users::UserPage OperatorService::list(const identity::Caller& caller, int limit,
                                      const std::optional<std::string>& cursor)
{
    auto scoped = inPlatform(caller);
    return users_.list(scoped, limit, cursor);
}

users::User OperatorService::change(const identity::Caller& caller, const std::string& id,
                                    const OperatorChange& change)
{
    auto scoped = changingInPlatform(caller);
    users::UserChange userChange;
    if (change.role) {
        userChange.role = roleInPlatform(*change.role);
    }
    userChange.active = change.active;
    return users_.change(scoped, id, userChange);
}

gdpr::Erasure OperatorService::erase(const identity::Caller& caller, const std::string& id)
{
    auto scoped = changingInPlatform(caller);
    if (id == caller.principal.operatorId) {
        throw ApiError(ErrorCode::Conflict, "An operator cannot erase their own account.");
    }
    // Checked under the erasure's own lock, which user changes take too: a reactivation cannot
    // slip in between. Erasure cannot be undone, so an account in use is ended on purpose first.
    return gdpr_.erase(scoped, id, [](const users::User& account) {
        if (account.active) {
            throw ApiError(ErrorCode::Conflict, "Deactivate the operator account before erasing it.");
        }
    });
}

} // namespace aih::operators
