// SPDX-License-Identifier: Apache-2.0
#include "branding/BrandingRoutes.h"
#include "branding/PortalRequest.h"
#include "branding/ThemeStylesheet.h"
#include "errors/ApiError.h"

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

} // namespace

void addPortalRoutes(http::Router& router, BrandingService& branding, AssetService& assets,
                     tenancy::TenantDirectory& directory)
{
    router.add({"GET", "/portal/themes/{hash}", Access::Public, Role::User,
                [&branding, &directory](RequestContext& ctx) {
                    const auto view = branding.portal(portalTenant(ctx, directory));
                    auto css = themeStylesheet(view.branding);
                    // Only the current theme is served; an old hash is simply gone.
                    if (themeUrl(css) != "/portal/themes/" + ctx.param("hash")) {
                        throw ApiError(ErrorCode::NotFound, "This theme is no longer current.");
                    }
                    return Response::immutable(std::move(css), "text/css; charset=utf-8", ctx.param("hash"));
                },
                "The portal's stylesheet, addressed by its hash"});
    router.add({"GET", "/portal/assets/{hash}", Access::Public, Role::User,
                // Any way of naming the tenant will do here (the console fetches logos with its
                // credential); the asset is public anyway, and only that tenant's are visible.
                [&assets](RequestContext& ctx) {
                    const auto& hash = ctx.param("hash");
                    if (!isSha256Hex(hash) || ctx.tenantId.empty()) {
                        throw ApiError(ErrorCode::NotFound, "No such asset.");
                    }
                    auto asset = assets.find(ctx.caller, hash);
                    return Response::immutable(std::move(asset.bytes), asset.mediaType, hash);
                },
                "A tenant's uploaded image, addressed by its SHA-256"});
}

} // namespace aih::branding
