// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/MfaService.h"
#include "branding/BrandingService.h"
#include "http/Router.h"
#include "tenancy/TenantDirectory.h"

#include <chrono>

namespace aih::accounts {

/// The portal's second sign-in step: after a right password, the code from the authenticator
/// (or a recovery code) on a page of its own. A plain form, no script.
void addPortalMfaRoutes(http::Router& router, auth::MfaService& mfa, branding::BrandingService& branding,
                        tenancy::TenantDirectory& directory, std::chrono::seconds refreshTtl);

} // namespace aih::accounts
