// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "operators/OperatorService.h"

namespace aih::operators {

void addOperatorRoutes(http::Router& router, OperatorService& service);

} // namespace aih::operators
