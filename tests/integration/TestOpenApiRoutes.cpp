// SPDX-License-Identifier: Apache-2.0
// The OpenAPI document against the routing table itself: the real table, built by
// registerRoutes over real components, compared both ways with the compiled-in document.
#include "TestDatabase.h"
#include "apidocs/OpenApiDocument.h"
#include "app/Components.h"
#include "app/Routes.h"
#include "errors/ErrorCode.h"
#include "http/ErrorStatus.h"

#include <Poco/JSON/Array.h>
#include <QtTest>
#include <algorithm>
#include <cctype>
#include <set>

using namespace aih;

namespace {

std::string lower(std::string text)
{
    for (auto& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

/// The document's operation for a route; null when it is missing (everyRouteIsDocumented says so).
Poco::JSON::Object::Ptr operationOf(const Poco::JSON::Object::Ptr& paths, const http::Route& route)
{
    const auto item = paths->getObject(route.pattern);
    return item ? item->getObject(lower(route.method)) : nullptr;
}

/// The security schemes an operation accepts, with "anonymous" for the empty requirement.
std::set<std::string> schemesOf(const Poco::JSON::Object::Ptr& operation)
{
    std::set<std::string> names;
    const auto security = operation->getArray("security");
    for (std::size_t i = 0; security && i < security->size(); ++i) {
        const auto requirement = security->getObject(static_cast<unsigned>(i));
        names.insert(requirement->size() == 0 ? "anonymous" : requirement->begin()->first);
    }
    return names;
}

std::set<std::string> schemesFor(http::Access access)
{
    switch (access) {
    case http::Access::Open:
    case http::Access::Public:
    case http::Access::PublicOrOperator:
        return {"anonymous"};
    case http::Access::Session:
        return {"bearerAuth"};
    case http::Access::Member:
        return {"bearerAuth", "apiKey"};
    case http::Access::MemberOrOperator:
        return {"bearerAuth", "apiKey", "operatorToken"};
    case http::Access::SessionOrOperator:
        return {"bearerAuth", "operatorToken"};
    case http::Access::Operator:
        return {"operatorToken"};
    }
    return {};
}

} // namespace

class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        config::Config config;
        config.secretKey = std::string(48, 's');
        config.operatorToken = std::string(40, 'o');
        components = std::make_unique<app::Components>(config, database.url());
        app::registerRoutes(router, *components);
        document = apidocs::openApiDocument();
        paths = document->getObject("paths");
    }

    void everyRouteIsDocumented()
    {
        QVERIFY(router.routes().size() > 40);
        QStringList missing;
        for (const auto& route : router.routes()) {
            const auto item = paths->getObject(route.pattern);
            if (!item || !item->getObject(lower(route.method))) {
                missing << QString::fromStdString(route.method + " " + route.pattern);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable("routes missing from openapi.json: " + missing.join(", ")));
    }

    void everyDocumentedOperationIsARoute()
    {
        QStringList extra;
        for (const auto& [path, value] : *paths) {
            for (const auto& [method, operation] : *value.extract<Poco::JSON::Object::Ptr>()) {
                const auto found =
                    std::any_of(router.routes().begin(), router.routes().end(), [&](const auto& route) {
                        return route.pattern == path && lower(route.method) == method;
                    });
                if (!found) {
                    extra << QString::fromStdString(method + " " + path);
                }
            }
        }
        QVERIFY2(extra.isEmpty(), qPrintable("documented but not routed: " + extra.join(", ")));
    }

    void securityMatchesEachRoutesAccess()
    {
        for (const auto& route : router.routes()) {
            const auto operation = operationOf(paths, route);
            if (!operation) {
                continue;
            }
            const auto documented = schemesOf(operation);
            const auto expected = schemesFor(route.access);
            const auto label = route.method + " " + route.pattern;
            if (http::admitsAnyone(route.access)) {
                // SCIM routes are Open to the pipeline and authenticate their own token.
                QVERIFY2(documented.count("anonymous") || (route.pattern.starts_with("/scim/v2/") &&
                                                           documented == std::set<std::string>{"scimToken"}),
                         label.c_str());
            } else {
                QVERIFY2(documented == expected, label.c_str());
            }
        }
    }

    void everyOperationDocumentsItsErrors()
    {
        for (const auto& route : router.routes()) {
            const auto operation = operationOf(paths, route);
            if (!operation) {
                continue;
            }
            const auto responses = operation->getObject("responses");
            const auto label = route.method + " " + route.pattern;
            QVERIFY2(responses->has("500"), label.c_str());
            bool success = false;
            for (const auto& [status, response] : *responses) {
                // A browser form post succeeds with a redirect (303), not a 2xx.
                success = success || status.starts_with('2') || status.starts_with('3');
            }
            QVERIFY2(success, label.c_str());
            if (!http::admitsAnyone(route.access)) {
                QVERIFY2(responses->has("401") && responses->has("403"), label.c_str());
            }
            if (route.pattern.find('{') != std::string::npos) {
                QVERIFY2(responses->has("404"), label.c_str());
            }
        }
    }

    void problemCodesAreTheErrorCodeTable()
    {
        const auto codes = document->getObject("components")
                               ->getObject("schemas")
                               ->getObject("Problem")
                               ->getObject("properties")
                               ->getObject("code")
                               ->getArray("enum");
        std::set<std::string> documented;
        for (std::size_t i = 0; i < codes->size(); ++i) {
            documented.insert(codes->getElement<std::string>(static_cast<unsigned>(i)));
        }
        std::set<std::string> table;
        for (auto code = 0; code <= static_cast<int>(errors::ErrorCode::Internal); ++code) {
            table.insert(std::string(http::describe(static_cast<errors::ErrorCode>(code)).code));
        }
        QCOMPARE(documented, table);
    }

private:
    test::TestDatabase database;
    std::unique_ptr<app::Components> components;
    http::Router router;
    Poco::JSON::Object::Ptr document;
    Poco::JSON::Object::Ptr paths;
};

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "TestOpenApiRoutes.moc"
