// SPDX-License-Identifier: Apache-2.0
#include "aih/Roles.h"

namespace aih {

std::optional<Role> roleFromName(std::string_view name)
{
    if (name == "admin") {
        return Role::Admin;
    }
    if (name == "manager") {
        return Role::Manager;
    }
    if (name == "user") {
        return Role::User;
    }
    return std::nullopt;
}

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return "admin";
    case Role::Manager:
        return "manager";
    case Role::User:
        return "user";
    }
    return "user";
}

bool canAssignRole(Role actor, Role target)
{
    return actor == Role::Admin || (actor == Role::Manager && target == Role::User);
}

bool canListUsers(Role actor)
{
    return actor == Role::Admin || actor == Role::Manager;
}

bool canModifyUsers(Role actor)
{
    return actor == Role::Admin;
}

} // namespace aih
