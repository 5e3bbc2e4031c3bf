// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/LinkRequest.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/SignInThrottle.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "ratelimit/RateLimiter.h"
#include "tenancy/TenantDirectory.h"
#include "time/Clock.h"
#include "users/User.h"
#include "util/SerialExecutor.h"

#include <chrono>
#include <string>

namespace aih::accounts {

struct PasswordSettings
{
    /// The branded portal's origin; `{slug}` becomes the tenant's slug.
    std::string portalUrl = "https://{slug}.localhost";
    std::chrono::seconds resetTtl{30 * 60};
    LinkLimits resetLimits{"reset", "password_reset"};
};

/// Passwords after sign-up: changing one's own, resetting a forgotten one by mail, an admin
/// sending a user the reset mail. Every new password passes the policy and is stored as an
/// argon2id hash of its NFKC form; every change ends the account's other sessions and voids
/// its outstanding reset links.
class PasswordService
{
public:
    PasswordService(db::Database& database, tenancy::TenantDirectory& tenants,
                    const auth::PasswordHasher& hasher, const auth::PasswordPolicy& policy,
                    auth::SignInThrottle& throttle, ratelimit::RateLimiter& limiter,
                    const audit::AuditLog& audit, db::Announce announce, PasswordSettings settings,
                    const time::Clock& clock = time::systemClock());

    /// The signed-in user's own password; the current one is required and throttled like a
    /// sign-in. Sessions other than the caller's end.
    void change(identity::Caller& caller, const std::string& currentPassword, const std::string& newPassword);

    /// Mails a reset link when the account exists, is active and has not had too many; answers
    /// the same in every case, and in the same time: only the per-address limit is decided
    /// before the answer, the rest runs after it.
    void requestReset(const LinkRequest& request);

    /// Sets the password from a reset link; every session of the account ends. A request made in
    /// a tenant's context (its portal's host, X-Tenant-ID) only accepts that tenant's tokens.
    void confirmReset(const std::string& token, const std::string& newPassword,
                      const std::string& askedInTenant, const audit::Origin& origin);

    /// How long a mailed reset link works.
    int resetValidMinutes() const { return static_cast<int>(settings_.resetTtl.count() / 60); }

    /// An admin sends a user the reset mail; the admin never sees or sets the password.
    void adminReset(identity::Caller& caller, const std::string& userId, const std::string& language);

private:
    std::string acceptableHash(const std::string& password, const std::string& email,
                               const char* field) const;
    void mailResetLink(db::Transaction& tx, const std::string& userId, const std::string& email,
                       const std::string& language) const;
    /// 403 sso_required when the tenant requires single sign-on for the account (its
    /// break-glass admin excepted).
    void requirePasswordAllowed(const std::string& tenantId, const users::User& user);

    db::Database& database_;
    tenancy::TenantDirectory& tenants_;
    const auth::PasswordHasher& hasher_;
    const auth::PasswordPolicy& policy_;
    auth::SignInThrottle& throttle_;
    ratelimit::RateLimiter& limiter_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
    PasswordSettings settings_;
    const time::Clock& clock_;
    /// Last, so it stops (running what is queued) before anything it uses goes.
    util::SerialExecutor background_{"password-reset", 1024};
};

} // namespace aih::accounts
