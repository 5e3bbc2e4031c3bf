// SPDX-License-Identifier: Apache-2.0
#include "users/RoleField.h"

#include "errors/ApiError.h"

namespace aih::users {

std::optional<Role> optionalRole(http::JsonBody& body)
{
    const auto text = body.optionalString("role", 16);
    if (!text) {
        return std::nullopt;
    }
    const auto role = roleFromName(*text);
    if (!role) {
        throw errors::ApiError::validation("role", "must be admin, manager or user");
    }
    return role;
}

} // namespace aih::users
