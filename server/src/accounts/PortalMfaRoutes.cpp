// SPDX-License-Identifier: Apache-2.0
#include "accounts/PortalMfaRoutes.h"

#include "accounts/PortalForms.h"
#include "branding/PortalRequest.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/FormBody.h"

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::string_view codePanel = R"(<section class="portal-signin">
<h2>Two-step sign-in</h2>
{{message}}<form class="portal-form" method="post" action="/portal/login/mfa">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<label for="code">Code from your authenticator app, or a recovery code</label>
<input id="code" name="code" type="text" autocomplete="one-time-code" required maxlength="32">
<button type="submit">Sign in</button>
</form>
<p><a href="/portal">Start again</a></p>
</section>
)";

Response startAgain(branding::BrandingService& branding, const std::string& tenantId)
{
    return donePage(branding, tenantId, 401, "Sign in again",
                    "This sign-in has expired or used up its attempts.", "/portal", "Sign in");
}

Response verify(RequestContext& ctx, auth::MfaService& mfa, branding::BrandingService& branding,
                tenancy::TenantDirectory& directory, std::chrono::seconds refreshTtl)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto challenge = branding::cookieOf(ctx, branding::mfaCookie);
    if (challenge.empty() || challenge.size() > 128) {
        return startAgain(branding, tenantId);
    }
    const auto fields = http::formFields(ctx, {"csrf_token", "code"});
    if (!fields || !branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return formPage(ctx, branding, tenantId, 403, codePanel, "This form has expired; please try again.",
                        true);
    }
    const auto code = fieldOf(*fields, "code");
    if (code.empty() || code.size() > 32) {
        return formPage(ctx, branding, tenantId, 422, codePanel, "Enter the code.", true);
    }
    try {
        const auto signedIn = mfa.completeSignIn(challenge, code, ctx.caller.origin);
        auto response =
            branding::withPortalSession(branding::redirect("/portal/home"), ctx, signedIn, refreshTtl);
        response = branding::withCookie(std::move(response), ctx, branding::mfaCookie, "", 0);
        return branding::withCookie(std::move(response), ctx, branding::csrfCookie, crypto::randomToken(),
                                    branding::csrfCookieSeconds);
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::InvalidCredentials) {
            return formPage(ctx, branding, tenantId, 401, codePanel, error.detail(), true);
        }
        if (error.code() == ErrorCode::Unauthenticated) {
            return branding::withCookie(startAgain(branding, tenantId), ctx, branding::mfaCookie, "", 0);
        }
        throw;
    }
}

} // namespace

void addPortalMfaRoutes(http::Router& router, auth::MfaService& mfa, branding::BrandingService& branding,
                        tenancy::TenantDirectory& directory, std::chrono::seconds refreshTtl)
{
    router.add({"GET", "/portal/login/mfa", Access::Public, Role::User,
                [&branding, &directory](RequestContext& ctx) {
                    const auto tenantId = branding::portalTenant(ctx, directory);
                    if (branding::cookieOf(ctx, branding::mfaCookie).empty()) {
                        return branding::redirect("/portal");
                    }
                    return formPage(ctx, branding, tenantId, 200, codePanel, "", false);
                },
                "The portal's second sign-in step: the code from the authenticator app"});
    router.add({"POST", "/portal/login/mfa", Access::Public, Role::User,
                [&mfa, &branding, &directory, refreshTtl](RequestContext& ctx) {
                    return verify(ctx, mfa, branding, directory, refreshTtl);
                },
                "Finish a portal sign-in with a code or a recovery code"});
}

} // namespace aih::accounts
