// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/AccountMail.h"
#include "db/Transaction.h"

#include <string>

namespace aih::accounts {

/// What a message from the transaction's tenant needs: its brand, and the origin of its branded
/// portal, where the message's links lead.
struct TenantMail
{
    MailBrand brand;
    std::string portalOrigin;
};

/// `portalUrl` is the configured pattern (AIH_PORTAL_URL); `{slug}` becomes the tenant's slug.
TenantMail tenantMailOf(db::Transaction& tx, const std::string& portalUrl);

} // namespace aih::accounts
