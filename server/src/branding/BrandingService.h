// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "branding/Branding.h"
#include "branding/PortalPage.h"
#include "branding/css/CssSanitizer.h"
#include "content/ContentCatalog.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/TenantPlans.h"

#include <vector>

namespace aih::branding {

struct SavedBranding
{
    Branding branding;
    std::vector<css::CssIssue> cssDropped;
};

struct ThemePreview
{
    Branding branding;
    std::string css;
    std::string html;
    std::vector<css::CssIssue> cssDropped;
};

/// Branding rules: plan gating (custom_branding from pro; custom CSS and hiding the platform's
/// marks with white_label), validation, CSS sanitising, and the portal as a tenant's plan
/// allows it to look today (a downgrade switches off what the new plan lacks).
class BrandingService
{
public:
    BrandingService(db::Database& database, tenancy::TenantPlans& plans, content::ContentCatalog& catalog,
                    const audit::AuditLog& audit);

    Branding get(identity::Caller& caller);
    SavedBranding update(identity::Caller& caller, const BrandingChange& change);
    ThemePreview preview(identity::Caller& caller, const BrandingChange& change);

    /// The public portal of a tenant resolved from the request's Host.
    PortalView portal(const std::string& tenantId);

private:
    SavedBranding apply(db::Transaction& tx, const tenancy::TenantPlan& plan, const BrandingChange& change);

    db::Database& database_;
    tenancy::TenantPlans& plans_;
    content::ContentCatalog& catalog_;
    const audit::AuditLog& audit_;
};

/// What the tenant's plan lets the portal show of `branding`.
Branding effectiveBranding(Branding branding, Tier tier);

/// Hashes of the tenant's assets that a sanitised stylesheet refers to.
std::vector<std::string> assetsReferencedBy(const std::string& css);

} // namespace aih::branding
