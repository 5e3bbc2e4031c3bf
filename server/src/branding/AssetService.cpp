// SPDX-License-Identifier: Apache-2.0
#include "branding/AssetService.h"

#include "branding/BrandingService.h"
#include "branding/BrandingStore.h"
#include "branding/images/ImageInspector.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "tenancy/PlanGate.h"

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using images::ImageType;

images::ImageInfo inspect(AssetKind kind, const std::string& bytes)
{
    images::ImageInfo info;
    try {
        info = images::inspectImage(bytes);
    } catch (const images::ImageRejected& rejected) {
        if (rejected.reason() == images::ImageRejected::Reason::Malformed) {
            throw ApiError::validation("file", std::string("is not a valid image: ") + rejected.what());
        }
        throw ApiError(ErrorCode::UnsupportedMediaType, rejected.what());
    }
    const bool accepted =
        kind == AssetKind::Logo
            ? info.type == ImageType::Png || info.type == ImageType::Jpeg || info.type == ImageType::Webp
            : info.type == ImageType::Png || info.type == ImageType::Ico;
    if (!accepted) {
        throw ApiError(ErrorCode::UnsupportedMediaType, kind == AssetKind::Logo
                                                            ? "A logo must be a PNG, JPEG or WebP image."
                                                            : "A favicon must be an ICO or PNG image.");
    }
    const auto& limits = kind == AssetKind::Logo ? AssetService::logoLimits : AssetService::faviconLimits;
    if (info.width > limits.maxSide || info.height > limits.maxSide ||
        static_cast<long long>(info.width) * info.height > limits.maxPixels) {
        throw ApiError::validation(
            "file", "is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                        " pixels; at most " + std::to_string(limits.maxSide) + " per side and " +
                        std::to_string(limits.maxPixels) + " pixels in all are accepted");
    }
    return info;
}

} // namespace

std::optional<AssetKind> assetKindFromName(const std::string& name)
{
    if (name == "logo") {
        return AssetKind::Logo;
    }
    if (name == "favicon") {
        return AssetKind::Favicon;
    }
    return std::nullopt;
}

AssetService::AssetService(db::Database& database, tenancy::TenantPlans& plans, const audit::AuditLog& audit)
    : database_(database), plans_(plans), audit_(audit)
{
}

Asset AssetService::upload(identity::Caller& caller, AssetKind kind, const std::string& bytes)
{
    tenancy::requireFeature(plans_.get(caller.tenantId), "custom_branding");
    const auto& limits = kind == AssetKind::Logo ? logoLimits : faviconLimits;
    if (bytes.size() > limits.maxBytes) {
        throw ApiError(ErrorCode::PayloadTooLarge,
                       "The file exceeds the limit of " + std::to_string(limits.maxBytes) + " bytes.");
    }
    const auto info = inspect(kind, bytes);
    Asset asset{crypto::sha256Hex(bytes), std::string(images::mediaTypeOf(info.type)), info.width,
                info.height, bytes};
    caller.inTenant(database_, [&](db::Transaction& tx) {
        BrandingStore::insertAsset(tx, asset);
        auto branding = BrandingStore::find(tx).value_or(Branding{});
        (kind == AssetKind::Logo ? branding.logoSha256 : branding.faviconSha256) = asset.sha256;
        BrandingStore::save(tx, branding, caller.principal.userId);
        // Storage stays bounded: keep what the branding shows or its stylesheet points at.
        std::set<std::string> keep{branding.logoSha256, branding.faviconSha256};
        for (auto& hash : assetsReferencedBy(branding.customCss)) {
            keep.insert(std::move(hash));
        }
        BrandingStore::deleteAssetsExcept(tx, keep);
        audit_.record(tx, audit::eventFrom(caller, "branding.asset_upload")
                              .on("asset", asset.sha256)
                              .with("kind", kind == AssetKind::Logo ? "logo" : "favicon")
                              .with("media_type", asset.mediaType)
                              .with("bytes", static_cast<long long>(bytes.size()))
                              .with("width", asset.width)
                              .with("height", asset.height));
    });
    asset.bytes.clear();
    return asset;
}

Asset AssetService::find(identity::Caller& caller, const std::string& sha256)
{
    auto asset =
        caller.inTenant(database_, [&](db::Transaction& tx) { return BrandingStore::findAsset(tx, sha256); });
    if (!asset) {
        throw ApiError(ErrorCode::NotFound, "No such asset.");
    }
    return *asset;
}

} // namespace aih::branding
