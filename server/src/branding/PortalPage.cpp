// SPDX-License-Identifier: Apache-2.0
#include "branding/PortalPage.h"

#include "branding/HtmlTemplate.h"
#include "branding/ThemeStylesheet.h"
#include "crypto/Secrets.h"
#include "util/MarkupEscape.h"

namespace aih::branding {
namespace {

// No script anywhere: the page is static markup, and its CSP refuses script outright.
constexpr std::string_view pageTemplate = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{styles}}{{favicon}}</head>
<body>
<header class="portal-header">{{logo}}<p class="portal-name">{{company}}</p></header>
<main class="portal-main">
<h1 class="portal-welcome">{{welcome}}</h1>
{{panel}}{{sections}}</main>
<footer class="portal-footer">{{footer}}{{powered}}</footer>
</body>
</html>
)";

// Plain HTML forms: they work with script refused, and post only to this origin
// (CSP form-action 'self'); the token pairs with the SameSite=Strict cookie set beside it.
constexpr std::string_view signInPanel = R"(<section class="portal-signin">
<h2>Sign in</h2>
{{error}}<form class="portal-form" method="post" action="/portal/login">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<label for="email">Work email</label>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="{{email}}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit">Sign in</button>
</form>
<p><a href="/portal/forgot-password">Forgot your password?</a></p>
{{sso}}<p>You can also use the {{client}} with the workspace <strong>{{slug}}</strong>.</p>
</section>
)";

constexpr std::string_view accountPanel = R"(<section class="portal-account">
<h2>Signed in</h2>
<p>Signed in as <strong class="portal-user">{{email}}</strong> to <strong>{{company}}</strong>.</p>
<form class="portal-form" method="post" action="/portal/logout">
<input type="hidden" name="csrf_token" value="{{csrf}}">
<button type="submit">Sign out</button>
</form>
</section>
)";

std::string companyOf(const PortalView& view)
{
    return view.branding.companyName.empty() ? view.tenantName : view.branding.companyName;
}

std::string clientName(const PortalView& view)
{
    return view.branding.toggles.hidePlatformBranding ? "console app" : "AI Heart console";
}

std::string list(const char* heading, const std::vector<std::string>& items)
{
    if (items.empty()) {
        return "";
    }
    std::string html =
        "<section class=\"portal-section\">\n<h2>" + util::escapeMarkup(heading) + "</h2>\n<ul>\n";
    for (const auto& item : items) {
        html += "<li>" + util::escapeMarkup(item) + "</li>\n";
    }
    return html + "</ul>\n</section>\n";
}

std::string renderPage(const PortalView& view, StyleMode mode, std::string panel)
{
    const auto& b = view.branding;
    const bool platformMarks = !b.toggles.hidePlatformBranding;
    const auto company = companyOf(view);
    const auto css = themeStylesheet(b);
    HtmlTemplate html(pageTemplate);
    html.text("title", platformMarks ? company + " \xC2\xB7 AI Heart" : company);
    html.fragment("styles", mode == StyleMode::Linked ? "<link rel=\"stylesheet\" href=\"" +
                                                            util::escapeMarkup(themeUrl(css)) + "\">\n"
                                                      : "<style>\n" + css + "</style>\n");
    html.fragment("favicon", b.faviconSha256.empty()
                                 ? ""
                                 : "<link rel=\"icon\" href=\"" +
                                       util::escapeMarkup(assetUrl(b.faviconSha256)) + "\">\n");
    html.fragment("logo", b.logoSha256.empty() ? ""
                                               : "<img class=\"portal-logo\" src=\"" +
                                                     util::escapeMarkup(assetUrl(b.logoSha256)) +
                                                     "\" alt=\"" + util::escapeMarkup(company) + "\">");
    html.text("company", company);
    html.text("welcome", b.welcomeMessage.empty() ? "Welcome to " + company : b.welcomeMessage);
    html.fragment("panel", std::move(panel));
    html.fragment("sections",
                  (b.toggles.showMeditations ? list("Guided meditations", view.meditations) : "") +
                      (b.toggles.showGurus ? list("Guides", view.gurus) : ""));
    html.fragment("footer", b.footerText.empty() ? "" : "<p>" + util::escapeMarkup(b.footerText) + "</p>");
    html.fragment("powered", platformMarks ? "<p class=\"portal-powered\">Powered by AI Heart</p>" : "");
    return html.render();
}

} // namespace

std::string themeUrl(const std::string& css)
{
    return "/portal/themes/" + crypto::sha256Hex(css);
}

std::string renderPortalPage(const PortalView& view, StyleMode mode, const SignInForm& form)
{
    HtmlTemplate panel(signInPanel);
    panel.fragment("error", form.error.empty() ? ""
                                               : "<p class=\"portal-error\" role=\"alert\">" +
                                                     util::escapeMarkup(form.error) + "</p>\n");
    panel.text("csrf", form.csrfToken);
    panel.text("email", form.email);
    panel.text("client", clientName(view));
    panel.text("slug", view.slug);
    // A link, not a form: the provider's pages are another origin, which the page's CSP
    // form-action would refuse to follow a form's redirect to.
    panel.fragment(
        "sso", view.singleSignOn
                   ? "<p><a class=\"portal-sso\" href=\"/portal/sso\">Sign in with single sign-on</a></p>\n"
                   : "");
    return renderPage(view, mode, panel.render());
}

std::string renderPanelPage(const PortalView& view, std::string panelHtml)
{
    return renderPage(view, StyleMode::Linked, std::move(panelHtml));
}

std::string renderSignedInPage(const PortalView& view, const std::string& email, const std::string& csrfToken)
{
    HtmlTemplate panel(accountPanel);
    panel.text("email", email);
    panel.text("company", companyOf(view));
    panel.text("csrf", csrfToken);
    return renderPage(view, StyleMode::Linked, panel.render());
}

} // namespace aih::branding
