// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/PasswordService.h"
#include "branding/BrandingService.h"
#include "http/Router.h"
#include "tenancy/TenantDirectory.h"

namespace aih::accounts {

/// The portal's password pages, script-free like the rest of it: ask for a reset mail, and set a
/// new password from the mailed link. Both go through PasswordService, as the API does.
void addPortalPasswordRoutes(http::Router& router, PasswordService& passwords,
                             branding::BrandingService& branding, tenancy::TenantDirectory& directory);

} // namespace aih::accounts
