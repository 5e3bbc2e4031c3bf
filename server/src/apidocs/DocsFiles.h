// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::apidocs {

// Files from server/openapi/ compiled into aihd (cmake/EmbedText.cmake), so the reference and
// everything it links to work from the server's own origin with nothing to install beside it.

/// The vendored Redoc standalone bundle (server/openapi/redoc/, pinned by redoc.lock.json).
std::string embeddedRedocBundle();
/// The "getting started" guide, a static page with one inline stylesheet.
std::string embeddedGettingStartedPage();
/// The Postman collection generated from the document by scripts/generate-clients.
std::string embeddedPostmanCollection();

} // namespace aih::apidocs
