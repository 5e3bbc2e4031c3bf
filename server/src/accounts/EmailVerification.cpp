// SPDX-License-Identifier: Apache-2.0
#include "accounts/EmailVerification.h"

#include "accounts/AccountMail.h"
#include "accounts/AccountTokens.h"
#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "errors/ApiError.h"
#include "users/UserStore.h"

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;

ApiError invalidVerificationToken()
{
    return {ErrorCode::InvalidToken,
            "This link is not valid: it may have expired or been used. Sign in to have a new one sent."};
}

} // namespace

EmailVerification::EmailVerification(db::Database& database, tenancy::TenantDirectory& tenants,
                                     ratelimit::RateLimiter& limiter, const audit::AuditLog& audit,
                                     VerificationSettings settings, const time::Clock& clock)
    : database_(database), tenants_(tenants), limiter_(limiter), audit_(audit),
      settings_(std::move(settings)), clock_(clock)
{
}

void EmailVerification::mailLink(db::Transaction& tx, const users::User& user,
                                 const std::string& language) const
{
    const auto token =
        AccountTokens::issue(tx, user.id, AccountTokens::emailVerification, settings_.validFor);
    const auto [brand, origin] = tenantMailOf(tx, settings_.portalUrl);
    const auto content =
        emailVerificationMail(language, brand, origin + "/portal/verify-email?token=" + token, validHours());
    MailOutbox::enqueue(tx, {.kind = "email_verification",
                             .recipient = user.email,
                             .senderName = brand.name,
                             .subject = content.subject,
                             .text = content.text,
                             .html = content.html,
                             .validFor = settings_.validFor});
}

void EmailVerification::require(db::Transaction& tx, const users::User& owner,
                                const std::string& language) const
{
    users::UserStore::setEmailVerified(tx, owner.id, false);
    mailLink(tx, owner, language);
}

void EmailVerification::confirm(const std::string& token, const std::string& askedInTenant,
                                const audit::Origin& origin)
{
    const auto tenantId =
        database_.inPlatform([&](db::Transaction& tx) { return AccountTokens::tenantOf(tx, token); });
    if (!tenantId || (!askedInTenant.empty() && askedInTenant != *tenantId)) {
        throw invalidVerificationToken();
    }
    const bool done = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
        const auto userId = AccountTokens::consume(tx, token, AccountTokens::emailVerification);
        if (!userId) {
            return false;
        }
        users::UserStore::setEmailVerified(tx, *userId, true);
        audit::AuditEvent event;
        event.action = "auth.email_verified";
        event.origin = origin;
        audit_.record(tx, event.on("user", *userId).about(*userId));
        return true;
    });
    if (!done) {
        throw invalidVerificationToken();
    }
}

void EmailVerification::resend(const LinkRequest& request)
{
    const auto now = clock_.nowFractional();
    admitLinkRequest(limiter_, settings_.resendLimits, request.origin.ip, now);
    background_.post([this, request, now] {
        const auto tenantId = tenants_.lookup(request.tenantKey);
        if (!tenantId) {
            return;
        }
        database_.inTenant(*tenantId, [&](db::Transaction& tx) {
            const auto user = users::UserStore::findByEmail(tx, request.email);
            if (!user || !user->active || user->emailVerified ||
                !admitLinkMail(limiter_, settings_.resendLimits, user->id, now)) {
                return;
            }
            mailLink(tx, *user, request.language);
        });
    });
}

} // namespace aih::accounts
