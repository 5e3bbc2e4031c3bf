// SPDX-License-Identifier: Apache-2.0
#include "accounts/InvitationService.h"

#include "accounts/AccountMail.h"
#include "accounts/InvitationJson.h"
#include "accounts/InvitationStore.h"
#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "aih/Validation.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "tenancy/Seats.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"
#include "webhooks/EventOutbox.h"

#include <algorithm>

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;

// One answer for a link that never existed, belongs to another tenant, was accepted, revoked,
// resent or has expired.
ApiError invalidInvitationToken()
{
    return {ErrorCode::InvalidToken,
            "This invitation link is not valid: it may have expired, been used or been withdrawn. "
            "Ask the person who invited you for a new one."};
}

void requireRoleInReach(const identity::Caller& caller, Role role)
{
    if (!canAssignRole(caller.principal.role, role)) {
        throw ApiError(ErrorCode::Forbidden, "Managers may only handle invitations for the role 'user'.");
    }
}

tenancy::Tenant lockTenant(db::Transaction& tx)
{
    // The same lock user creation takes: seats are counted and taken under it.
    return *tenancy::TenantStore::findForUpdate(tx, tx.tenantId());
}

} // namespace

InvitationService::InvitationService(db::Database& database, const auth::PasswordHasher& hasher,
                                     const auth::PasswordPolicy& policy, auth::AuthService& auth,
                                     ratelimit::RateLimiter& limiter, const audit::AuditLog& audit,
                                     InvitationSettings settings, const time::Clock& clock)
    : database_(database), hasher_(hasher), policy_(policy), auth_(auth), limiter_(limiter), audit_(audit),
      settings_(std::move(settings)), clock_(clock)
{
}

void InvitationService::admitInviter(const identity::Caller& caller) const
{
    // Each invitation is a mail to a stranger: one member cannot make the tenant a spam relay.
    const auto decision = limiter_.admit(
        {{"inviter", "invite:user:" + caller.principal.userId, settings_.invitationsPerInviter}},
        clock_.nowFractional());
    if (decision.refusedBy >= 0) {
        throw ApiError(ErrorCode::RateLimited, "Too many invitations sent; try again later.")
            .withRetryAfter(static_cast<int>(std::max<std::int64_t>(1, decision.decisions[0].retryAfter)))
            .withExtension("limit", "invitations");
    }
}

void InvitationService::mailInvitation(db::Transaction& tx, const Invitation& invitation,
                                       const std::string& token, const std::string& language) const
{
    const auto [brand, origin] = tenantMailOf(tx, settings_.portalUrl);
    const auto content = invitationMail(language, brand, origin + "/portal/accept-invitation?token=" + token,
                                        roleName(invitation.role), validDays());
    MailOutbox::enqueue(tx, {.kind = "invitation",
                             .recipient = invitation.email,
                             .senderName = brand.name,
                             .subject = content.subject,
                             .text = content.text,
                             .html = content.html,
                             .validFor = settings_.validFor});
}

Invitation InvitationService::invite(identity::Caller& caller, const NewInvitation& request)
{
    if (!isValidEmail(request.email)) {
        throw ApiError::validation("email", "is not a valid email address");
    }
    requireRoleInReach(caller, request.role);
    admitInviter(caller);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        // The actor check refreshed the role from the database; check again with it.
        requireRoleInReach(caller, request.role);
        const auto tenant = lockTenant(tx);
        if (users::UserStore::findByEmail(tx, request.email)) {
            throw ApiError(ErrorCode::Conflict, "A user with this email exists.")
                .withField("email", "is taken");
        }
        tenancy::requireFreeSeat(tenant);
        const auto token = crypto::randomToken();
        const auto id = InvitationStore::insert(tx, request.email, request.role, caller.principal.userId,
                                                token, settings_.validFor);
        if (!id) {
            throw ApiError(ErrorCode::Conflict, "This address has a pending invitation; resend it instead.")
                .withField("email", "has a pending invitation");
        }
        auto invitation = *InvitationStore::findOpen(tx, *id);
        mailInvitation(tx, invitation, token, request.language);
        webhooks::EventOutbox::publish(tx, "user.invited", toJson(invitation));
        // The audit chain's lock is the transaction's last (see AuditLog).
        audit_.record(tx, audit::eventFrom(caller, "auth.invited")
                              .on("invitation", *id)
                              .with("role", std::string(roleName(request.role))));
        return invitation;
    });
}

InvitationPage InvitationService::list(identity::Caller& caller, int limit,
                                       const std::optional<std::string>& cursor)
{
    return caller.inTenant(database_,
                           [&](db::Transaction& tx) { return InvitationStore::listOpen(tx, limit, cursor); });
}

void InvitationService::revoke(identity::Caller& caller, const std::string& id)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto invitation = InvitationStore::findOpen(tx, id);
        if (!invitation) {
            throw ApiError(ErrorCode::NotFound, "No such pending invitation.");
        }
        requireRoleInReach(caller, invitation->role);
        InvitationStore::revoke(tx, id);
        audit_.record(tx, audit::eventFrom(caller, "auth.invitation_revoked").on("invitation", id));
    });
}

Invitation InvitationService::resend(identity::Caller& caller, const std::string& id,
                                     const std::string& language)
{
    admitInviter(caller);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto found = InvitationStore::findOpen(tx, id);
        if (!found) {
            throw ApiError(ErrorCode::NotFound, "No such pending invitation.");
        }
        requireRoleInReach(caller, found->role);
        if (found->expired) {
            // An expired invitation gave its seat back; renewing it takes one again.
            tenancy::requireFreeSeat(lockTenant(tx));
        }
        const auto token = crypto::randomToken();
        InvitationStore::renew(tx, id, token, settings_.validFor);
        auto invitation = *InvitationStore::findOpen(tx, id);
        mailInvitation(tx, invitation, token, language);
        audit_.record(tx, audit::eventFrom(caller, "auth.invitation_resent").on("invitation", id));
        return invitation;
    });
}

std::optional<std::string> InvitationService::tenantOfToken(const std::string& token,
                                                            const std::string& askedInTenant)
{
    auto tenantId =
        database_.inPlatform([&](db::Transaction& tx) { return InvitationStore::tenantOf(tx, token); });
    if (!tenantId || (!askedInTenant.empty() && askedInTenant != *tenantId)) {
        return std::nullopt;
    }
    return tenantId;
}

std::optional<Invitation> InvitationService::find(const std::string& token, const std::string& askedInTenant)
{
    const auto tenantId = tenantOfToken(token, askedInTenant);
    if (!tenantId) {
        return std::nullopt;
    }
    return database_.inTenant(
        *tenantId, [&](db::Transaction& tx) { return InvitationStore::findUsableForUpdate(tx, token); });
}

auth::SignedIn InvitationService::accept(const Acceptance& acceptance)
{
    const auto tenantId = tenantOfToken(acceptance.token, acceptance.askedInTenant);
    if (!tenantId) {
        throw invalidInvitationToken();
    }
    // The policy is checked against the invited address, so the invitation is read first; it is
    // spent only once a password that passes is in hand, so a refused password keeps the link.
    const auto invitation = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        return InvitationStore::findUsableForUpdate(tx, acceptance.token);
    });
    if (!invitation) {
        throw invalidInvitationToken();
    }
    if (!acceptance.password) {
        throw ApiError::validation("password", "is required: choose the password of the new account");
    }
    if (const auto why = policy_.refusal(*acceptance.password, invitation->email)) {
        throw ApiError::validation("password", *why);
    }
    const auto hash = hasher_.hash(auth::PasswordPolicy::normalize(*acceptance.password));
    return database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto tenant = lockTenant(tx);
        const auto current = InvitationStore::findUsableForUpdate(tx, acceptance.token);
        if (!current) {
            throw invalidInvitationToken(); // accepted, revoked or resent between the two transactions
        }
        tenancy::requireSeatForAcceptance(tenant);
        const auto userId =
            users::UserStore::insert(tx, current->email, acceptance.name, current->role, hash);
        if (!userId) {
            throw ApiError(ErrorCode::Conflict,
                           "An account with this email exists already; sign in instead.");
        }
        InvitationStore::markAccepted(tx, current->id, *userId);
        const auto user = *users::UserStore::findById(tx, *userId);
        audit::PersonalDetails details{{"email", current->email}};
        if (!acceptance.name.empty()) {
            details["name"] = acceptance.name;
        }
        audit::AuditEvent event;
        event.action = "auth.invitation_accepted";
        event.origin = acceptance.origin;
        event.actor = {audit::ActorType::User, user.id, "", user.role};
        audit_.record(tx, event.on("invitation", current->id)
                              .about(user.id, std::move(details))
                              .with("role", std::string(roleName(user.role))));
        return auth_.openSession(tx, user, acceptance.origin, "invitation");
    });
}

} // namespace aih::accounts
