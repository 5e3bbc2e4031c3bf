// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

namespace aih::app {

struct Components;

/// The routing table: every feature adds its rows here, in one place the OpenAPI test reads.
void registerRoutes(http::Router& router, Components& components);

} // namespace aih::app
