// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "content/ContentCatalog.h"
#include "http/Router.h"

namespace aih::content {

/// The platform's own content API: gurus and meditations, for sessions and keys with `read`,
/// gated by the plan features `basic_guidance` and `meditation`.
void addContentRoutes(http::Router& router, ContentCatalog& catalog);

} // namespace aih::content
