// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "ratelimit/RequestLimits.h"

namespace aih::ratelimit {

void addRateLimitRoutes(http::Router& router, RequestLimits& limits);

} // namespace aih::ratelimit
