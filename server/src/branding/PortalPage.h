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
};

/// The live page links its stylesheet (`/portal/themes/<hash>`), which the page CSP allows as
/// 'self'. The preview inlines the CSS instead, for a console to show in a sandboxed view:
/// the sanitiser guarantees the CSS holds no `<`, so it cannot end the style element.
enum class StyleMode
{
    Linked,
    Inline,
};

std::string renderPortalPage(const PortalView& view, StyleMode mode);
/// The URL of the stylesheet for these settings; the hash changes whenever the CSS does.
std::string themeUrl(const std::string& css);

} // namespace aih::branding
