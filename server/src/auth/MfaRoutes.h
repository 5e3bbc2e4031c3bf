// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/MfaService.h"
#include "http/Router.h"

namespace aih::auth {

void addMfaRoutes(http::Router& router, MfaService& service);

} // namespace aih::auth
