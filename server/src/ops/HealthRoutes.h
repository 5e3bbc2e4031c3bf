// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "http/Router.h"

#include <cstddef>

namespace aih::ops {

/// Liveness and readiness for load balancers and orchestrators. They say only up or down,
/// so they can stay unauthenticated.
void addHealthRoutes(http::Router& router, db::Database& database, std::size_t migrationCount);

} // namespace aih::ops
