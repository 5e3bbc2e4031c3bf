// SPDX-License-Identifier: Apache-2.0
#include "branding/ThemeStylesheet.h"

#include "aih/Validation.h"

namespace aih::branding {
namespace {

constexpr const char* baseStyles = R"(*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       background: #f8fafc; color: var(--aih-secondary); line-height: 1.5; }
.portal-header { background: var(--aih-primary); color: #ffffff; min-height: 140px; padding: 24px 48px;
                 display: flex; align-items: center; gap: 20px; }
.portal-logo { max-height: 80px; max-width: 260px; }
.portal-name { font-size: 30px; font-weight: 700; margin: 0; }
.portal-main { max-width: 960px; margin: 0 auto; padding: 40px 48px; }
.portal-welcome { font-size: 28px; margin: 0 0 24px; }
.portal-signin { background: #ffffff; border-left: 8px solid var(--aih-accent); padding: 20px 24px;
                 margin: 0 0 32px; }
.portal-signin h2, .portal-section h2 { color: var(--aih-primary); margin-top: 0; }
.portal-section ul { padding-left: 20px; }
.portal-footer { background: var(--aih-secondary); color: #ffffff; padding: 20px 48px; }
.portal-footer p { margin: 0; }
.portal-powered { font-size: 12px; opacity: 0.75; margin-top: 8px; }
)";

// Colours are validated on the way in and by the database; checked again here because this is
// where they meet CSS, and a fallback is better than a broken stylesheet.
std::string colour(const std::string& value, const char* fallback)
{
    return isValidHexColour(value) ? value : fallback;
}

} // namespace

std::string themeStylesheet(const Branding& branding)
{
    const Branding defaults;
    std::string css = ":root {\n";
    css += "  --aih-primary: " + colour(branding.primaryColor, defaults.primaryColor.c_str()) + ";\n";
    css += "  --aih-secondary: " + colour(branding.secondaryColor, defaults.secondaryColor.c_str()) + ";\n";
    css += "  --aih-accent: " + colour(branding.accentColor, defaults.accentColor.c_str()) + ";\n}\n";
    css += baseStyles;
    if (!branding.customCss.empty()) {
        css += "/* tenant stylesheet (sanitised) */\n" + branding.customCss;
    }
    return css;
}

} // namespace aih::branding
