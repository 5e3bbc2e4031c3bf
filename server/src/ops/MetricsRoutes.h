// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "observability/MetricsRegistry.h"

namespace aih::ops {

/// `GET /metrics`, for the platform operator only: route patterns, tenant-wide counts and the
/// state of dependencies are not for tenants to see.
void addMetricsRoutes(http::Router& router, const observability::MetricsRegistry& registry);

} // namespace aih::ops
