// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <string>

namespace aih::http {

/// Who is calling, as proven by the credential (before the database confirms it is still valid).
struct Principal
{
    enum class Kind
    {
        Anonymous,
        User,
        Operator
    };

    Kind kind = Kind::Anonymous;
    std::string userId;
    std::string tenantId;
    std::string sessionId;
    Role role = Role::User;

    bool isUser() const { return kind == Kind::User; }
    bool isOperator() const { return kind == Kind::Operator; }
};

} // namespace aih::http
