// SPDX-License-Identifier: Apache-2.0
#include "apidocs/ApiDocsRoutes.h"

#include "apidocs/ApiDocsPage.h"
#include "apidocs/OpenApiDocument.h"
#include "http/RequestContext.h"

#include <memory>

namespace aih::apidocs {

void addApiDocsRoutes(http::Router& router)
{
    // Served as written (it is parsed here, so a broken file stops the server at start-up).
    const auto json = std::make_shared<const std::string>(embeddedOpenApiText());
    const auto html = std::make_shared<const std::string>(renderApiDocsPage(openApiDocument()));
    router.add(
        {"GET", "/api/openapi.json", http::Access::Open, Role::User,
         [json](http::RequestContext&) { return http::Response::text(200, *json, "application/json"); },
         "This OpenAPI document"});
    router.add({"GET", "/api/docs", http::Access::Open, Role::User,
                [html](http::RequestContext&) { return http::Response::page(*html); },
                "The API reference rendered as HTML"});
}

} // namespace aih::apidocs
