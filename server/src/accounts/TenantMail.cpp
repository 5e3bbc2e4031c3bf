// SPDX-License-Identifier: Apache-2.0
#include "accounts/TenantMail.h"

#include "branding/Branding.h"
#include "branding/BrandingStore.h"

#include <Poco/String.h>

namespace aih::accounts {

TenantMail tenantMailOf(db::Transaction& tx, const std::string& portalUrl)
{
    const auto [tenantName, slug] = branding::BrandingStore::tenantNameAndSlug(tx);
    const auto branding = branding::BrandingStore::find(tx).value_or(branding::Branding{});
    TenantMail mail;
    mail.portalOrigin = portalUrl;
    Poco::replaceInPlace(mail.portalOrigin, std::string("{slug}"), slug);
    mail.brand.name = singleLine(branding.companyName.empty() ? tenantName : branding.companyName);
    mail.brand.primaryColor = branding.primaryColor;
    if (!branding.logoSha256.empty()) {
        mail.brand.logoUrl = mail.portalOrigin + branding::assetUrl(branding.logoSha256);
    }
    return mail;
}

} // namespace aih::accounts
