// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace aih::branding
