// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Invitation.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "ratelimit/RateLimiter.h"
#include "time/Clock.h"

#include <chrono>
#include <optional>
#include <string>

namespace aih::accounts {

struct InvitationSettings
{
    /// The branded portal's origin; `{slug}` becomes the tenant's slug.
    std::string portalUrl = "https://{slug}.localhost";
    std::chrono::seconds validFor{7 * 24 * 3600};
    int invitationsPerInviter = 60; ///< per hour, resends included; more get 429
};

struct NewInvitation
{
    std::string email;
    Role role = Role::User;
    std::string language; ///< of the mail: en, de, fr or es
};

struct Acceptance
{
    std::string token;
    std::optional<std::string> password;
    std::string name;
    std::string askedInTenant; ///< the tenant the request named, if any: only its tokens count
    audit::Origin origin;
};

/// Invitations: an admin or manager promises a seat to an address, by mail; following the link
/// creates the account and signs it in. A pending invitation holds a seat of the plan's user
/// limit, so no number of invitations can overshoot it. Managers handle invitations for the
/// role `user` only, as they create users.
class InvitationService
{
public:
    InvitationService(db::Database& database, const auth::PasswordHasher& hasher,
                      const auth::PasswordPolicy& policy, auth::AuthService& auth,
                      ratelimit::RateLimiter& limiter, const audit::AuditLog& audit,
                      InvitationSettings settings, const time::Clock& clock = time::systemClock());

    Invitation invite(identity::Caller& caller, const NewInvitation& request);
    InvitationPage list(identity::Caller& caller, int limit, const std::optional<std::string>& cursor);
    void revoke(identity::Caller& caller, const std::string& id);
    /// A new mail with a new link (the old one stops working) and a new expiry.
    Invitation resend(identity::Caller& caller, const std::string& id, const std::string& language);

    /// The invitation a link is for, to greet its holder, if the link can still be accepted.
    std::optional<Invitation> find(const std::string& token, const std::string& askedInTenant);
    /// Creates the account the invitation promised and signs it in.
    auth::SignedIn accept(const Acceptance& acceptance);

    int validDays() const { return static_cast<int>(settings_.validFor.count() / 86400); }

private:
    void admitInviter(const identity::Caller& caller) const;
    void mailInvitation(db::Transaction& tx, const Invitation& invitation, const std::string& token,
                        const std::string& language) const;
    std::optional<std::string> tenantOfToken(const std::string& token, const std::string& askedInTenant);

    db::Database& database_;
    const auth::PasswordHasher& hasher_;
    const auth::PasswordPolicy& policy_;
    auth::AuthService& auth_;
    ratelimit::RateLimiter& limiter_;
    const audit::AuditLog& audit_;
    InvitationSettings settings_;
    const time::Clock& clock_;
};

} // namespace aih::accounts
