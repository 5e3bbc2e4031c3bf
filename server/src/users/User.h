// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <string>

namespace aih::users {

struct User
{
    std::string id;
    std::string tenantId;
    std::string email;
    std::string name;
    Role role = Role::User;
    bool active = true;
    std::string passwordHash;
    bool emailVerified = true; ///< false only for a self-service sign-up not yet confirmed
    std::string lastLoginAt;
    std::string createdAt;
};

} // namespace aih::users
