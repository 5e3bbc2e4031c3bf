// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/EmailVerification.h"
#include "branding/BrandingService.h"
#include "http/Router.h"
#include "tenancy/TenantDirectory.h"

namespace aih::accounts {

void addVerificationRoutes(http::Router& router, EmailVerification& verification);

/// The page a confirmation mail links to, on the tenant's portal: one button, no script. The
/// link only shows the button; the POST confirms, so a mail scanner's prefetch spends nothing.
void addPortalVerificationRoutes(http::Router& router, EmailVerification& verification,
                                 branding::BrandingService& branding, tenancy::TenantDirectory& directory);

} // namespace aih::accounts
