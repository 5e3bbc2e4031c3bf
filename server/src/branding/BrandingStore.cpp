// SPDX-License-Identifier: Apache-2.0
#include "branding/BrandingStore.h"

#include <pqxx/binarystring>

namespace aih::branding {
namespace {

constexpr db::Sql hasSingleSignOnSql{"branding.has_single_sign_on", R"sql(
    SELECT EXISTS (SELECT 1 FROM sso_connections WHERE enabled) AS offered
)sql"};

constexpr db::Sql findBranding{"branding.find", R"sql(
    SELECT company_name,
           primary_color,
           secondary_color,
           accent_color,
           welcome_message,
           footer_text,
           custom_css,
           coalesce(logo_sha256, '') AS logo_sha256,
           coalesce(favicon_sha256, '') AS favicon_sha256,
           show_meditations,
           show_gurus,
           hide_platform_branding,
           to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at_utc
      FROM branding
)sql"};

constexpr db::Sql saveBranding{"branding.save", R"sql(
    INSERT INTO branding (tenant_id, company_name, primary_color, secondary_color, accent_color,
                          welcome_message, footer_text, custom_css, logo_sha256, favicon_sha256,
                          show_meditations, show_gurus, hide_platform_branding, updated_by, updated_at)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, $6, $7, nullif($8, ''), nullif($9, ''), $10, $11,
            $12, $13, now())
    ON CONFLICT (tenant_id) DO UPDATE
       SET company_name = EXCLUDED.company_name,
           primary_color = EXCLUDED.primary_color,
           secondary_color = EXCLUDED.secondary_color,
           accent_color = EXCLUDED.accent_color,
           welcome_message = EXCLUDED.welcome_message,
           footer_text = EXCLUDED.footer_text,
           custom_css = EXCLUDED.custom_css,
           logo_sha256 = EXCLUDED.logo_sha256,
           favicon_sha256 = EXCLUDED.favicon_sha256,
           show_meditations = EXCLUDED.show_meditations,
           show_gurus = EXCLUDED.show_gurus,
           hide_platform_branding = EXCLUDED.hide_platform_branding,
           updated_by = EXCLUDED.updated_by,
           updated_at = now()
)sql"};

constexpr db::Sql selectTenantName{"branding.tenant_name", R"sql(
    SELECT name, slug
      FROM tenants
     WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql insertAssetRow{"branding.asset_insert", R"sql(
    INSERT INTO branding_assets (tenant_id, sha256, media_type, width, height, byte_size, content)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, $6)
    ON CONFLICT (tenant_id, sha256) DO NOTHING
)sql"};

constexpr db::Sql selectAsset{"branding.asset_find", R"sql(
    SELECT media_type, width, height, content
      FROM branding_assets
     WHERE sha256 = $1
)sql"};

constexpr db::Sql selectAssetHashes{"branding.asset_hashes", R"sql(
    SELECT sha256 FROM branding_assets
)sql"};

constexpr db::Sql deleteAssets{"branding.asset_delete_except", R"sql(
    DELETE FROM branding_assets
     WHERE NOT (sha256 = ANY ($1::text[]))
)sql"};

Branding brandingFrom(const pqxx::row& row)
{
    Branding branding;
    branding.companyName = row["company_name"].as<std::string>();
    branding.primaryColor = row["primary_color"].as<std::string>();
    branding.secondaryColor = row["secondary_color"].as<std::string>();
    branding.accentColor = row["accent_color"].as<std::string>();
    branding.welcomeMessage = row["welcome_message"].as<std::string>();
    branding.footerText = row["footer_text"].as<std::string>();
    branding.customCss = row["custom_css"].as<std::string>();
    branding.logoSha256 = row["logo_sha256"].as<std::string>();
    branding.faviconSha256 = row["favicon_sha256"].as<std::string>();
    branding.toggles = {row["show_meditations"].as<bool>(), row["show_gurus"].as<bool>(),
                        row["hide_platform_branding"].as<bool>()};
    branding.updatedAt = row["updated_at_utc"].as<std::string>();
    return branding;
}

Asset assetFrom(const std::string& sha256, const pqxx::row& row)
{
    return Asset{sha256, row["media_type"].as<std::string>(), row["width"].as<int>(), row["height"].as<int>(),
                 pqxx::binarystring(row["content"]).str()};
}

// Hashes are hex, so a PostgreSQL array literal needs no quoting.
std::string arrayLiteral(const std::set<std::string>& items)
{
    std::string out = "{";
    for (const auto& item : items) {
        out += (out.size() > 1 ? "," : "") + item;
    }
    return out + "}";
}

} // namespace

std::string assetUrl(const std::string& sha256)
{
    return "/portal/assets/" + sha256;
}

std::optional<Branding> BrandingStore::find(db::Transaction& tx)
{
    const auto rows = tx.exec(findBranding);
    if (rows.empty()) {
        return std::nullopt;
    }
    return brandingFrom(rows[0]);
}

void BrandingStore::save(db::Transaction& tx, const Branding& b, const std::string& userId)
{
    tx.exec(saveBranding, b.companyName, b.primaryColor, b.secondaryColor, b.accentColor, b.welcomeMessage,
            b.footerText, b.customCss, b.logoSha256, b.faviconSha256, b.toggles.showMeditations,
            b.toggles.showGurus, b.toggles.hidePlatformBranding,
            db::nullable(userId.empty() ? std::nullopt : std::optional<std::string>(userId)));
}

bool BrandingStore::hasSingleSignOn(db::Transaction& tx)
{
    return tx.exec(hasSingleSignOnSql)[0]["offered"].as<bool>();
}

std::pair<std::string, std::string> BrandingStore::tenantNameAndSlug(db::Transaction& tx)
{
    const auto rows = tx.exec(selectTenantName);
    if (rows.empty()) {
        return {};
    }
    return {rows[0]["name"].as<std::string>(), rows[0]["slug"].as<std::string>()};
}

void BrandingStore::insertAsset(db::Transaction& tx, const Asset& asset)
{
    tx.exec(insertAssetRow, asset.sha256, asset.mediaType, asset.width, asset.height,
            static_cast<int>(asset.bytes.size()), pqxx::binarystring(asset.bytes.data(), asset.bytes.size()));
}

std::optional<Asset> BrandingStore::findAsset(db::Transaction& tx, const std::string& sha256)
{
    const auto rows = tx.exec(selectAsset, sha256);
    if (rows.empty()) {
        return std::nullopt;
    }
    return assetFrom(sha256, rows[0]);
}

std::set<std::string> BrandingStore::assetHashes(db::Transaction& tx)
{
    std::set<std::string> hashes;
    for (const auto& row : tx.exec(selectAssetHashes)) {
        hashes.insert(row["sha256"].as<std::string>());
    }
    return hashes;
}

void BrandingStore::deleteAssetsExcept(db::Transaction& tx, const std::set<std::string>& keep)
{
    tx.exec(deleteAssets, arrayLiteral(keep));
}

} // namespace aih::branding
