// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apidocs/PolicedPage.h"

#include <string>

namespace aih::apidocs {

/// The page at /api/docs: Redoc renders /api/openapi.json in the browser (search, examples,
/// schemas), with links to the guide, the Postman collection and the script-free reference.
/// `bundleUrl` serves the vendored Redoc bundle whose content is `bundle`; the page's policy
/// allows that one script and the page's own call to it, both by hash, and nothing else.
PolicedPage renderReferencePage(const std::string& title, const std::string& bundleUrl,
                                const std::string& bundle);

} // namespace aih::apidocs
