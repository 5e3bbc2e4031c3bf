// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "offboarding/ClosureService.h"

namespace aih::offboarding {

void addClosureRoutes(http::Router& router, ClosureService& service);

} // namespace aih::offboarding
