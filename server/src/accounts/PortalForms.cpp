// SPDX-License-Identifier: Apache-2.0
#include "accounts/PortalForms.h"

#include "accounts/AccountTokens.h"
#include "branding/HtmlTemplate.h"
#include "branding/PortalPage.h"
#include "branding/PortalRequest.h"
#include "crypto/Secrets.h"
#include "http/QueryParams.h"
#include "util/MarkupEscape.h"

namespace aih::accounts {
namespace {

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
           util::escapeMarkup(text) + "</p>\n";
}

} // namespace

http::Response formPage(http::RequestContext& ctx, branding::BrandingService& branding,
                        const std::string& tenantId, int status, std::string_view panelSource,
                        const std::string& message, bool error,
                        std::initializer_list<std::pair<std::string_view, std::string>> values)
{
    const auto csrf = crypto::randomToken();
    branding::HtmlTemplate panel(panelSource);
    panel.fragment("message", notice(message, error)).text("csrf", csrf);
    for (const auto& [name, value] : values) {
        panel.text(std::string(name), value);
    }
    auto page =
        branding::privatePage(status, branding::renderPanelPage(branding.portal(tenantId), panel.render()));
    return branding::withCookie(std::move(page), ctx, branding::csrfCookie, csrf,
                                branding::csrfCookieSeconds);
}

http::Response donePage(branding::BrandingService& branding, const std::string& tenantId, int status,
                        const std::string& heading, const std::string& message, const std::string& link,
                        const std::string& linkText)
{
    branding::HtmlTemplate panel(donePanel);
    panel.text("heading", heading).text("message", message).text("link", link).text("link_text", linkText);
    return branding::privatePage(status,
                                 branding::renderPanelPage(branding.portal(tenantId), panel.render()));
}

std::string linkTokenOf(const http::RequestContext& ctx)
{
    auto token = ctx.queryValue("token").value_or("");
    if (token.size() > AccountTokens::maxLength) {
        http::refuseQueryParam("token", "is longer than any link this server sends");
    }
    return token;
}

std::string fieldOf(const std::map<std::string, std::string>& fields, const char* name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
}

} // namespace aih::accounts
