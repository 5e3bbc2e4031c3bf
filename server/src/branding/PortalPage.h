// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/Branding.h"

#include <string>
#include <vector>

namespace aih::branding {

/// Everything the portal page shows, already gated by the tenant's plan.
struct PortalView
{
    std::string tenantName;
    std::string slug;
    Branding branding;
    std::vector<std::string> meditations; ///< shown when the toggle is on
    std::vector<std::string> gurus;
    /// The plan has single sign-on and the tenant an enabled connection: offer it.
    bool singleSignOn = false;
};

/// The live page links its stylesheet (`/portal/themes/<hash>`), which the page CSP allows as
/// 'self'. The preview inlines the CSS instead, for a console to show in a sandboxed view:
/// the sanitiser guarantees the CSS holds no `<`, so it cannot end the style element.
enum class StyleMode
{
    Linked,
    Inline,
};

/// The sign-in form as the portal shows it. Previews leave `csrfToken` empty: they are shown in
/// a sandboxed view and post nowhere.
struct SignInForm
{
    std::string csrfToken;
    std::string email; ///< what was typed, shown again after a failure
    std::string error; ///< one generic sentence; rendered escaped
};

/// The landing page with its sign-in form.
std::string renderPortalPage(const PortalView& view, StyleMode mode, const SignInForm& form = {});
/// The page a signed-in user sees, with a sign-out form posting `csrfToken`.
std::string renderSignedInPage(const PortalView& view, const std::string& email,
                               const std::string& csrfToken);
/// The portal page around a panel of the caller's (built with HtmlTemplate, so escaped): the
/// password pages use it.
std::string renderPanelPage(const PortalView& view, std::string panelHtml);
/// The URL of the stylesheet for these settings; the hash changes whenever the CSS does.
std::string themeUrl(const std::string& css);

} // namespace aih::branding
