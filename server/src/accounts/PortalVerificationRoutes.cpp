// SPDX-License-Identifier: Apache-2.0
#include "accounts/AccountTokens.h"
#include "accounts/PortalForms.h"
#include "accounts/VerificationRoutes.h"
#include "branding/PortalRequest.h"
#include "errors/ApiError.h"
#include "http/FormBody.h"

namespace aih::accounts {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::string_view confirmPanel = R"(<section class="portal-signin">
<h2>Confirm your email</h2>
{{message}}<form class="portal-form" method="post" action="/portal/verify-email">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<input type="hidden" name="token" value="{{token}}">
<button type="submit">Confirm my email</button>
</form>
</section>
)";

Response confirm(RequestContext& ctx, EmailVerification& verification, branding::BrandingService& branding,
                 tenancy::TenantDirectory& directory)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token", "token"});
    auto token = fields ? fieldOf(*fields, "token") : std::string();
    if (token.size() > AccountTokens::maxLength) {
        token.clear();
    }
    if (!fields || !branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return formPage(ctx, branding, tenantId, 403, confirmPanel,
                        "This form has expired; please try again.", true, {{"token", token}});
    }
    try {
        verification.confirm(token, tenantId, ctx.caller.origin);
    } catch (const ApiError& error) {
        if (error.code() != ErrorCode::InvalidToken) {
            throw;
        }
        return donePage(branding, tenantId, 400, "This link does not work",
                        "It may have expired or been used. Sign in, and a new one is offered.", "/portal",
                        "Go to sign-in");
    }
    return donePage(branding, tenantId, 200, "Your email is confirmed", "You can sign in now.", "/portal",
                    "Sign in");
}

} // namespace

void addPortalVerificationRoutes(http::Router& router, EmailVerification& verification,
                                 branding::BrandingService& branding, tenancy::TenantDirectory& directory)
{
    router.add(
        {"GET", "/portal/verify-email", Access::Public, Role::User,
         [&branding, &directory](RequestContext& ctx) {
             const auto tenantId = branding::portalTenant(ctx, directory);
             const auto token = linkTokenOf(ctx);
             return formPage(ctx, branding, tenantId, 200, confirmPanel, "", false, {{"token", token}});
         },
         "The page a confirmation mail links to: one button confirms the address"});
    router.add({"POST", "/portal/verify-email", Access::Public, Role::User,
                [&verification, &branding, &directory](RequestContext& ctx) {
                    return confirm(ctx, verification, branding, directory);
                },
                "Confirm an email address through the portal's form"});
}

} // namespace aih::accounts
