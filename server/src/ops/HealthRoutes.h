// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ChangeListener.h"
#include "db/Database.h"
#include "http/Router.h"
#include "ratelimit/FailoverRateLimiter.h"

#include <cstddef>

namespace aih::ops {

/// Liveness and readiness for load balancers and orchestrators. They say only what is up,
/// so they can stay unauthenticated. An unreachable Redis does not make the instance unready:
/// it keeps serving on local limits, and readyz says so. An instance that does not hear the
/// database's change notifications is unready: its caches may have missed a revocation.
void addHealthRoutes(http::Router& router, db::Database& database, const db::ChangeListener& changes,
                     std::size_t migrationCount, ratelimit::FailoverRateLimiter& limiter,
                     const std::string& mailTransport);

} // namespace aih::ops
