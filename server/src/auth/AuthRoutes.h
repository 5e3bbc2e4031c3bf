// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"
#include "http/Router.h"

namespace aih::auth {

void addAuthRoutes(http::Router& router, AuthService& service);

} // namespace aih::auth
