// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/LinkRequest.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "ratelimit/RateLimiter.h"
#include "tenancy/TenantDirectory.h"
#include "time/Clock.h"
#include "users/User.h"
#include "util/SerialExecutor.h"

#include <chrono>
#include <string>

namespace aih::accounts {

struct VerificationSettings
{
    /// The branded portal's origin; `{slug}` becomes the tenant's slug.
    std::string portalUrl = "https://{slug}.localhost";
    std::chrono::seconds validFor{48 * 3600};
    LinkLimits resendLimits{"verify", "email_verification"};
};

/// Proof that a self-service sign-up's owner holds the address it gave: until the mailed link
/// is followed, the account cannot sign in, so the tenant cannot be used. The link is a
/// single-use token (AccountTokens), as a reset link is.
class EmailVerification
{
public:
    EmailVerification(db::Database& database, tenancy::TenantDirectory& tenants,
                      ratelimit::RateLimiter& limiter, const audit::AuditLog& audit,
                      VerificationSettings settings, const time::Clock& clock = time::systemClock());

    /// In the sign-up's transaction: the owner becomes unverified and the link is mailed.
    void require(db::Transaction& tx, const users::User& owner, const std::string& language) const;
    /// Follows the link: the account is verified. A request made in a tenant's context only
    /// accepts that tenant's links.
    void confirm(const std::string& token, const std::string& askedInTenant, const audit::Origin& origin);
    /// Mails a new link when the account exists and is still unverified; answers the same in
    /// every case, and in the same time (the lookup and the mail come after the answer).
    void resend(const LinkRequest& request);

    int validHours() const { return static_cast<int>(settings_.validFor.count() / 3600); }

private:
    void mailLink(db::Transaction& tx, const users::User& user, const std::string& language) const;

    db::Database& database_;
    tenancy::TenantDirectory& tenants_;
    ratelimit::RateLimiter& limiter_;
    const audit::AuditLog& audit_;
    VerificationSettings settings_;
    const time::Clock& clock_;
    /// Last, so it stops (running what is queued) before anything it uses goes.
    util::SerialExecutor background_{"email-verification", 1024};
};

} // namespace aih::accounts
