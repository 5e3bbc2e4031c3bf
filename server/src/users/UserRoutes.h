// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "users/UserService.h"

namespace aih::users {

void addUserRoutes(http::Router& router, UserService& service);

} // namespace aih::users
