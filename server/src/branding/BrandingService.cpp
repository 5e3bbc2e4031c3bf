// SPDX-License-Identifier: Apache-2.0
#include "branding/BrandingService.h"

#include "aih/Validation.h"
#include "branding/BrandingStore.h"
#include "branding/ThemeStylesheet.h"
#include "errors/ApiError.h"
#include "tenancy/PlanGate.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr std::string_view assetPrefix = "/portal/assets/";
constexpr std::size_t maxPortalListItems = 6;

// Printable text of at most `maxChars` characters; newlines only where a paragraph makes sense.
void checkText(ApiError& invalid, const std::string& field, const std::optional<std::string>& text,
               std::size_t minChars, std::size_t maxChars, bool newlines)
{
    if (!text) {
        return;
    }
    std::size_t chars = 0;
    for (const char c : *text) {
        const auto byte = static_cast<unsigned char>(c);
        chars += (byte & 0xC0) != 0x80 ? 1 : 0;
        if ((byte < 0x20 && !(newlines && byte == '\n')) || byte == 0x7F) {
            invalid.withField(field, "must not contain control characters");
            return;
        }
    }
    if (chars < minChars || chars > maxChars) {
        invalid.withField(field, "must be " + std::to_string(minChars) + " to " + std::to_string(maxChars) +
                                     " characters");
    }
}

void validate(const BrandingChange& change)
{
    ApiError invalid(ErrorCode::ValidationFailed, "The branding has invalid fields.");
    const std::pair<const char*, const std::optional<std::string>*> colours[] = {
        {"primary_color", &change.primaryColor},
        {"secondary_color", &change.secondaryColor},
        {"accent_color", &change.accentColor}};
    for (const auto& [field, value] : colours) {
        if (*value && !isValidHexColour(**value)) {
            invalid.withField(field, "must be a colour written #RRGGBB");
        }
    }
    checkText(invalid, "company_name", change.companyName, 1, 100, false);
    checkText(invalid, "welcome_message", change.welcomeMessage, 0, 500, true);
    checkText(invalid, "footer_text", change.footerText, 0, 300, false);
    if (!invalid.fieldErrors().empty()) {
        throw invalid;
    }
}

void requirePlan(const tenancy::TenantPlan& plan, const BrandingChange& change)
{
    tenancy::requireFeature(plan, "custom_branding");
    if (change.customCss && !change.customCss->empty()) {
        tenancy::requireFeature(plan, "white_label");
    }
    if (change.hidePlatformBranding.value_or(false)) {
        tenancy::requireFeature(plan, "white_label");
    }
    if (change.showMeditations.value_or(false)) {
        tenancy::requireFeature(plan, "meditation");
    }
    if (change.showGurus.value_or(false)) {
        tenancy::requireFeature(plan, "basic_guidance");
    }
}

void merge(Branding& branding, const BrandingChange& change)
{
    const auto set = [](std::string& target, const std::optional<std::string>& value) {
        if (value) {
            target = *value;
        }
    };
    set(branding.companyName, change.companyName);
    set(branding.primaryColor, change.primaryColor);
    set(branding.secondaryColor, change.secondaryColor);
    set(branding.accentColor, change.accentColor);
    set(branding.welcomeMessage, change.welcomeMessage);
    set(branding.footerText, change.footerText);
    auto& toggles = branding.toggles;
    toggles.showMeditations = change.showMeditations.value_or(toggles.showMeditations);
    toggles.showGurus = change.showGurus.value_or(toggles.showGurus);
    toggles.hidePlatformBranding = change.hidePlatformBranding.value_or(toggles.hidePlatformBranding);
}

// The first few catalogue entries, each made a line by `describe`.
template <typename Describe>
std::vector<std::string> catalogueLines(const std::string& json, Describe&& describe)
{
    std::vector<std::string> lines;
    const auto data = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>()->getArray("data");
    for (std::size_t i = 0; data && i < data->size() && lines.size() < maxPortalListItems; ++i) {
        lines.push_back(describe(*data->getObject(static_cast<unsigned>(i))));
    }
    return lines;
}

std::vector<std::string> meditationLines(const std::string& json)
{
    return catalogueLines(json, [](const Poco::JSON::Object& item) {
        return item.getValue<std::string>("title") + " (" +
               std::to_string(item.getValue<int>("duration_minutes")) + " min)";
    });
}

std::vector<std::string> guruLines(const std::string& json)
{
    return catalogueLines(json, [](const Poco::JSON::Object& item) {
        return item.getValue<std::string>("name") + " \xE2\x80\x94 " + item.getValue<std::string>("tagline");
    });
}

/// The names of the fields a change sets, for the audit trail (never their values: a welcome
/// message or stylesheet is the tenant's content, not a record of who did what).
Poco::JSON::Array::Ptr changedFields(const BrandingChange& change)
{
    Poco::JSON::Array::Ptr fields = new Poco::JSON::Array;
    const auto note = [&](const char* name, bool set) {
        if (set) {
            fields->add(std::string(name));
        }
    };
    note("company_name", change.companyName.has_value());
    note("primary_color", change.primaryColor.has_value());
    note("secondary_color", change.secondaryColor.has_value());
    note("accent_color", change.accentColor.has_value());
    note("welcome_message", change.welcomeMessage.has_value());
    note("footer_text", change.footerText.has_value());
    note("custom_css", change.customCss.has_value());
    note("show_meditations", change.showMeditations.has_value());
    note("show_gurus", change.showGurus.has_value());
    note("hide_platform_branding", change.hidePlatformBranding.has_value());
    return fields;
}

} // namespace

BrandingService::BrandingService(db::Database& database, tenancy::TenantPlans& plans,
                                 content::ContentCatalog& catalog, const audit::AuditLog& audit)
    : database_(database), plans_(plans), catalog_(catalog), audit_(audit)
{
}

Branding effectiveBranding(Branding branding, Tier tier)
{
    if (!tierHasFeature(tier, "custom_branding")) {
        return Branding{};
    }
    if (!tierHasFeature(tier, "white_label")) {
        branding.customCss.clear();
        branding.toggles.hidePlatformBranding = false;
    }
    branding.toggles.showMeditations = branding.toggles.showMeditations && tierHasFeature(tier, "meditation");
    branding.toggles.showGurus = branding.toggles.showGurus && tierHasFeature(tier, "basic_guidance");
    return branding;
}

std::vector<std::string> assetsReferencedBy(const std::string& css)
{
    std::vector<std::string> hashes;
    for (auto pos = css.find(assetPrefix); pos != std::string::npos; pos = css.find(assetPrefix, pos + 1)) {
        const auto hash = css.substr(pos + assetPrefix.size(), 64);
        if (hash.size() == 64 && hash.find_first_not_of("0123456789abcdef") == std::string::npos) {
            hashes.push_back(hash);
        }
    }
    return hashes;
}

SavedBranding BrandingService::apply(db::Transaction& tx, const tenancy::TenantPlan& plan,
                                     const BrandingChange& change)
{
    requirePlan(plan, change);
    validate(change);
    SavedBranding result{BrandingStore::find(tx).value_or(Branding{}), {}};
    merge(result.branding, change);
    if (change.customCss) {
        const auto assets = BrandingStore::assetHashes(tx);
        css::CssPolicy policy;
        // Exactly /portal/assets/<hash> of an asset this tenant owns: no other path, host or scheme.
        policy.allowUrl = [&assets](std::string_view url) {
            return url.starts_with(assetPrefix) && url.size() == assetPrefix.size() + 64 &&
                   assets.contains(std::string(url.substr(assetPrefix.size())));
        };
        try {
            auto sanitized = css::sanitizeCss(*change.customCss, policy);
            result.branding.customCss = std::move(sanitized.css);
            result.cssDropped = std::move(sanitized.dropped);
        } catch (const css::CssRejected& rejected) {
            throw ApiError::validation("custom_css", rejected.what());
        }
    }
    return result;
}

Branding BrandingService::get(identity::Caller& caller)
{
    return caller.inTenant(database_,
                           [](db::Transaction& tx) { return BrandingStore::find(tx).value_or(Branding{}); });
}

SavedBranding BrandingService::update(identity::Caller& caller, const BrandingChange& change)
{
    const auto plan = plans_.get(caller.tenantId);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto saved = apply(tx, plan, change);
        BrandingStore::save(tx, saved.branding, caller.principal.userId);
        saved.branding = *BrandingStore::find(tx);
        audit_.record(tx, audit::eventFrom(caller, "branding.update")
                              .on("branding", caller.tenantId)
                              .with("fields", changedFields(change))
                              .with("css_rules_dropped", static_cast<int>(saved.cssDropped.size())));
        return saved;
    });
}

ThemePreview BrandingService::preview(identity::Caller& caller, const BrandingChange& change)
{
    const auto plan = plans_.get(caller.tenantId);
    auto [applied, view] = caller.inTenant(database_, [&](db::Transaction& tx) {
        auto result = apply(tx, plan, change);
        const auto [name, slug] = BrandingStore::tenantNameAndSlug(tx);
        return std::make_pair(result, PortalView{name, slug, {}, {}, {}});
    });
    view.branding = effectiveBranding(applied.branding, plan.tier);
    const auto catalog = catalog_.forTenant(caller.tenantId);
    view.meditations = meditationLines(catalog->meditations);
    view.gurus = guruLines(catalog->gurus);
    return {applied.branding, themeStylesheet(view.branding), renderPortalPage(view, StyleMode::Inline),
            applied.cssDropped};
}

PortalView BrandingService::portal(const std::string& tenantId)
{
    const auto plan = plans_.get(tenantId);
    auto view = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto [name, slug] = BrandingStore::tenantNameAndSlug(tx);
        return PortalView{name, slug, BrandingStore::find(tx).value_or(Branding{}),
                          {},   {},   tierHasFeature(plan.tier, "sso") && BrandingStore::hasSingleSignOn(tx)};
    });
    view.branding = effectiveBranding(std::move(view.branding), plan.tier);
    const auto catalog = catalog_.forTenant(tenantId);
    if (view.branding.toggles.showMeditations) {
        view.meditations = meditationLines(catalog->meditations);
    }
    if (view.branding.toggles.showGurus) {
        view.gurus = guruLines(catalog->gurus);
    }
    return view;
}

} // namespace aih::branding
