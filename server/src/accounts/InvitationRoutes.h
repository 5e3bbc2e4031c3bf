// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/InvitationService.h"
#include "http/Router.h"

namespace aih::accounts {

void addInvitationRoutes(http::Router& router, InvitationService& service);

} // namespace aih::accounts
