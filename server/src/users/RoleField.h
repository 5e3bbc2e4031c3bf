// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "http/RequestBody.h"

#include <optional>

namespace aih::users {

/// The optional `role` of a request body: admin, manager or user; anything else is a 422.
std::optional<Role> optionalRole(http::JsonBody& body);

} // namespace aih::users
