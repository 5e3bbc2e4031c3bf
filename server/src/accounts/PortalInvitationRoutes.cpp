// SPDX-License-Identifier: Apache-2.0
#include "accounts/PortalInvitationRoutes.h"

#include "accounts/AccountTokens.h"
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

constexpr std::string_view acceptPanel = R"(<section class="portal-signin">
<h2>Accept your invitation</h2>
{{message}}<p>You were invited as <strong>{{email}}</strong>, with the role {{role}}.</p>
<form class="portal-form" method="post" action="/portal/accept-invitation">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<input type="hidden" name="token" value="{{token}}">
<label for="name">Your name (optional)</label>
<input id="name" name="name" type="text" autocomplete="name" maxlength="255" value="{{name}}">
<label for="password">Choose a password (at least 12 characters)</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="256">
<button type="submit">Create my account</button>
</form>
</section>
)";

Response unusableLink(branding::BrandingService& branding, const std::string& tenantId)
{
    return donePage(branding, tenantId, 400, "This invitation does not work",
                    "It may have expired, been used or been withdrawn. Ask the person who invited you for a "
                    "new one.",
                    "/portal", "Go to sign-in");
}

Response acceptPage(RequestContext& ctx, branding::BrandingService& branding, const std::string& tenantId,
                    int status, const Invitation& invitation, const std::string& token,
                    const std::string& name, const std::string& message)
{
    return formPage(ctx, branding, tenantId, status, acceptPanel, message, !message.empty(),
                    {{"email", invitation.email},
                     {"role", std::string(roleName(invitation.role))},
                     {"token", token},
                     {"name", name}});
}

Response accept(RequestContext& ctx, InvitationService& invitations, branding::BrandingService& branding,
                tenancy::TenantDirectory& directory, std::chrono::seconds refreshTtl)
{
    const auto tenantId = branding::portalTenant(ctx, directory);
    const auto fields = http::formFields(ctx, {"csrf_token", "token", "name", "password"});
    const auto token = fields ? fieldOf(*fields, "token") : std::string();
    const auto invitation = token.empty() || token.size() > AccountTokens::maxLength
                                ? std::nullopt
                                : invitations.find(token, tenantId);
    if (!invitation) {
        return unusableLink(branding, tenantId);
    }
    const auto name = fieldOf(*fields, "name").substr(0, 255);
    if (!branding::fromOwnPage(ctx, fieldOf(*fields, "csrf_token"))) {
        return acceptPage(ctx, branding, tenantId, 403, *invitation, token, name,
                          "This form has expired; please try again.");
    }
    try {
        const auto signedIn =
            invitations.accept({token, fieldOf(*fields, "password"), name, tenantId, ctx.caller.origin});
        auto response =
            branding::withPortalSession(branding::redirect("/portal/home"), ctx, signedIn, refreshTtl);
        return branding::withCookie(std::move(response), ctx, branding::csrfCookie, crypto::randomToken(),
                                    branding::csrfCookieSeconds);
    } catch (const ApiError& error) {
        switch (error.code()) {
        case ErrorCode::ValidationFailed: {
            const auto& fieldErrors = error.fieldErrors();
            const auto why =
                fieldErrors.empty() ? error.detail() : "The password " + fieldErrors.front().message + ".";
            return acceptPage(ctx, branding, tenantId, 422, *invitation, token, name, why);
        }
        case ErrorCode::InvalidToken:
            return unusableLink(branding, tenantId);
        case ErrorCode::Conflict:
            return donePage(branding, tenantId, 409, "You have an account already", error.detail(), "/portal",
                            "Sign in");
        case ErrorCode::PlanLimit:
            return donePage(branding, tenantId, 402, "The account could not be created",
                            "This workspace has no free seat at the moment. Ask the person who invited you.",
                            "/portal", "Go to sign-in");
        default:
            throw;
        }
    }
}

} // namespace

void addPortalInvitationRoutes(http::Router& router, InvitationService& invitations,
                               branding::BrandingService& branding, tenancy::TenantDirectory& directory,
                               std::chrono::seconds refreshTtl)
{
    router.add({"GET", "/portal/accept-invitation", Access::Public, Role::User,
                [&invitations, &branding, &directory](RequestContext& ctx) {
                    const auto tenantId = branding::portalTenant(ctx, directory);
                    const auto token = linkTokenOf(ctx);
                    if (token.empty()) {
                        return donePage(branding, tenantId, 200, "Accept your invitation",
                                        "Open the link in your invitation mail to choose your password.",
                                        "/portal", "Go to sign-in");
                    }
                    const auto invitation = invitations.find(token, tenantId);
                    if (!invitation) {
                        return unusableLink(branding, tenantId);
                    }
                    return acceptPage(ctx, branding, tenantId, 200, *invitation, token, "", "");
                },
                "The page an invitation mail links to: choose a password to create the account"});
    router.add({"POST", "/portal/accept-invitation", Access::Public, Role::User,
                [&invitations, &branding, &directory, refreshTtl](RequestContext& ctx) {
                    return accept(ctx, invitations, branding, directory, refreshTtl);
                },
                "Accept an invitation through the portal's form; the portal session starts"});
}

} // namespace aih::accounts
