// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gdpr/GdprService.h"
#include "http/Router.h"

namespace aih::gdpr {

void addGdprRoutes(http::Router& router, GdprService& service);

} // namespace aih::gdpr
