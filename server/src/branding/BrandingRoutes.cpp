// SPDX-License-Identifier: Apache-2.0
#include "branding/BrandingRoutes.h"

#include "branding/BrandingJson.h"
#include "errors/ApiError.h"
#include "http/MultipartForm.h"
#include "http/RequestBody.h"

#include <algorithm>

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;
using http::Access;
using http::RequestContext;
using http::Response;

Response uploaded(const Asset& asset, const std::string& kind)
{
    return Response::json(201, toJson(asset, kind));
}

void addDomainRoutes(http::Router& router, DomainService& domains)
{
    router.add({"PUT", "/api/customization/domain", Access::Session, Role::Admin,
                [&domains](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto domain = body.requiredString("domain", 300);
                    body.finish();
                    return Response::json(200, toJson(domains.claim(ctx.caller, domain)));
                },
                "Set the custom domain (plan feature custom_domain): pending, with a DNS TXT token"});
    router.add(
        {"GET", "/api/customization/domain", Access::Session, Role::Admin,
         [&domains](RequestContext& ctx) { return Response::json(200, toJson(domains.get(ctx.caller))); },
         "The custom domain and its verification state"});
    router.add(
        {"POST", "/api/customization/domain/verify", Access::Session, Role::Admin,
         [&domains](RequestContext& ctx) { return Response::json(200, toJson(domains.verify(ctx.caller))); },
         "Look the TXT record up; once found, the domain serves the tenant's portal"});
    router.add({"DELETE", "/api/customization/domain", Access::Session, Role::Admin,
                [&domains](RequestContext& ctx) {
                    domains.remove(ctx.caller);
                    return Response::noContent();
                },
                "Stop serving on the custom domain and forget it"});
}

} // namespace

void addBrandingRoutes(http::Router& router, BrandingService& branding, AssetService& assets,
                       DomainService& domains)
{
    router.add(
        {"GET", "/api/customization/customization", Access::Session, Role::User,
         [&branding](RequestContext& ctx) { return Response::json(200, toJson(branding.get(ctx.caller))); },
         "The tenant's branding"});
    router.add(
        {"PUT", "/api/customization/customization", Access::Session, Role::Admin,
         [&branding](RequestContext& ctx) {
             auto body = http::jsonBodyOf(ctx);
             const auto saved = branding.update(ctx.caller, brandingChangeFrom(body));
             auto out = toJson(saved.branding);
             out->set("css_dropped", toJson(saved.cssDropped));
             return Response::json(200, out);
         },
         "Update branding (plan feature custom_branding; CSS and hiding platform marks: white_label)"});
    router.add({"POST", "/api/customization/themes/preview", Access::Session, Role::Admin,
                [&branding](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto preview = branding.preview(ctx.caller, brandingChangeFrom(body));
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("branding", toJson(preview.branding));
                    out->set("css", preview.css);
                    out->set("html", preview.html);
                    out->set("css_dropped", toJson(preview.cssDropped));
                    return Response::json(200, out);
                },
                "Render a theme (sanitised CSS and the portal page) without saving anything"});
    router.add({"POST", "/api/customization/branding/upload", Access::Session, Role::Admin,
                [&assets](RequestContext& ctx) {
                    const auto limit =
                        std::max(AssetService::logoLimits.maxBytes, AssetService::faviconLimits.maxBytes);
                    const auto form = http::multipartBodyOf(ctx, limit);
                    const auto kindField = form.fields.find("kind");
                    const auto kindName = kindField == form.fields.end() ? std::string() : kindField->second;
                    const auto kind = assetKindFromName(kindName);
                    if (!kind) {
                        throw ApiError::validation("kind", "must be logo or favicon");
                    }
                    if (!form.file || form.file->field != "file") {
                        throw ApiError::validation("file", "send the image as a file part named file");
                    }
                    return uploaded(assets.upload(ctx.caller, *kind, form.file->bytes), kindName);
                },
                "Upload a logo (PNG, JPEG, WebP) or favicon (ICO, PNG); sniffed by content"});
    addDomainRoutes(router, domains);
}

} // namespace aih::branding
