// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "support/SupportAccessService.h"

namespace aih::support {

void addSupportAccessRoutes(http::Router& router, SupportAccessService& service);

} // namespace aih::support
