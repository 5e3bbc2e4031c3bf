// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

namespace aih::apidocs {

/// `GET /api/openapi.json` (the compiled-in document) and `GET /api/docs` (its HTML rendering),
/// both public; both are prepared once at start-up.
void addApiDocsRoutes(http::Router& router);

} // namespace aih::apidocs
