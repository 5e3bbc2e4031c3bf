// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "tenancy/TenantService.h"

namespace aih::tenancy {

void addTenantRoutes(http::Router& router, TenantService& service);

} // namespace aih::tenancy
