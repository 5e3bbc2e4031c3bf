// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace aih {

/// A user's role within one tenant. Ordered by power: User < Manager < Admin.
enum class Role
{
    User,
    Manager,
    Admin
};

std::optional<Role> roleFromName(std::string_view name);
std::string_view roleName(Role role);

/// Managers may create and manage plain users; admins may manage anyone.
bool canAssignRole(Role actor, Role target);
/// Who may see the tenant's user list and its analytics.
bool canListUsers(Role actor);
/// Who may change another user's role or deactivate them.
bool canModifyUsers(Role actor);

} // namespace aih
