// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"
#include "branding/BrandingService.h"
#include "http/Router.h"
#include "sso/SsoSignInService.h"
#include "tenancy/TenantDirectory.h"

namespace aih::sso {

/// Single sign-on on the branded portal, with no script: a link starts it, the portal is the
/// application of the flow (its PKCE verifier and state in a cookie), and the return page
/// moves on to the signed-in page.
void addPortalSsoRoutes(http::Router& router, SsoSignInService& signIn, branding::BrandingService& branding,
                        tenancy::TenantDirectory& directory, auth::AuthService& auth);

} // namespace aih::sso
