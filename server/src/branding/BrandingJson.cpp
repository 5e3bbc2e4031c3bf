// SPDX-License-Identifier: Apache-2.0
#include "branding/BrandingJson.h"

#include "branding/DomainName.h"
#include "errors/ApiError.h"

#include <Poco/JSON/Array.h>

namespace aih::branding {
namespace {

Poco::Dynamic::Var orNull(const std::string& text)
{
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

Poco::JSON::Object::Ptr object()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::optional<bool> toggle(const Poco::JSON::Object::Ptr& features, const std::string& name)
{
    if (!features->has(name)) {
        return std::nullopt;
    }
    const auto value = features->get(name);
    if (value.type() != typeid(bool)) {
        throw errors::ApiError::validation("features." + name, "must be true or false");
    }
    return value.extract<bool>();
}

} // namespace

Poco::JSON::Object::Ptr toJson(const Branding& branding)
{
    auto out = object();
    out->set("company_name", orNull(branding.companyName));
    out->set("primary_color", branding.primaryColor);
    out->set("secondary_color", branding.secondaryColor);
    out->set("accent_color", branding.accentColor);
    out->set("welcome_message", branding.welcomeMessage);
    out->set("footer_text", branding.footerText);
    out->set("custom_css", branding.customCss);
    out->set("logo_url", orNull(branding.logoSha256.empty() ? "" : assetUrl(branding.logoSha256)));
    out->set("favicon_url", orNull(branding.faviconSha256.empty() ? "" : assetUrl(branding.faviconSha256)));
    auto features = object();
    features->set("show_meditations", branding.toggles.showMeditations);
    features->set("show_gurus", branding.toggles.showGurus);
    features->set("hide_platform_branding", branding.toggles.hidePlatformBranding);
    out->set("features", features);
    out->set("updated_at", orNull(branding.updatedAt));
    return out;
}

Poco::JSON::Array::Ptr toJson(const std::vector<css::CssIssue>& dropped)
{
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& issue : dropped) {
        auto entry = object();
        entry->set("line", issue.line);
        entry->set("message", issue.message);
        out->add(entry);
    }
    return out;
}

Poco::JSON::Object::Ptr toJson(const DomainClaim& claim)
{
    auto out = object();
    out->set("domain", claim.domain);
    out->set("status", claim.status);
    auto verification = object();
    verification->set("type", "TXT");
    verification->set("name", verificationRecordName(claim.domain));
    verification->set("value", verificationRecordValue(claim.token));
    out->set("verification", verification);
    out->set("portal_url", "https://" + claim.domain + "/portal");
    out->set("created_at", claim.createdAt);
    out->set("checked_at", orNull(claim.checkedAt));
    out->set("verified_at", orNull(claim.verifiedAt));
    out->set("last_error", orNull(claim.lastError));
    return out;
}

Poco::JSON::Object::Ptr toJson(const Asset& asset, const std::string& kind)
{
    auto out = object();
    out->set("kind", kind);
    out->set("sha256", asset.sha256);
    out->set("url", assetUrl(asset.sha256));
    out->set("media_type", asset.mediaType);
    out->set("width", asset.width);
    out->set("height", asset.height);
    return out;
}

BrandingChange brandingChangeFrom(http::JsonBody& body)
{
    BrandingChange change;
    change.companyName = body.optionalString("company_name", 400);
    change.primaryColor = body.optionalString("primary_color", 16);
    change.secondaryColor = body.optionalString("secondary_color", 16);
    change.accentColor = body.optionalString("accent_color", 16);
    change.welcomeMessage = body.optionalString("welcome_message", 2000);
    change.footerText = body.optionalString("footer_text", 1200);
    change.customCss = body.optionalString("custom_css", 32 * 1024);
    if (const auto features = body.optionalObject("features")) {
        for (const auto& name : features->getNames()) {
            if (name != "show_meditations" && name != "show_gurus" && name != "hide_platform_branding") {
                throw errors::ApiError(errors::ErrorCode::UnknownField, "Unknown field: features." + name)
                    .withField("features." + name, "is not accepted here");
            }
        }
        change.showMeditations = toggle(features, "show_meditations");
        change.showGurus = toggle(features, "show_gurus");
        change.hidePlatformBranding = toggle(features, "hide_platform_branding");
    }
    body.finish();
    return change;
}

} // namespace aih::branding
