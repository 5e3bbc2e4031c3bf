// SPDX-License-Identifier: Apache-2.0
#include "http/Router.h"

#include <QtTest/QtTest>
#include <stdexcept>
#include <string>

using aih::http::RouteMatch;
using aih::http::Router;

namespace {

aih::http::Route route(std::string method, std::string pattern)
{
    return {std::move(method),
            std::move(pattern),
            aih::http::Access::Public,
            aih::Role::User,
            [](aih::http::RequestContext&) { return aih::http::Response::noContent(); },
            "test route"};
}

QByteArray matchedPattern(const RouteMatch& match)
{
    return match.route ? QByteArray::fromStdString(match.route->pattern) : QByteArray("<none>");
}

QByteArray param(const RouteMatch& match, const std::string& name)
{
    const auto it = match.params.find(name);
    return it == match.params.end() ? QByteArray("<missing>") : QByteArray::fromStdString(it->second);
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void literalRouteMatchesItsPath();
    void parametersAreCapturedByName();
    void literalSegmentBeatsParameterWhicheverIsAddedFirst();
    void fewerParametersWinOverMore();
    void equallySpecificRoutesResolveToTheFirstAdded();
    void parameterMatchesExactlyOneSegment();
    void emptyBracesAreALiteralSegment();
    void unknownPathIsNotFoundAndNotMethodNotAllowed();
    void knownPathWithOtherMethodIsFlaggedForMethodNotAllowed();
    void methodsAreCaseSensitive();
    void trailingSlashMatchesTheSameRoute();
    void doubleSlashesCollapse();
    void rootRouteMatchesSlashAndEmptyPath();
    void duplicateRouteThrowsLogicError();
    void samePatternWithAnotherMethodIsNotADuplicate();
    void splitPathDropsEmptySegments_data();
    void splitPathDropsEmptySegments();
};

void TestRouter::literalRouteMatchesItsPath()
{
    Router router;
    router.add(route("GET", "/api/health"));
    router.add(route("GET", "/api/tenants"));

    const auto match = router.match("GET", "/api/tenants");
    QCOMPARE(matchedPattern(match), QByteArray("/api/tenants"));
    QVERIFY(match.params.empty());
    QVERIFY(!router.match("GET", "/api/tenant").route);
    QVERIFY(!router.match("GET", "/api/tenants/extra").route);
    QVERIFY(!router.match("GET", "/api").route);
}

void TestRouter::parametersAreCapturedByName()
{
    Router router;
    router.add(route("GET", "/api/tenants/{tenantId}/users/{userId}"));

    const auto match = router.match("GET", "/api/tenants/acme/users/42");
    QCOMPARE(matchedPattern(match), QByteArray("/api/tenants/{tenantId}/users/{userId}"));
    QCOMPARE(match.params.size(), std::size_t{2});
    QCOMPARE(param(match, "tenantId"), QByteArray("acme"));
    QCOMPARE(param(match, "userId"), QByteArray("42"));
    QVERIFY(!router.match("GET", "/api/tenants/acme/groups/42").route);
}

void TestRouter::literalSegmentBeatsParameterWhicheverIsAddedFirst()
{
    Router parameterFirst;
    parameterFirst.add(route("GET", "/api/gurus/{kind}"));
    parameterFirst.add(route("GET", "/api/gurus/featured"));

    Router literalFirst;
    literalFirst.add(route("GET", "/api/gurus/featured"));
    literalFirst.add(route("GET", "/api/gurus/{kind}"));

    for (const Router* router : {&parameterFirst, &literalFirst}) {
        const auto literal = router->match("GET", "/api/gurus/featured");
        QCOMPARE(matchedPattern(literal), QByteArray("/api/gurus/featured"));
        QVERIFY(literal.params.empty());

        const auto parameter = router->match("GET", "/api/gurus/zen");
        QCOMPARE(matchedPattern(parameter), QByteArray("/api/gurus/{kind}"));
        QCOMPARE(param(parameter, "kind"), QByteArray("zen"));
    }
}

void TestRouter::fewerParametersWinOverMore()
{
    Router router;
    router.add(route("GET", "/a/{x}/{y}"));
    router.add(route("GET", "/a/b/{y}"));

    const auto match = router.match("GET", "/a/b/c");
    QCOMPARE(matchedPattern(match), QByteArray("/a/b/{y}"));
    QCOMPARE(param(match, "y"), QByteArray("c"));
    QVERIFY(match.params.find("x") == match.params.end());

    QCOMPARE(matchedPattern(router.match("GET", "/a/z/c")), QByteArray("/a/{x}/{y}"));
}

void TestRouter::equallySpecificRoutesResolveToTheFirstAdded()
{
    Router router;
    router.add(route("GET", "/a/{x}/c"));
    router.add(route("GET", "/a/b/{y}"));

    // Both match with one parameter each; registration order breaks the tie, deterministically.
    const auto match = router.match("GET", "/a/b/c");
    QCOMPARE(matchedPattern(match), QByteArray("/a/{x}/c"));
    QCOMPARE(param(match, "x"), QByteArray("b"));
    QCOMPARE(matchedPattern(router.match("GET", "/a/b/d")), QByteArray("/a/b/{y}"));
}

void TestRouter::parameterMatchesExactlyOneSegment()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));

    QVERIFY(!router.match("GET", "/api/tenants").route);
    QVERIFY(!router.match("GET", "/api/tenants/").route);
    QVERIFY(!router.match("GET", "/api/tenants/a/b").route);
    const auto match = router.match("GET", "/api/tenants/a-b.c");
    QCOMPARE(param(match, "id"), QByteArray("a-b.c"));
}

void TestRouter::emptyBracesAreALiteralSegment()
{
    Router router;
    router.add(route("GET", "/odd/{}"));

    QVERIFY(!router.match("GET", "/odd/anything").route);
    const auto match = router.match("GET", "/odd/{}");
    QCOMPARE(matchedPattern(match), QByteArray("/odd/{}"));
    QVERIFY(match.params.empty());
}

void TestRouter::unknownPathIsNotFoundAndNotMethodNotAllowed()
{
    Router router;
    router.add(route("GET", "/api/tenants"));
    router.add(route("POST", "/api/tenants"));

    const auto match = router.match("GET", "/api/nothing-here");
    QVERIFY(!match.route);
    QVERIFY(!match.pathMatchedOtherMethod);
    QVERIFY(match.params.empty());
}

void TestRouter::knownPathWithOtherMethodIsFlaggedForMethodNotAllowed()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));
    router.add(route("PATCH", "/api/tenants/{id}"));

    const auto match = router.match("DELETE", "/api/tenants/acme");
    QVERIFY(!match.route);
    QVERIFY(match.pathMatchedOtherMethod);

    const auto allowed = router.match("PATCH", "/api/tenants/acme");
    QVERIFY(allowed.route);
    QCOMPARE(QByteArray::fromStdString(allowed.route->method), QByteArray("PATCH"));
}

void TestRouter::methodsAreCaseSensitive()
{
    Router router;
    router.add(route("GET", "/api/health"));

    const auto match = router.match("get", "/api/health");
    QVERIFY(!match.route);
    QVERIFY(match.pathMatchedOtherMethod);
}

void TestRouter::trailingSlashMatchesTheSameRoute()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));

    const auto match = router.match("GET", "/api/tenants/acme/");
    QCOMPARE(matchedPattern(match), QByteArray("/api/tenants/{id}"));
    QCOMPARE(param(match, "id"), QByteArray("acme"));
}

void TestRouter::doubleSlashesCollapse()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));

    const auto inner = router.match("GET", "/api//tenants//acme");
    QCOMPARE(matchedPattern(inner), QByteArray("/api/tenants/{id}"));
    QCOMPARE(param(inner, "id"), QByteArray("acme"));
    QCOMPARE(matchedPattern(router.match("GET", "//api/tenants/acme")), QByteArray("/api/tenants/{id}"));
}

void TestRouter::rootRouteMatchesSlashAndEmptyPath()
{
    Router router;
    router.add(route("GET", "/"));

    QCOMPARE(matchedPattern(router.match("GET", "/")), QByteArray("/"));
    QCOMPARE(matchedPattern(router.match("GET", "")), QByteArray("/"));
    QVERIFY(!router.match("GET", "/index.html").route);
}

void TestRouter::duplicateRouteThrowsLogicError()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(route("GET", "/api/tenants/{id}")));
    // A renamed parameter is the same route: the second could never be reached.
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(route("GET", "/api/tenants/{slug}")));
    QCOMPARE(router.routes().size(), std::size_t{1});
}

void TestRouter::samePatternWithAnotherMethodIsNotADuplicate()
{
    Router router;
    router.add(route("GET", "/api/tenants/{id}"));
    router.add(route("DELETE", "/api/tenants/{id}"));
    router.add(route("GET", "/api/tenants"));
    QCOMPARE(router.routes().size(), std::size_t{3});
    const auto match = router.match("DELETE", "/api/tenants/x");
    QVERIFY(match.route);
    QCOMPARE(QByteArray::fromStdString(match.route->method), QByteArray("DELETE"));
}

void TestRouter::splitPathDropsEmptySegments_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("segments");

    QTest::newRow("empty") << QByteArray("") << QList<QByteArray>{};
    QTest::newRow("root") << QByteArray("/") << QList<QByteArray>{};
    QTest::newRow("only slashes") << QByteArray("///") << QList<QByteArray>{};
    QTest::newRow("one segment") << QByteArray("/api") << QList<QByteArray>{"api"};
    QTest::newRow("no leading slash") << QByteArray("api/tenants") << QList<QByteArray>{"api", "tenants"};
    QTest::newRow("trailing slash") << QByteArray("/api/tenants/") << QList<QByteArray>{"api", "tenants"};
    QTest::newRow("double slashes") << QByteArray("//api//tenants") << QList<QByteArray>{"api", "tenants"};
    QTest::newRow("pattern") << QByteArray("/api/tenants/{id}/users")
                             << QList<QByteArray>{"api", "tenants", "{id}", "users"};
    QTest::newRow("dots kept") << QByteArray("/a/../b/.") << QList<QByteArray>{"a", "..", "b", "."};
}

void TestRouter::splitPathDropsEmptySegments()
{
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, segments);

    QList<QByteArray> actual;
    for (const auto segment :
         aih::http::splitPath({path.constData(), static_cast<std::size_t>(path.size())})) {
        actual.append(QByteArray(segment.data(), static_cast<qsizetype>(segment.size())));
    }
    QCOMPARE(actual, segments);
}

QTEST_APPLESS_MAIN(TestRouter)
#include "TestRouter.moc"
