// SPDX-License-Identifier: Apache-2.0
#include "accounts/PasswordService.h"

#include "accounts/AccountMail.h"
#include "accounts/AccountTokens.h"
#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "auth/SessionStore.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "sso/SsoConnectionStore.h"
#include "users/UserStore.h"

#include <algorithm>

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;

// One answer for a token that never existed, belongs to another tenant, was used, has expired or
// was voided: which of them it was would help nobody but someone guessing.
ApiError invalidResetToken()
{
    return {ErrorCode::InvalidToken,
            "This link is not valid: it may have expired or been used. Ask for a new one."};
}

audit::AuditEvent eventAbout(std::string action, const std::string& userId, const audit::Origin& origin)
{
    audit::AuditEvent event;
    event.action = std::move(action);
    event.origin = origin;
    event.about(userId);
    return event;
}

/// Ends the account's sessions but `keepSessionId`, and voids its outstanding mailed links.
std::vector<std::string> endSessions(db::Transaction& tx, const std::string& userId,
                                     const std::string& keepSessionId, const char* reason)
{
    AccountTokens::voidAll(tx, userId);
    return auth::SessionStore::revokeUserSessions(tx, userId, reason, keepSessionId);
}

} // namespace

PasswordService::PasswordService(db::Database& database, tenancy::TenantDirectory& tenants,
                                 const auth::PasswordHasher& hasher, const auth::PasswordPolicy& policy,
                                 auth::SignInThrottle& throttle, ratelimit::RateLimiter& limiter,
                                 const audit::AuditLog& audit, db::Announce announce,
                                 PasswordSettings settings, const time::Clock& clock)
    : database_(database), tenants_(tenants), hasher_(hasher), policy_(policy), throttle_(throttle),
      limiter_(limiter), audit_(audit), announce_(std::move(announce)), settings_(std::move(settings)),
      clock_(clock)
{
}

std::string PasswordService::acceptableHash(const std::string& password, const std::string& email,
                                            const char* field) const
{
    if (const auto why = policy_.refusal(password, email)) {
        throw ApiError::validation(field, *why);
    }
    return hasher_.hash(auth::PasswordPolicy::normalize(password));
}

void PasswordService::change(identity::Caller& caller, const std::string& currentPassword,
                             const std::string& newPassword)
{
    const auto user = caller.inTenant(database_, [&](db::Transaction& tx) {
        return users::UserStore::findById(tx, caller.principal.userId);
    });
    if (!user) {
        throw ApiError(ErrorCode::Unauthenticated, "The session has ended.");
    }
    // Guessing the current password through this route costs what guessing it at sign-in costs.
    const auto account = auth::SignInThrottle::accountKey(caller.tenantId, user->email);
    if (const int wait = throttle_.begin(account, caller.origin.ip); wait > 0) {
        throw ApiError(ErrorCode::RateLimited, "Too many wrong passwords; try again later.")
            .withRetryAfter(wait)
            .withExtension("limit", "login");
    }
    bool right = false;
    try {
        right = !user->passwordHash.empty() &&
                auth::PasswordPolicy::matches(hasher_, user->passwordHash, currentPassword) !=
                    auth::PasswordPolicy::Match::No;
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::ServiceUnavailable) {
            throttle_.abandoned(account, caller.origin.ip); // no verdict: busy, not wrong
        }
        throw;
    }
    if (!right) {
        caller.inTenant(database_, [&](db::Transaction& tx) {
            audit_.record(tx, audit::eventFrom(caller, "auth.password_changed")
                                  .about(user->id)
                                  .failed("The current password is not right.")
                                  .with("reason", "wrong_password"));
        });
        throw ApiError::validation("current_password", "is not right");
    }
    throttle_.succeeded(account, caller.origin.ip);
    const auto hash = acceptableHash(newPassword, user->email, "new_password");
    std::vector<std::string> ended;
    caller.inTenant(database_, [&](db::Transaction& tx) {
        users::UserStore::setPassword(tx, user->id, hash);
        ended = endSessions(tx, user->id, caller.principal.sessionId, "password_changed");
        audit_.record(tx, audit::eventFrom(caller, "auth.password_changed")
                              .on("user", user->id)
                              .about(user->id)
                              .with("sessions_ended", static_cast<int>(ended.size())));
    });
    for (const auto& session : ended) {
        announce_(db::Change::session(session));
    }
}

void PasswordService::mailResetLink(db::Transaction& tx, const std::string& userId, const std::string& email,
                                    const std::string& language) const
{
    const auto token = AccountTokens::issue(tx, userId, AccountTokens::passwordReset, settings_.resetTtl);
    const auto [brand, origin] = tenantMailOf(tx, settings_.portalUrl);
    const auto minutes = static_cast<int>(settings_.resetTtl.count() / 60);
    const auto content =
        passwordResetMail(language, brand, origin + "/portal/reset-password?token=" + token, minutes);
    QueuedMail mail{.kind = "password_reset",
                    .recipient = email,
                    .senderName = brand.name,
                    .subject = content.subject,
                    .text = content.text,
                    .html = content.html,
                    .validFor = settings_.resetTtl};
    MailOutbox::enqueue(tx, mail);
}

void PasswordService::requestReset(const LinkRequest& request)
{
    const auto now = clock_.nowFractional();
    admitLinkRequest(limiter_, settings_.resetLimits, request.origin.ip, now);
    // Looking the account up and mailing it take time only when it exists: done after the
    // answer, they cannot tell anyone whether it does.
    background_.post([this, request, now] {
        const auto tenantId = tenants_.lookup(request.tenantKey);
        if (!tenantId) {
            return;
        }
        database_.inTenant(*tenantId, [&](db::Transaction& tx) {
            const auto user = users::UserStore::findByEmail(tx, request.email);
            if (!user || !user->active || !admitLinkMail(limiter_, settings_.resetLimits, user->id, now)) {
                return;
            }
            if (sso::SsoConnectionStore::passwordRefused(tx, user->email, user->id)) {
                // The tenant requires single sign-on for this address: no password to reset. The
                // answer was the same 202 as for anyone; only the audit trail says why no mail went.
                auto refused = eventAbout("auth.password_reset_requested", user->id, request.origin);
                audit_.record(tx, refused.on("user", user->id).failed("sso_required"));
                return;
            }
            mailResetLink(tx, user->id, user->email, request.language);
            auto event = eventAbout("auth.password_reset_requested", user->id, request.origin);
            audit_.record(tx, event.on("user", user->id));
        });
    });
}

void PasswordService::confirmReset(const std::string& token, const std::string& newPassword,
                                   const std::string& askedInTenant, const audit::Origin& origin)
{
    const auto tenantId =
        database_.inPlatform([&](db::Transaction& tx) { return AccountTokens::tenantOf(tx, token); });
    if (!tenantId || (!askedInTenant.empty() && askedInTenant != *tenantId)) {
        throw invalidResetToken();
    }
    // The policy is checked against the account's email, so the account is read first; the
    // token is spent only once a password that passes is in hand, so a refused password does
    // not cost the user the link.
    const auto user = database_.inTenant(*tenantId, [&](db::Transaction& tx) -> std::optional<users::User> {
        const auto holder = AccountTokens::holder(tx, token, AccountTokens::passwordReset);
        return holder ? users::UserStore::findById(tx, *holder) : std::nullopt;
    });
    if (!user || !user->active) {
        throw invalidResetToken();
    }
    // A link mailed before the tenant required single sign-on for the address is no way around it.
    requirePasswordAllowed(*tenantId, *user);
    const auto hash = acceptableHash(newPassword, user->email, "new_password");
    std::vector<std::string> ended;
    const bool done = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto userId = AccountTokens::consume(tx, token, AccountTokens::passwordReset);
        if (!userId || *userId != user->id) {
            return false; // spent or voided between the two transactions
        }
        users::UserStore::setPassword(tx, user->id, hash);
        ended = endSessions(tx, user->id, "", "password_reset");
        auto event = eventAbout("auth.password_reset", user->id, origin);
        audit_.record(tx, event.on("user", user->id).with("sessions_ended", static_cast<int>(ended.size())));
        return true;
    });
    if (!done) {
        throw invalidResetToken();
    }
    for (const auto& session : ended) {
        announce_(db::Change::session(session));
    }
}

void PasswordService::requirePasswordAllowed(const std::string& tenantId, const users::User& user)
{
    const bool refused = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        return sso::SsoConnectionStore::passwordRefused(tx, user.email, user.id);
    });
    if (refused) {
        throw ApiError(ErrorCode::SsoRequired,
                       "This account signs in through single sign-on; its password cannot be reset.");
    }
}

void PasswordService::adminReset(identity::Caller& caller, const std::string& userId,
                                 const std::string& language)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto user = users::UserStore::findById(tx, userId);
        if (!user) {
            throw ApiError(ErrorCode::NotFound, "No such user.");
        }
        if (!user->active) {
            throw ApiError(ErrorCode::Conflict, "The user is deactivated; reactivate them first.");
        }
        if (sso::SsoConnectionStore::passwordRefused(tx, user->email, user->id)) {
            throw ApiError(ErrorCode::SsoRequired,
                           "This member signs in through single sign-on; their password is not used.");
        }
        mailResetLink(tx, user->id, user->email, language);
        audit_.record(
            tx, audit::eventFrom(caller, "auth.password_reset_sent").on("user", user->id).about(user->id));
    });
}

} // namespace aih::accounts
