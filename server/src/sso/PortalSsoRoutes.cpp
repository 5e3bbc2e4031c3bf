// SPDX-License-Identifier: Apache-2.0
#include "sso/PortalSsoRoutes.h"

#include "branding/HtmlTemplate.h"
#include "branding/PortalPage.h"
#include "branding/PortalRequest.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/ErrorStatus.h"

namespace aih::sso {
namespace {

using errors::ApiError;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr long long flowSeconds = SsoSignInService::signInTtlSeconds;

constexpr std::string_view problemPanel = R"(<section class="portal-signin">
<h2>Single sign-on</h2>
<p class="portal-error" role="alert">{{message}}</p>
<p><a href="/portal">Back to sign-in</a></p>
</section>
)";

// The provider's return was a cross-site navigation: the portal's SameSite=Strict session
// cookies set now would not be sent on a redirect in that same navigation. A same-site
// refresh from this page starts a new one in which they are (no script needed).
constexpr std::string_view continuePanel = R"(<section class="portal-signin">
<h2>Signed in</h2>
<p><a href="/portal/home">Continue</a></p>
</section>
)";

Response problemPage(branding::BrandingService& branding, const std::string& tenantId, int status,
                     const std::string& message)
{
    branding::HtmlTemplate panel(problemPanel);
    panel.text("message", message);
    return branding::privatePage(status,
                                 branding::renderPanelPage(branding.portal(tenantId), panel.render()));
}

Response start(RequestContext& ctx, SsoSignInService& signIn, branding::BrandingService& branding,
               tenancy::TenantDirectory& directory)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto verifier = crypto::randomToken(32);
    AppReturn portal;
    portal.redirectUri = branding::portalOrigin(ctx) + "/portal/sso/return";
    portal.clientState = crypto::randomToken(16);
    portal.codeChallenge = crypto::sha256Base64Url(verifier);
    try {
        const auto started = signIn.startForPortal(tenantId, portal, ctx.caller.origin);
        return branding::withLaxCookie(branding::redirect(started.redirectUrl), ctx, branding::ssoCookie,
                                       portal.clientState + "." + verifier, flowSeconds);
    } catch (const ApiError& error) {
        return problemPage(branding, tenantId, http::describe(error.code()).status, error.detail());
    }
}

Response finish(RequestContext& ctx, SsoSignInService& signIn, branding::BrandingService& branding,
                tenancy::TenantDirectory& directory, auth::AuthService& auth)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto cookie = branding::cookieOf(ctx, branding::ssoCookie);
    const auto dot = cookie.find('.');
    const auto state = ctx.queryValue("state").value_or("");
    const auto cleared = [&](Response response) {
        return branding::withLaxCookie(std::move(response), ctx, branding::ssoCookie, "", 0);
    };
    // The state ties the return to the browser that started: a code planted from elsewhere
    // finds no matching cookie.
    if (dot == std::string::npos || state.empty() ||
        !crypto::constantTimeEquals(cookie.substr(0, dot), state)) {
        return cleared(
            problemPage(branding, tenantId, 400, "This sign-in was not started here, or took too long."));
    }
    if (ctx.queryValue("error")) {
        return cleared(problemPage(branding, tenantId, 401,
                                   "Your identity provider's answer was not accepted. Try again, or ask your "
                                   "admin."));
    }
    try {
        const auto signedIn =
            signIn.redeem(ctx.queryValue("code").value_or(""), cookie.substr(dot + 1), ctx.caller.origin);
        if (signedIn.user.tenantId != tenantId) {
            return cleared(
                problemPage(branding, tenantId, 400, "This sign-in belongs to another workspace."));
        }
        auto page = branding::privatePage(
            200, branding::renderPanelPage(branding.portal(tenantId), std::string(continuePanel)));
        page.headers.emplace_back("Refresh", "0; url=/portal/home");
        page = branding::withPortalSession(std::move(page), ctx, signedIn, auth.refreshTtl());
        page = branding::withCookie(std::move(page), ctx, branding::csrfCookie, crypto::randomToken(),
                                    branding::csrfCookieSeconds);
        return cleared(std::move(page));
    } catch (const ApiError& error) {
        return cleared(problemPage(branding, tenantId, http::describe(error.code()).status, error.detail()));
    }
}

} // namespace

void addPortalSsoRoutes(http::Router& router, SsoSignInService& signIn, branding::BrandingService& branding,
                        tenancy::TenantDirectory& directory, auth::AuthService& auth)
{
    router.add({"GET", "/portal/sso", Access::Public, Role::User,
                [&signIn, &branding, &directory](RequestContext& ctx) {
                    return start(ctx, signIn, branding, directory);
                },
                "Start single sign-on from the portal: on to the identity provider"});
    router.add({"GET", "/portal/sso/return", Access::Public, Role::User,
                [&signIn, &branding, &directory, &auth](RequestContext& ctx) {
                    return finish(ctx, signIn, branding, directory, auth);
                },
                "Where single sign-on returns to the portal; signs the browser in"});
}

} // namespace aih::sso
