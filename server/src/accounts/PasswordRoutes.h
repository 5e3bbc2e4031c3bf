// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/PasswordService.h"
#include "http/Router.h"

namespace aih::accounts {

void addPasswordRoutes(http::Router& router, PasswordService& service);

} // namespace aih::accounts
