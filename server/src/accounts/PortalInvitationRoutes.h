// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/InvitationService.h"
#include "branding/BrandingService.h"
#include "http/Router.h"
#include "tenancy/TenantDirectory.h"

#include <chrono>

namespace aih::accounts {

/// The page an invitation mail links to, on the tenant's branded portal: choose a password,
/// and the portal session starts. A plain form, no script.
void addPortalInvitationRoutes(http::Router& router, InvitationService& invitations,
                               branding::BrandingService& branding, tenancy::TenantDirectory& directory,
                               std::chrono::seconds refreshTtl);

} // namespace aih::accounts
