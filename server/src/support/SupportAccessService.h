// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/TokenSigner.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "support/SupportGrantStore.h"

#include <chrono>
#include <string>
#include <vector>

namespace aih::support {

/// An operator's read-only way into a tenant.
struct SupportView
{
    std::string accessToken;
    std::int64_t expiresAt = 0; ///< seconds since the epoch
    std::string tenantId;
    SupportGrant grant;
};

/// Support access ("view as"). A tenant's admin grants it for a time they choose and may end it
/// at any moment; while a grant is in force, an operator account (never the bootstrap token: the
/// tenant sees who) opens the tenant and gets an access token that reads it as an admin would and
/// changes nothing. The view ends with the grant, with the operator's session, or after an hour.
/// Granting, revoking and every opening are recorded in the tenant's audit chain (openings in the
/// platform's too).
class SupportAccessService
{
public:
    static constexpr int minMinutes = 15;
    static constexpr int defaultMinutes = 24 * 60;
    static constexpr int maxMinutes = 7 * 24 * 60;
    static constexpr int maxReasonLength = 500;
    static constexpr std::chrono::seconds maxViewLifetime{3600};

    SupportAccessService(db::Database& database, const audit::AuditLog& audit,
                         const auth::TokenSigner& signer)
        : database_(database), audit_(audit), signer_(signer)
    {
    }

    SupportGrant grant(identity::Caller& caller, int minutes, const std::string& reason);
    std::vector<SupportGrant> list(identity::Caller& caller);
    /// Ends a grant at once, and every view opened under it; 404 for another tenant's.
    SupportGrant revoke(identity::Caller& caller, const std::string& id);
    /// For an operator account: a view of the tenant under the grant in force; 403 without one.
    SupportView open(identity::Caller& caller, const std::string& tenantId);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
    const auth::TokenSigner& signer_;
};

} // namespace aih::support
