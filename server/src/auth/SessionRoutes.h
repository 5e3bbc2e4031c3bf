// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/SessionService.h"
#include "http/Router.h"

namespace aih::auth {

void addSessionRoutes(http::Router& router, SessionService& service);

} // namespace aih::auth
