// SPDX-License-Identifier: Apache-2.0
#include "accounts/PortalPasswordRoutes.h"

#include "accounts/AccountMail.h"
#include "accounts/AccountTokens.h"
#include "accounts/PortalForms.h"
#include "branding/PortalRequest.h"
#include "errors/ApiError.h"
#include "http/FormBody.h"
#include "mail/MailLanguage.h"

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::string_view forgotPanel = R"(<section class="portal-signin">
<h2>Reset your password</h2>
{{message}}<form class="portal-form" method="post" action="/portal/forgot-password">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<label for="email">Work email</label>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254">
<button type="submit">Send me a link</button>
</form>
<p><a href="/portal">Back to sign-in</a></p>
</section>
)";

constexpr std::string_view resetPanel = R"(<section class="portal-signin">
<h2>Choose a new password</h2>
{{message}}<form class="portal-form" method="post" action="/portal/reset-password">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<input type="hidden" name="token" value="{{token}}">
<label for="new_password">New password (at least 12 characters)</label>
<input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="12" maxlength="256">
<button type="submit">Set password</button>
</form>
</section>
)";

Response askForLink(RequestContext& ctx, PasswordService& passwords, branding::BrandingService& branding,
                    tenancy::TenantDirectory& directory)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token", "email"});
    if (!fields || !branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return formPage(ctx, branding, tenantId, 403, forgotPanel, "This form has expired; please try again.",
                        true);
    }
    const auto email = fieldOf(*fields, "email");
    if (email.empty() || email.size() > 254) {
        return formPage(ctx, branding, tenantId, 422, forgotPanel, "Enter your work email.", true);
    }
    try {
        passwords.requestReset(
            {tenantId, email, mail::mailLanguage(ctx.header("Accept-Language")), ctx.caller.origin});
    } catch (const ApiError& error) {
        if (error.code() != ErrorCode::RateLimited) {
            throw;
        }
        auto page = formPage(ctx, branding, tenantId, 429, forgotPanel, error.detail(), true);
        page.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds().value_or(60)));
        return page;
    }
    return donePage(branding, tenantId, 200, "Check your inbox",
                    "If an account with that email exists here, a link to reset its password is on its way. "
                    "It works once, for " +
                        std::to_string(passwords.resetValidMinutes()) + " minutes.",
                    "/portal", "Back to sign-in");
}

Response setPassword(RequestContext& ctx, PasswordService& passwords, branding::BrandingService& branding,
                     tenancy::TenantDirectory& directory)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token", "token", "new_password"});
    const auto token = fields ? fieldOf(*fields, "token") : std::string();
    if (!fields || !branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return formPage(ctx, branding, tenantId, 403, resetPanel, "This form has expired; please try again.",
                        true, {{"token", token.size() <= AccountTokens::maxLength ? token : ""}});
    }
    try {
        passwords.confirmReset(token.size() <= AccountTokens::maxLength ? token : "",
                               fieldOf(*fields, "new_password"), tenantId, ctx.caller.origin);
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::ValidationFailed) {
            const auto& fieldErrors = error.fieldErrors();
            const auto why =
                fieldErrors.empty() ? error.detail() : "The password " + fieldErrors.front().message + ".";
            return formPage(ctx, branding, tenantId, 422, resetPanel, why, true, {{"token", token}});
        }
        if (error.code() == ErrorCode::InvalidToken) {
            return donePage(branding, tenantId, 400, "This link does not work", error.detail(),
                            "/portal/forgot-password", "Send a new link");
        }
        if (error.code() == ErrorCode::SsoRequired) {
            return donePage(branding, tenantId, 403, "Sign in with single sign-on",
                            "Your organisation signs you in through its identity provider, so this account "
                            "has no password to reset.",
                            "/portal/sso", "Sign in with single sign-on");
        }
        throw;
    }
    return donePage(branding, tenantId, 200, "Your password is set",
                    "Sign in with it now. Everywhere you were signed in before has been signed out.",
                    "/portal", "Sign in");
}

} // namespace

void addPortalPasswordRoutes(http::Router& router, PasswordService& passwords,
                             branding::BrandingService& branding, tenancy::TenantDirectory& directory)
{
    router.add({"GET", "/portal/forgot-password", Access::Public, Role::User,
                [&branding, &directory](RequestContext& ctx) {
                    return formPage(ctx, branding, branding::portalTenant(ctx, directory), 200, forgotPanel,
                                    "", false);
                },
                "The portal's form to ask for a password-reset mail"});
    router.add({"POST", "/portal/forgot-password", Access::Public, Role::User,
                [&passwords, &branding, &directory](RequestContext& ctx) {
                    return askForLink(ctx, passwords, branding, directory);
                },
                "Ask for a password-reset mail through the portal's form"});
    router.add({"GET", "/portal/reset-password", Access::Public, Role::User,
                [&branding, &directory](RequestContext& ctx) {
                    const auto tenantId = branding::portalTenant(ctx, directory);
                    const auto token = linkTokenOf(ctx);
                    return formPage(ctx, branding, tenantId, 200, resetPanel, "", false, {{"token", token}});
                },
                "The page a reset mail links to: choose a new password"});
    router.add({"POST", "/portal/reset-password", Access::Public, Role::User,
                [&passwords, &branding, &directory](RequestContext& ctx) {
                    return setPassword(ctx, passwords, branding, directory);
                },
                "Set the new password through the portal's form"});
}

} // namespace aih::accounts
