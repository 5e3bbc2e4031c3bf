// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/InvitationService.h"
#include "http/Router.h"
#include "users/UserService.h"

namespace aih::users {

/// `invitations` takes a new user asked for without a password.
void addUserRoutes(http::Router& router, UserService& service, accounts::InvitationService& invitations);

} // namespace aih::users
