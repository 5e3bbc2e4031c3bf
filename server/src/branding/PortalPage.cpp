// SPDX-License-Identifier: Apache-2.0
#include "branding/PortalPage.h"

#include "auth/Secrets.h"
#include "branding/HtmlTemplate.h"
#include "branding/ThemeStylesheet.h"

namespace aih::branding {
namespace {

// No script anywhere: the page is static markup, and its CSP refuses script outright.
constexpr std::string_view page = R"(<!DOCTYPE html>
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
<section class="portal-signin">
<h2>Sign in</h2>
<p>Sign in with your work email in the {{client}}, using the workspace <strong>{{slug}}</strong>.</p>
</section>
{{sections}}</main>
<footer class="portal-footer">{{footer}}{{powered}}</footer>
</body>
</html>
)";

std::string list(const char* heading, const std::vector<std::string>& items)
{
    if (items.empty()) {
        return "";
    }
    std::string html = "<section class=\"portal-section\">\n<h2>" + escapeHtml(heading) + "</h2>\n<ul>\n";
    for (const auto& item : items) {
        html += "<li>" + escapeHtml(item) + "</li>\n";
    }
    return html + "</ul>\n</section>\n";
}

} // namespace

std::string themeUrl(const std::string& css)
{
    return "/portal/themes/" + auth::sha256Hex(css);
}

std::string renderPortalPage(const PortalView& view, StyleMode mode)
{
    const auto& b = view.branding;
    const bool platformMarks = !b.toggles.hidePlatformBranding;
    const auto company = b.companyName.empty() ? view.tenantName : b.companyName;
    const auto css = themeStylesheet(b);
    HtmlTemplate html(page);
    html.text("title", platformMarks ? company + " \xC2\xB7 AI Heart" : company);
    html.fragment("styles", mode == StyleMode::Linked
                                ? "<link rel=\"stylesheet\" href=\"" + escapeHtml(themeUrl(css)) + "\">\n"
                                : "<style>\n" + css + "</style>\n");
    html.fragment("favicon", b.faviconSha256.empty() ? ""
                                                     : "<link rel=\"icon\" href=\"" +
                                                           escapeHtml(assetUrl(b.faviconSha256)) + "\">\n");
    html.fragment("logo", b.logoSha256.empty()
                              ? ""
                              : "<img class=\"portal-logo\" src=\"" + escapeHtml(assetUrl(b.logoSha256)) +
                                    "\" alt=\"" + escapeHtml(company) + "\">");
    html.text("company", company);
    html.text("welcome", b.welcomeMessage.empty() ? "Welcome to " + company : b.welcomeMessage);
    html.text("client", platformMarks ? "AI Heart console" : "console app");
    html.text("slug", view.slug);
    html.fragment("sections",
                  (b.toggles.showMeditations ? list("Guided meditations", view.meditations) : "") +
                      (b.toggles.showGurus ? list("Guides", view.gurus) : ""));
    html.fragment("footer", b.footerText.empty() ? "" : "<p>" + escapeHtml(b.footerText) + "</p>");
    html.fragment("powered", platformMarks ? "<p class=\"portal-powered\">Powered by AI Heart</p>" : "");
    return html.render();
}

} // namespace aih::branding
