// SPDX-License-Identifier: Apache-2.0
#include "apidocs/ApiDocsRoutes.h"

#include "apidocs/ApiDocsPage.h"
#include "apidocs/DocsFiles.h"
#include "apidocs/OpenApiDocument.h"
#include "apidocs/ReferencePage.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/RequestContext.h"

#include <memory>

namespace aih::apidocs {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Response policed(const PolicedPage& page)
{
    auto response = Response::page(page.html);
    response.headers.emplace_back("Content-Security-Policy", page.contentSecurityPolicy);
    return response;
}

} // namespace

void addApiDocsRoutes(http::Router& router)
{
    // Served as written (it is parsed here, so a broken file stops the server at start-up).
    const auto json = std::make_shared<const std::string>(embeddedOpenApiText());
    const auto document = openApiDocument();
    const auto plain = std::make_shared<const std::string>(renderApiDocsPage(document));
    const auto bundle = std::make_shared<const std::string>(embeddedRedocBundle());
    // Content-addressed, so browsers keep it for a year and a new bundle gets a new address.
    const auto bundleHash = crypto::sha256Hex(*bundle);
    const auto info = document->getObject("info");
    const auto reference = std::make_shared<const PolicedPage>(renderReferencePage(
        info->getValue<std::string>("title") + " reference", "/api/docs/scripts/" + bundleHash, *bundle));
    const auto guide =
        std::make_shared<const PolicedPage>(withInlineStylesheet(embeddedGettingStartedPage()));
    const auto collection = std::make_shared<const std::string>(embeddedPostmanCollection());

    router.add({"GET", "/api/openapi.json", Access::Open, Role::User,
                [json](RequestContext&) { return Response::text(200, *json, "application/json"); },
                "This OpenAPI document"});
    router.add({"GET", "/api/docs", Access::Open, Role::User,
                [reference](RequestContext&) { return policed(*reference); },
                "The API reference, rendered by Redoc"});
    router.add({"GET", "/api/docs/scripts/{hash}", Access::Open, Role::User,
                [bundle, bundleHash](RequestContext& ctx) {
                    if (ctx.param("hash") != bundleHash) {
                        throw errors::ApiError(errors::ErrorCode::NotFound, "No such script.");
                    }
                    return Response::immutable(*bundle, "text/javascript; charset=utf-8", bundleHash);
                },
                "The reference's renderer (the vendored Redoc bundle), addressed by its SHA-256"});
    router.add({"GET", "/api/docs/plain", Access::Open, Role::User,
                [plain](RequestContext&) { return Response::page(*plain); },
                "The API reference as plain HTML, for clients without JavaScript"});
    router.add({"GET", "/api/docs/getting-started", Access::Open, Role::User,
                [guide](RequestContext&) { return policed(*guide); },
                "A guide to the first requests: a key, curl, rate-limit headers, 429"});
    router.add({"GET", "/api/docs/postman.json", Access::Open, Role::User,
                [collection](RequestContext&) {
                    auto response = Response::text(200, *collection, "application/json");
                    response.headers.emplace_back("Content-Disposition",
                                                  "attachment; filename=\"aih.postman_collection.json\"");
                    return response;
                },
                "The API as a Postman collection, generated from this document"});
}

} // namespace aih::apidocs
