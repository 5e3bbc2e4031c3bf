// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "analytics/AnalyticsService.h"
#include "http/Router.h"

namespace aih::analytics {

void addAnalyticsRoutes(http::Router& router, AnalyticsService& service);

} // namespace aih::analytics
