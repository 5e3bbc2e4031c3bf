// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditService.h"
#include "http/Router.h"

namespace aih::audit {

void addAuditRoutes(http::Router& router, AuditService& service);

} // namespace aih::audit
