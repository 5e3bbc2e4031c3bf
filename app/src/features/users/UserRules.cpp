// SPDX-License-Identifier: Apache-2.0
#include "features/users/UserRules.h"

namespace aih::console {

UserRules::UserRules(const User& actor, const Tenant& tenant, const QList<User>& users)
    : actor_(actor), tenant_(tenant), users_(users)
{
}

QList<Role> UserRules::assignableRoles() const
{
    QList<Role> roles;
    for (const auto role : {Role::User, Role::Manager, Role::Admin}) {
        if (canListUsers(actor_.role) && canAssignRole(actor_.role, role)) {
            roles.append(role);
        }
    }
    return roles;
}

std::optional<QString> UserRules::whyNotCreate() const
{
    if (!canListUsers(actor_.role)) {
        return tr("Only admins and managers can add users.");
    }
    if (tenant_.userLimitReached()) {
        return tr("The %1 plan allows %n active user(s); upgrade the plan or deactivate someone first.",
                  nullptr, tenant_.userLimit)
            .arg(tierTitle(tenant_.tier));
    }
    return std::nullopt;
}

std::optional<QString> UserRules::whyNotChangeRole(const User& target, Role role) const
{
    if (!canModifyUsers(actor_.role)) {
        return tr("Only admins can change roles.");
    }
    if (target.role == role) {
        return tr("%1 already has this role.").arg(target.email);
    }
    if (role != Role::Admin && isLastActiveAdmin(target)) {
        return tr("%1 is the only active admin; make someone else admin first.").arg(target.email);
    }
    return std::nullopt;
}

std::optional<QString> UserRules::whyNotSetActive(const User& target, bool active) const
{
    if (!canModifyUsers(actor_.role)) {
        return tr("Only admins can deactivate or reactivate users.");
    }
    if (target.active == active) {
        return active ? tr("%1 is already active.").arg(target.email)
                      : tr("%1 is already deactivated.").arg(target.email);
    }
    if (!active && isLastActiveAdmin(target)) {
        return tr("%1 is the only active admin; make someone else admin first.").arg(target.email);
    }
    if (active && tenant_.userLimitReached()) {
        return tr("The plan's user limit is reached.");
    }
    return std::nullopt;
}

bool UserRules::isLastActiveAdmin(const User& target) const
{
    if (target.role != Role::Admin || !target.active) {
        return false;
    }
    const auto admins = std::count_if(users_.begin(), users_.end(), [](const User& user) {
        return user.role == Role::Admin && user.active;
    });
    return admins <= 1;
}

} // namespace aih::console
