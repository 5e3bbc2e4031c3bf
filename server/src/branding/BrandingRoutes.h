// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"
#include "auth/TokenSigner.h"
#include "branding/AssetService.h"
#include "branding/BrandingService.h"
#include "branding/DomainService.h"
#include "http/Router.h"
#include "tenancy/TenantDirectory.h"

namespace aih::branding {

/// The customisation API: branding, theme preview, uploads and the custom domain.
void addBrandingRoutes(http::Router& router, BrandingService& branding, AssetService& assets,
                       DomainService& domains);

/// The public, branded portal on a tenant's subdomain or verified custom domain.
void addPortalRoutes(http::Router& router, BrandingService& branding, AssetService& assets,
                     tenancy::TenantDirectory& directory);

/// Signing in and out through the portal's own form, and the signed-in user's page.
void addPortalSignInRoutes(http::Router& router, BrandingService& branding,
                           tenancy::TenantDirectory& directory, auth::AuthService& auth,
                           const auth::TokenSigner& signer);

} // namespace aih::branding
