// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

namespace aih::branding {

/// What the portal shows, each toggle gated by the plan feature named beside it.
struct PortalToggles
{
    bool showMeditations = true;       ///< `meditation`
    bool showGurus = true;             ///< `basic_guidance`
    bool hidePlatformBranding = false; ///< `white_label`
};

/// A tenant's branding. A tenant that never saved any gets these defaults and its own name.
struct Branding
{
    std::string companyName; ///< empty: the tenant's name
    std::string primaryColor = "#4F46E5";
    std::string secondaryColor = "#0F172A";
    std::string accentColor = "#F59E0B";
    std::string welcomeMessage;
    std::string footerText;
    std::string customCss; ///< always sanitised
    std::string logoSha256;
    std::string faviconSha256;
    PortalToggles toggles;
    std::string updatedAt;
};

/// A PUT or preview body: only the fields it carries change.
struct BrandingChange
{
    std::optional<std::string> companyName;
    std::optional<std::string> primaryColor;
    std::optional<std::string> secondaryColor;
    std::optional<std::string> accentColor;
    std::optional<std::string> welcomeMessage;
    std::optional<std::string> footerText;
    std::optional<std::string> customCss;
    std::optional<bool> showMeditations;
    std::optional<bool> showGurus;
    std::optional<bool> hidePlatformBranding;
};

/// An uploaded image, addressed by the SHA-256 of its bytes.
struct Asset
{
    std::string sha256;
    std::string mediaType;
    int width = 0;
    int height = 0;
    std::string bytes;
};

std::string assetUrl(const std::string& sha256);

} // namespace aih::branding
