// SPDX-License-Identifier: Apache-2.0
// Signing in on the branded portal with a plain HTML form: no script, so the page keeps its
// script-free CSP. The form goes through the same AuthService::login as /api/auth/login (same
// answers, timing, throttling and audit), and the session it starts lives in an HttpOnly cookie.
#include "branding/BrandingRoutes.h"
#include "branding/PortalRequest.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/FormBody.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

constexpr std::size_t maxEmailBytes = 254;
constexpr std::size_t maxPasswordBytes = 256;

/// The sign-in page with a fresh form token in its cookie.
Response signInPage(RequestContext& ctx, BrandingService& branding, const std::string& tenantId, int status,
                    SignInForm form)
{
    form.csrfToken = crypto::randomToken();
    auto page = privatePage(status, renderPortalPage(branding.portal(tenantId), StyleMode::Linked, form));
    return withCookie(std::move(page), ctx, csrfCookie, form.csrfToken, csrfCookieSeconds);
}

/// The signed-in user of this host's tenant, per the session token; confirmed in the database
/// (user active, session not ended), so a sign-out or deactivation takes effect at once.
std::optional<users::User> portalUser(RequestContext& ctx, const auth::TokenSigner& signer,
                                      const std::string& tenantId, const std::string& token)
{
    const auto principal = token.empty() ? std::nullopt : signer.verify(token);
    if (!principal || !principal->isUser() || principal->tenantId != tenantId) {
        return std::nullopt;
    }
    ctx.principal = *principal;
    ctx.tenantId = tenantId;
    try {
        return ctx.inTenant([&](db::Transaction& tx) -> std::optional<users::User> {
            // A suspended tenant's portal signs everyone out, as its API refuses their sessions.
            if (tenancy::TenantStore::currentSuspended(tx)) {
                return std::nullopt;
            }
            return users::UserStore::findById(tx, principal->userId);
        });
    } catch (const ApiError& error) {
        if (error.code() != ErrorCode::Unauthenticated) {
            throw;
        }
        ctx.principal = {};
        return std::nullopt;
    }
}

Response signedOut(const RequestContext& ctx, const std::string& location)
{
    return withCookie(withCookie(redirect(location), ctx, sessionCookie, "", 0), ctx, refreshCookie, "", 0);
}

/// The signed-in user, renewing the session from the refresh cookie once the session cookie has
/// expired (its 15 minutes, or the browser dropped it). The renewal rotates the refresh token,
/// so a stolen copy used after the browser's is detected and ends the session.
std::optional<users::User> portalUserRenewing(RequestContext& ctx, const auth::TokenSigner& signer,
                                              auth::AuthService& auth, const std::string& tenantId,
                                              std::optional<auth::SignedIn>& renewed)
{
    if (auto user = portalUser(ctx, signer, tenantId, cookieOf(ctx, sessionCookie))) {
        return user;
    }
    const auto refreshToken = cookieOf(ctx, refreshCookie);
    if (refreshToken.empty()) {
        return std::nullopt;
    }
    try {
        renewed = auth.refresh(refreshToken, ctx.caller.origin);
    } catch (const ApiError& error) {
        if (error.code() != ErrorCode::Unauthenticated && error.code() != ErrorCode::TenantSuspended) {
            throw;
        }
        return std::nullopt;
    }
    return portalUser(ctx, signer, tenantId, renewed->accessToken);
}

Response signIn(RequestContext& ctx, BrandingService& branding, tenancy::TenantDirectory& directory,
                auth::AuthService& auth)
{
    const auto tenantId = portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token", "email", "password"});
    if (!fields) {
        return signInPage(ctx, branding, tenantId, 400,
                          {{}, {}, "The form was not sent as expected; try again."});
    }
    const auto field = [&](const char* name) {
        const auto it = fields->find(name);
        return it == fields->end() ? std::string() : it->second;
    };
    // A form from elsewhere gets a blank one back: nothing it sent is shown on this origin.
    if (!fromOwnPage(ctx, field("csrf_token"))) {
        return signInPage(ctx, branding, tenantId, 403,
                          {{}, {}, "This sign-in form has expired; please sign in again."});
    }
    const auto email = field("email");
    // The typed email is shown again (escaped) after a failure, so it need not be retyped.
    const auto shownEmail = email.size() <= maxEmailBytes ? email : std::string();
    const auto password = field("password");
    if (email.empty() || password.empty() || email.size() > maxEmailBytes ||
        password.size() > maxPasswordBytes) {
        return signInPage(ctx, branding, tenantId, 422, {{}, shownEmail, "Enter your email and password."});
    }
    auth::LoginAttempt attempt{tenantId, email, password, ctx.caller.origin};
    try {
        const auto result = auth.login(attempt);
        if (!result.signedIn) {
            // The code is asked for on a page of its own; the challenge rides in a cookie, never
            // in the page.
            return withCookie(redirect("/portal/login/mfa"), ctx, mfaCookie, result.mfaToken,
                              result.mfaTokenTtl.count());
        }
        auto response = withPortalSession(redirect("/portal/home"), ctx, *result.signedIn, auth.refreshTtl());
        // A new form token for the signed-in pages: the one used to sign in is spent.
        return withCookie(std::move(response), ctx, csrfCookie, crypto::randomToken(), csrfCookieSeconds);
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::InvalidCredentials) {
            return signInPage(ctx, branding, tenantId, 401, {{}, shownEmail, error.detail()});
        }
        if (error.code() == ErrorCode::EmailUnverified) {
            return signInPage(
                ctx, branding, tenantId, 403,
                {{}, shownEmail, "Confirm your email address first with the link mailed to it."});
        }
        if (error.code() == ErrorCode::TenantSuspended) {
            return signInPage(ctx, branding, tenantId, 403, {{}, shownEmail, error.detail()});
        }
        if (error.code() == ErrorCode::RateLimited) {
            auto page = signInPage(ctx, branding, tenantId, 429, {{}, shownEmail, error.detail()});
            page.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds().value_or(60)));
            return page;
        }
        throw;
    }
}

Response home(RequestContext& ctx, BrandingService& branding, tenancy::TenantDirectory& directory,
              const auth::TokenSigner& signer, auth::AuthService& auth)
{
    const auto tenantId = portalTenant(ctx, directory);
    std::optional<auth::SignedIn> renewed;
    const auto user = portalUserRenewing(ctx, signer, auth, tenantId, renewed);
    if (!user) {
        return signedOut(ctx, "/portal");
    }
    const auto csrf = crypto::randomToken();
    auto page = privatePage(200, renderSignedInPage(branding.portal(tenantId), user->email, csrf));
    if (renewed) {
        page = withPortalSession(std::move(page), ctx, *renewed, auth.refreshTtl());
    }
    return withCookie(std::move(page), ctx, csrfCookie, csrf, csrfCookieSeconds);
}

Response signOut(RequestContext& ctx, tenancy::TenantDirectory& directory, auth::AuthService& auth,
                 const auth::TokenSigner& signer)
{
    const auto tenantId = portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token"});
    // Another site must not be able to sign a user out either.
    if (!fields || !fromOwnPage(ctx, fields->count("csrf_token") ? fields->at("csrf_token") : "")) {
        return redirect("/portal/home");
    }
    std::optional<auth::SignedIn> renewed;
    if (portalUserRenewing(ctx, signer, auth, tenantId, renewed)) {
        auth.logout(ctx.caller); // ends the session, and with it every refresh token it has
    }
    return withCookie(signedOut(ctx, "/portal"), ctx, csrfCookie, "", 0);
}

} // namespace

void addPortalSignInRoutes(http::Router& router, BrandingService& branding,
                           tenancy::TenantDirectory& directory, auth::AuthService& auth,
                           const auth::TokenSigner& signer)
{
    router.add({"GET", "/portal", Access::Public, Role::User,
                [&branding, &directory](RequestContext& ctx) {
                    return signInPage(ctx, branding, portalTenant(ctx, directory), 200, {});
                },
                "The tenant's branded landing and sign-in page"});
    router.add({"POST", "/portal/login", Access::Public, Role::User,
                [&branding, &directory, &auth](RequestContext& ctx) {
                    return signIn(ctx, branding, directory, auth);
                },
                "Sign in through the portal's form; the session is kept in an HttpOnly cookie"});
    router.add({"GET", "/portal/home", Access::Public, Role::User,
                [&branding, &directory, &signer, &auth](RequestContext& ctx) {
                    return home(ctx, branding, directory, signer, auth);
                },
                "The portal page of the signed-in user"});
    router.add(
        {"POST", "/portal/logout", Access::Public, Role::User,
         [&directory, &auth, &signer](RequestContext& ctx) { return signOut(ctx, directory, auth, signer); },
         "End the portal session"});
}

} // namespace aih::branding
