// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Invitation.h"
#include "gdpr/GdprService.h"
#include "identity/Caller.h"
#include "users/UserStore.h"

#include <optional>
#include <string>

namespace aih::accounts {
class InvitationService;
}
namespace aih::users {
class UserService;
}

namespace aih::operators {

/// What an operator account may do on the platform.
enum class OperatorRole
{
    Admin,   ///< platform-admin
    Support, ///< platform-support: reads only
};

std::optional<OperatorRole> operatorRoleFromName(std::string_view name);

struct NewOperator
{
    std::string email;
    OperatorRole role = OperatorRole::Support;
    std::string language; ///< of the invitation mail
};

struct OperatorChange
{
    std::optional<OperatorRole> role;
    std::optional<bool> active;
};

/// Operator accounts are the members of the platform tenant (identity/PlatformTenant.h), so
/// they are invited, listed and changed with the services tenant members have, in that
/// tenant, on behalf of an operator: the bootstrap token or a platform-admin. The invited
/// person chooses a password through the mailed link and must enrol a second factor before
/// acting as an operator.
class OperatorService
{
public:
    OperatorService(accounts::InvitationService& invitations, users::UserService& users,
                    gdpr::GdprService& gdpr);

    accounts::Invitation invite(const identity::Caller& caller, const NewOperator& request);
    users::UserPage list(const identity::Caller& caller, int limit, const std::optional<std::string>& cursor);
    users::User change(const identity::Caller& caller, const std::string& id, const OperatorChange& change);
    /// GDPR erasure of a former operator: deactivated first (409 otherwise), never oneself. As a
    /// member's erasure, it destroys their audit key: the platform's chain keeps what they did
    /// under their id only.
    gdpr::Erasure erase(const identity::Caller& caller, const std::string& id);

private:
    accounts::InvitationService& invitations_;
    users::UserService& users_;
    gdpr::GdprService& gdpr_;
};

} // namespace aih::operators
