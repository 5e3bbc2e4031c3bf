// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"

namespace aih::apidocs {

/// The API's documentation, all public and prepared once at start-up: `GET /api/openapi.json`
/// (the compiled-in document), `/api/docs` (Redoc's rendering, with the vendored bundle at
/// `/api/docs/scripts/{hash}`), `/api/docs/plain` (the script-free rendering),
/// `/api/docs/getting-started` and `/api/docs/postman.json`.
void addApiDocsRoutes(http::Router& router);

} // namespace aih::apidocs
