// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "scim/ScimService.h"
#include "scim/ScimTokenService.h"
#include "tenancy/TenantPlans.h"

#include <string>

namespace aih::scim {

struct ScimRouteParts
{
    ScimService& service;
    ScimTokenService& tokens;
    tenancy::TenantPlans& plans;
    std::string publicUrl; ///< AIH_PUBLIC_URL: SCIM lives at publicUrl + "/scim/v2"
};

/// RFC 7644 at /scim/v2: Users, Groups and the discovery documents, authenticated by the
/// tenant's SCIM token and answered in SCIM's media type and error form; and the admin's token
/// under /api/enterprise/sso/scim-token.
void addScimRoutes(http::Router& router, const ScimRouteParts& parts);

} // namespace aih::scim
