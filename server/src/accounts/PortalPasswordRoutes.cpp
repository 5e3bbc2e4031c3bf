// SPDX-License-Identifier: Apache-2.0
#include "accounts/PortalPasswordRoutes.h"

#include "accounts/AccountMail.h"
#include "branding/HtmlTemplate.h"
#include "branding/PortalPage.h"
#include "branding/PortalRequest.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/QueryParams.h"

namespace aih::accounts {
namespace {

using branding::HtmlTemplate;
using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::size_t maxTokenLength = 128;

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

constexpr std::string_view donePanel = R"(<section class="portal-signin">
<h2>{{heading}}</h2>
<p class="portal-notice" role="status">{{message}}</p>
<p><a href="{{link}}">{{link_text}}</a></p>
</section>
)";

std::string notice(const std::string& text, bool error)
{
    if (text.empty()) {
        return "";
    }
    return std::string(error ? R"(<p class="portal-error" role="alert">)"
                             : R"(<p class="portal-notice" role="status">)") +
           branding::escapeHtml(text) + "</p>\n";
}

/// A page with a form: a fresh form token in its cookie.
Response formPage(RequestContext& ctx, branding::BrandingService& branding, const std::string& tenantId,
                  int status, std::string_view panelSource, const std::string& message, bool error,
                  const std::string& token = "")
{
    const auto csrf = crypto::randomToken();
    HtmlTemplate panel(panelSource);
    panel.fragment("message", notice(message, error)).text("csrf", csrf);
    if (panelSource == resetPanel) {
        panel.text("token", token);
    }
    auto page =
        branding::privatePage(status, branding::renderPanelPage(branding.portal(tenantId), panel.render()));
    return branding::withCookie(std::move(page), ctx, branding::csrfCookie, csrf,
                                branding::csrfCookieSeconds);
}

Response donePage(branding::BrandingService& branding, const std::string& tenantId, int status,
                  const std::string& heading, const std::string& message, const std::string& link,
                  const std::string& linkText)
{
    HtmlTemplate panel(donePanel);
    panel.text("heading", heading).text("message", message).text("link", link).text("link_text", linkText);
    return branding::privatePage(status,
                                 branding::renderPanelPage(branding.portal(tenantId), panel.render()));
}

std::string fieldOf(const std::map<std::string, std::string>& fields, const char* name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
}

Response askForLink(RequestContext& ctx, PasswordService& passwords, branding::BrandingService& branding,
                    tenancy::TenantDirectory& directory)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto fields = branding::formFields(ctx, {"csrf_token", "email"});
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
            {tenantId, email, mailLanguage(ctx.header("Accept-Language")), ctx.caller.origin});
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
    const auto fields = branding::formFields(ctx, {"csrf_token", "token", "new_password"});
    const auto token = fields ? fieldOf(*fields, "token") : std::string();
    if (!fields || !branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return formPage(ctx, branding, tenantId, 403, resetPanel, "This form has expired; please try again.",
                        true, token.size() <= maxTokenLength ? token : "");
    }
    try {
        passwords.confirmReset(token.size() <= maxTokenLength ? token : "", fieldOf(*fields, "new_password"),
                               tenantId, ctx.caller.origin);
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::ValidationFailed) {
            const auto& fieldErrors = error.fieldErrors();
            const auto why =
                fieldErrors.empty() ? error.detail() : "The password " + fieldErrors.front().message + ".";
            return formPage(ctx, branding, tenantId, 422, resetPanel, why, true, token);
        }
        if (error.code() == ErrorCode::InvalidToken) {
            return donePage(branding, tenantId, 400, "This link does not work", error.detail(),
                            "/portal/forgot-password", "Send a new link");
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
                    const auto token = ctx.queryValue("token").value_or("");
                    // Never a link this server sent; refused as the API refuses a bad parameter.
                    if (token.size() > maxTokenLength) {
                        http::refuseQueryParam("token", "is longer than any link this server sends");
                    }
                    return formPage(ctx, branding, tenantId, 200, resetPanel, "", false, token);
                },
                "The page a reset mail links to: choose a new password"});
    router.add({"POST", "/portal/reset-password", Access::Public, Role::User,
                [&passwords, &branding, &directory](RequestContext& ctx) {
                    return setPassword(ctx, passwords, branding, directory);
                },
                "Set the new password through the portal's form"});
}

} // namespace aih::accounts
