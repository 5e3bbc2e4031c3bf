// SPDX-License-Identifier: Apache-2.0
// SCIM 2.0 provisioning (RFC 7644) as an identity provider drives it, on two aihd instances:
// the token, the discovery documents, the flows Okta and Entra ID run (create, find by filter,
// deactivate, group membership), a leaver's sessions and keys ending on the other instance at
// once, the plan's user limit, the audit trail's `scim` actor, and hostile filters and bodies,
// each answered with a SCIM error and never a 500.
#include "ApiHelpers.h"
#include "TwoInstances.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QtTest>
#include <atomic>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

using namespace aih::test;

namespace {

const std::string scimMedia = "application/scim+json";

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject userBody(const QString& email, const QString& externalId)
{
    return {{"schemas", QJsonArray{"urn:ietf:params:scim:schemas:core:2.0:User"}},
            {"userName", email},
            {"externalId", externalId},
            {"name", QJsonObject{{"givenName", "Grace"}, {"familyName", "Hopper"}}},
            {"emails", QJsonArray{QJsonObject{{"value", email}, {"type", "work"}, {"primary", true}}}},
            {"active", true}};
}

QJsonObject patch(const QJsonArray& operations)
{
    return {{"schemas", QJsonArray{"urn:ietf:params:scim:api:messages:2.0:PatchOp"}},
            {"Operations", operations}};
}

std::string query(const QString& filter)
{
    return "/scim/v2/Users?filter=" + QUrl::toPercentEncoding(filter).toStdString();
}

} // namespace

class TestScim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto failure = instances.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        a = std::make_unique<HttpClient>(instances.servers[0]->port());
        b = std::make_unique<HttpClient>(instances.servers[1]->port());
        acme = createTenant(*a, "acme-scim", "enterprise");
        rival = createTenant(*a, "rival-scim", "enterprise");
        pro = createTenant(*a, "pro-scim", "pro");
        // Group names map to roles through the single sign-on connection's role map.
        const auto connection =
            a->post("/api/enterprise/sso/connections",
                    {{"name", "Okta"},
                     {"issuer", "https://acme.okta.example"},
                     {"client_id", "aih"},
                     {"role_map", QJsonObject{{"Engineering Admins", "admin"}, {"Support", "manager"}}}},
                    bearer(acme.accessToken));
        QCOMPARE(connection.status, 201);
    }

    void onlyAnEnterpriseAdminMakesATokenAndItIsShownOnce()
    {
        QCOMPARE(a->post("/api/enterprise/sso/scim-token", {}, bearer(pro.accessToken)).status, 402);
        const auto member = createUserAndLogin(*a, acme, "member@acme-scim.test", "manager");
        QCOMPARE(a->post("/api/enterprise/sso/scim-token", {}, bearer(member.accessToken)).status, 403);
        QCOMPARE(
            a->get("/api/enterprise/sso/scim-token", bearer(acme.accessToken)).json()["configured"].toBool(),
            false);

        const auto first = a->post("/api/enterprise/sso/scim-token", {}, bearer(acme.accessToken));
        QCOMPARE(first.status, 201);
        QVERIFY(first.json()["token"].toString().startsWith("scim_"));
        QVERIFY(first.json()["base_url"].toString().endsWith("/scim/v2"));
        const auto status = a->get("/api/enterprise/sso/scim-token", bearer(acme.accessToken));
        QCOMPARE(status.json()["configured"].toBool(), true);
        QVERIFY(!status.body.contains(first.json()["token"].toString().toUtf8()));

        // A new token replaces the old one at once, on every instance.
        const auto second = a->post("/api/enterprise/sso/scim-token", {}, bearer(acme.accessToken));
        token = second.json()["token"].toString();
        QCOMPARE(scim(*b, "GET", "/scim/v2/Users", {}, first.json()["token"].toString()).status, 401);
        QCOMPARE(scim(*b, "GET", "/scim/v2/Users").status, 200);
        rivalToken = a->post("/api/enterprise/sso/scim-token", {}, bearer(rival.accessToken))
                         .json()["token"]
                         .toString();
        QCOMPARE(auditEntries(*a, acme.accessToken, "action=scim.token_created").size(), 2);
    }

    void withoutTheTokenEverythingIsRefusedInScimsForm_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::newRow("none") << "";
        QTest::newRow("wrong") << "Bearer scim_not-a-real-token";
        QTest::newRow("a session") << "Bearer " + acme.accessToken;
        QTest::newRow("basic") << "Basic c2NpbTpzY2lt";
    }

    void withoutTheTokenEverythingIsRefusedInScimsForm()
    {
        QFETCH(QString, authorization);
        Headers headers;
        if (!authorization.isEmpty()) {
            headers.emplace_back("Authorization", authorization.toStdString());
        }
        const auto refused = a->get("/scim/v2/Users", headers);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("Content-Type").startsWith("application/scim+json"));
        QCOMPARE(refused.json()["schemas"].toArray().at(0).toString(),
                 QString("urn:ietf:params:scim:api:messages:2.0:Error"));
        QCOMPARE(refused.json()["status"].toString(), QString("401"));
        QVERIFY(!refused.header("WWW-Authenticate").isEmpty());
    }

    void theDiscoveryDocumentsDescribeTheService()
    {
        const auto config = a->get("/scim/v2/ServiceProviderConfig");
        QCOMPARE(config.status, 200);
        QCOMPARE(config.json()["patch"].toObject()["supported"].toBool(), true);
        QCOMPARE(config.json()["filter"].toObject()["supported"].toBool(), true);
        QCOMPARE(config.json()["authenticationSchemes"].toArray().at(0).toObject()["type"].toString(),
                 QString("oauthbearertoken"));
        const auto schemas = a->get("/scim/v2/Schemas");
        QCOMPARE(schemas.json()["totalResults"].toInt(), 2);
        const auto types = a->get("/scim/v2/ResourceTypes");
        QCOMPARE(types.json()["Resources"].toArray().at(0).toObject()["endpoint"].toString(),
                 QString("/Users"));
    }

    void anIdentityProviderCreatesAndFindsAUser()
    {
        const auto created = scim(*a, "POST", "/scim/v2/Users", json(userBody("grace@acme.example", "00u1")));
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Content-Type").startsWith("application/scim+json"));
        graceId = created.json()["id"].toString();
        QVERIFY(created.header("Location").endsWith("/scim/v2/Users/" + graceId));
        QCOMPARE(created.json()["userName"].toString(), QString("grace@acme.example"));
        QCOMPARE(created.json()["name"].toObject()["formatted"].toString(), QString("Grace Hopper"));
        QCOMPARE(created.json()["externalId"].toString(), QString("00u1"));
        QCOMPARE(created.json()["active"].toBool(), true);

        QCOMPARE(scim(*a, "POST", "/scim/v2/Users", json(userBody("GRACE@acme.example", "00u9")))
                     .json()["scimType"]
                     .toString(),
                 QString("uniqueness"));

        // Okta's first call: is this user here already?
        const auto found = scim(*b, "GET", query("userName eq \"Grace@Acme.example\""));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json()["totalResults"].toInt(), 1);
        QCOMPARE(found.json()["Resources"].toArray().at(0).toObject()["id"].toString(), graceId);
        QCOMPARE(scim(*b, "GET", "/scim/v2/Users/" + graceId.toStdString()).json()["userName"].toString(),
                 QString("grace@acme.example"));

        // The audit trail names the provisioning as SCIM's doing.
        const auto entries = auditEntries(*a, acme.accessToken, "action=user.provisioned");
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject()["actor"].toObject()["type"].toString(), QString("scim"));
    }

    void filtersAndPagesWork()
    {
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(scim(*a, "POST", "/scim/v2/Users",
                          json(userBody(QString("page%1@acme.example").arg(i), QString("00p%1").arg(i))))
                         .status,
                     201);
        }
        QCOMPARE(scim(*a, "GET", query("userName sw \"page\"")).json()["totalResults"].toInt(), 5);
        QCOMPARE(scim(*a, "GET", query("userName co \"age3\" or externalId eq \"00u1\""))
                     .json()["totalResults"]
                     .toInt(),
                 2);
        QCOMPARE(scim(*a, "GET",
                      query("emails[type eq \"work\" and value ew \"acme.example\"] and active eq true"))
                     .json()["totalResults"]
                     .toInt(),
                 6);
        QCOMPARE(scim(*a, "GET", query("not (userName sw \"page\")")).json()["totalResults"].toInt(), 3);
        const auto second = scim(*a, "GET", query("userName sw \"page\"") + "&startIndex=3&count=2");
        QCOMPARE(second.json()["startIndex"].toInt(), 3);
        QCOMPARE(second.json()["itemsPerPage"].toInt(), 2);
        QCOMPARE(second.json()["Resources"].toArray().at(0).toObject()["userName"].toString(),
                 QString("page2@acme.example"));
        QCOMPARE(scim(*a, "GET", "/scim/v2/Users?count=0").json()["Resources"].toArray().size(), 0);
    }

    void anotherTenantsTokenSeesNothingOfIt()
    {
        QCOMPARE(scim(*a, "GET", "/scim/v2/Users/" + graceId.toStdString(), {}, rivalToken).status, 404);
        QCOMPARE(scim(*a, "GET", query("userName eq \"grace@acme.example\""), {}, rivalToken)
                     .json()["totalResults"]
                     .toInt(),
                 0);
        QCOMPARE(scim(*a, "PATCH", "/scim/v2/Users/" + graceId.toStdString(),
                      json(patch({QJsonObject{{"op", "replace"}, {"path", "active"}, {"value", false}}})),
                      rivalToken)
                     .status,
                 404);
        QCOMPARE(scim(*a, "DELETE", "/scim/v2/Users/" + graceId.toStdString(), {}, rivalToken).status, 404);
    }

    void groupMembershipDecidesTheRole()
    {
        const auto group = scim(*a, "POST", "/scim/v2/Groups",
                                json({{"schemas", QJsonArray{"urn:ietf:params:scim:schemas:core:2.0:Group"}},
                                      {"displayName", "Engineering Admins"},
                                      {"members", QJsonArray{QJsonObject{{"value", graceId}}}}}));
        QCOMPARE(group.status, 201);
        groupId = group.json()["id"].toString();
        QCOMPARE(roleOf("grace@acme.example"), QString("admin"));
        const auto grace = scim(*a, "GET", "/scim/v2/Users/" + graceId.toStdString());
        QCOMPARE(grace.json()["groups"].toArray().at(0).toObject()["display"].toString(),
                 QString("Engineering Admins"));

        // Entra ID removes a member with a value filter in the path.
        const auto removed =
            scim(*a, "PATCH", "/scim/v2/Groups/" + groupId.toStdString(),
                 json(patch({QJsonObject{{"op", "Remove"},
                                         {"path", QString("members[value eq \"%1\"]").arg(graceId)}}})));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json()["members"].toArray().size(), 0);
        QCOMPARE(roleOf("grace@acme.example"), QString("user"));

        // Okta adds members with a path and a list.
        QCOMPARE(scim(*a, "PATCH", "/scim/v2/Groups/" + groupId.toStdString(),
                      json(patch({QJsonObject{{"op", "add"},
                                              {"path", "members"},
                                              {"value", QJsonArray{QJsonObject{{"value", graceId}}}}}})))
                     .status,
                 200);
        QCOMPARE(roleOf("grace@acme.example"), QString("admin"));
        QCOMPARE(auditEntries(*a, acme.accessToken, "action=user.role_synced").size(), 3);
    }

    void aLeaverLosesSessionsAndKeysAtOnceOnEveryInstance()
    {
        const auto leaver = createUserAndLogin(*a, acme, "leaver@acme.example", "user");
        const auto key =
            createApiKey(*a, leaver.accessToken, {{"name", "laptop"}, {"scopes", QJsonArray{"read"}}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(b->get("/api/auth/me", bearer(leaver.accessToken)).status, 200);
        QCOMPARE(b->get("/api/gurus/spiritual", apiKey(key.key)).status, 200);
        const auto found = scim(*a, "GET", query("userName eq \"leaver@acme.example\""));
        const auto id = found.json()["Resources"].toArray().at(0).toObject()["id"].toString();

        // Entra ID's spelling: a capitalised op, no path, and the boolean as a string.
        const auto deactivated =
            scim(*a, "PATCH", "/scim/v2/Users/" + id.toStdString(),
                 json(patch({QJsonObject{{"op", "Replace"}, {"value", QJsonObject{{"active", "False"}}}}})));
        QCOMPARE(deactivated.status, 200);
        QCOMPARE(deactivated.json()["active"].toBool(), false);
        QVERIFY(waitUntil([&] { return b->get("/api/auth/me", bearer(leaver.accessToken)).status == 401; },
                          3000));
        QVERIFY(
            waitUntil([&] { return b->get("/api/gurus/spiritual", apiKey(key.key)).status == 401; }, 3000));
        QCOMPARE(
            login(*b, acme.slug, "leaver@acme.example", "password-for-leaver@acme.example").response.status,
            401);
        QCOMPARE(auditEntries(*a, acme.accessToken, "action=user.deactivate")
                     .at(0)
                     .toObject()["actor"]
                     .toObject()["type"]
                     .toString(),
                 QString("scim"));

        // Deleted: gone from SCIM, kept (inactive) for the tenant's records.
        QCOMPARE(scim(*a, "DELETE", "/scim/v2/Users/" + id.toStdString()).status, 204);
        QCOMPARE(scim(*a, "GET", "/scim/v2/Users/" + id.toStdString()).status, 404);
        QCOMPARE(scim(*a, "GET", query("userName eq \"leaver@acme.example\"")).json()["totalResults"].toInt(),
                 0);
    }

    void theLastAdminIsNotDeactivated()
    {
        const auto found = scim(*a, "GET", query(QString("userName eq \"%1\"").arg(acme.adminEmail)));
        const auto id = found.json()["Resources"].toArray().at(0).toObject()["id"].toString();
        // Grace is an admin too (by her group), so take her out of it first.
        QCOMPARE(scim(*a, "DELETE", "/scim/v2/Groups/" + groupId.toStdString()).status, 204);
        QCOMPARE(roleOf("grace@acme.example"), QString("user"));
        const auto refused =
            scim(*a, "PATCH", "/scim/v2/Users/" + id.toStdString(),
                 json(patch({QJsonObject{{"op", "replace"}, {"path", "active"}, {"value", false}}})));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()["scimType"].toString(), QString("mutability"));
    }

    void thePlansUserLimitHolds()
    {
        const auto users = a->get("/api/enterprise/admin/users?limit=100", bearer(acme.accessToken));
        int active = 0;
        for (const auto& user : users.json()["data"].toArray()) {
            active += user.toObject()["active"].toBool() ? 1 : 0;
        }
        QCOMPARE(a->patch(path("/api/enterprise/tenants", acme.id), {{"user_limit", active}}, operatorAuth())
                     .status,
                 200);
        const auto refused =
            scim(*a, "POST", "/scim/v2/Users", json(userBody("one.too.many@acme.example", "00x")));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json()["detail"].toString().contains("user limit"));
        QCOMPARE(
            a->patch(path("/api/enterprise/tenants", acme.id), {{"user_limit", QJsonValue()}}, operatorAuth())
                .status,
            200);
    }

    void hostileRequestsGetScimErrorsNever500_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("scimType");
        const auto user = QString("/scim/v2/Users/%1").arg(graceId);
        const auto op = [](const QJsonObject& operation) { return json(patch({operation})); };
        QTest::newRow("unclosed filter") << "GET" << QString::fromStdString(query("userName eq \"x"))
                                         << QByteArray() << 400 << "invalidFilter";
        QTest::newRow("unknown operator") << "GET" << QString::fromStdString(query("userName like \"x\""))
                                          << QByteArray() << 400 << "invalidFilter";
        QTest::newRow("deep nesting")
            << "GET" << QString::fromStdString(query(QString(40, '(') + "userName pr" + QString(40, ')')))
            << QByteArray() << 400 << "invalidFilter";
        QTest::newRow("huge filter") << "GET"
                                     << QString::fromStdString(
                                            query("userName eq \"" + QString(3000, 'a') + "\""))
                                     << QByteArray() << 400 << "invalidFilter";
        QTest::newRow("injection") << "GET"
                                   << QString::fromStdString(
                                          query("userName eq \"x' OR '1'='1\" or userName pr"))
                                   << QByteArray() << 200 << "";
        QTest::newRow("bad count") << "GET"
                                   << "/scim/v2/Users?count=abc" << QByteArray() << 400 << "invalidValue";
        QTest::newRow("not json") << "POST"
                                  << "/scim/v2/Users" << QByteArray("{\"userName\":") << 400
                                  << "invalidSyntax";
        QTest::newRow("array body") << "POST"
                                    << "/scim/v2/Users" << QByteArray("[]") << 400 << "invalidSyntax";
        QTest::newRow("deep json") << "POST"
                                   << "/scim/v2/Users" << QByteArray(5000, '[') + QByteArray(5000, ']') << 400
                                   << "invalidSyntax";
        QTest::newRow("not an email")
            << "POST"
            << "/scim/v2/Users" << json({{"userName", "grace"}}) << 400 << "invalidValue";
        QTest::newRow("name not text")
            << "POST"
            << "/scim/v2/Users" << json({{"userName", "n@acme.example"}, {"displayName", 7}}) << 400
            << "invalidValue";
        QTest::newRow("no operations")
            << "PATCH" << user << json({{"Operations", QJsonArray{}}}) << 400 << "invalidSyntax";
        QTest::newRow("unknown op") << "PATCH" << user << op({{"op", "move"}, {"path", "active"}}) << 400
                                    << "invalidSyntax";
        QTest::newRow("unknown path")
            << "PATCH" << user << op({{"op", "replace"}, {"path", "role"}, {"value", "admin"}}) << 400
            << "invalidPath";
        QTest::newRow("active not boolean")
            << "PATCH" << user << op({{"op", "replace"}, {"path", "active"}, {"value", "maybe"}}) << 400
            << "invalidValue";
        QTest::newRow("remove userName")
            << "PATCH" << user << op({{"op", "remove"}, {"path", "userName"}}) << 400 << "mutability";
        QJsonArray many;
        for (int i = 0; i < 101; ++i) {
            many.append(QJsonObject{{"op", "replace"}, {"path", "displayName"}, {"value", "x"}});
        }
        QTest::newRow("too many operations") << "PATCH" << user << json(patch(many)) << 400 << "tooMany";
        QTest::newRow("member nobody")
            << "POST"
            << "/scim/v2/Groups"
            << json({{"displayName", "Ghosts"},
                     {"members", QJsonArray{QJsonObject{{"value", "00000000-0000-4000-8000-000000000000"}}}}})
            << 400 << "invalidValue";
        QTest::newRow("member filter injection")
            << "PATCH"
            << "/scim/v2/Groups/00000000-0000-4000-8000-000000000000"
            << op({{"op", "remove"}, {"path", "members[value eq \"x\" or value pr]"}}) << 404 << "";
        QTest::newRow("not a uuid") << "GET"
                                    << "/scim/v2/Users/../../api/enterprise/tenants" << QByteArray() << 404
                                    << "";
        QTest::newRow("unknown user")
            << "GET"
            << "/scim/v2/Users/00000000-0000-4000-8000-000000000000" << QByteArray() << 404 << "";
    }

    void hostileRequestsGetScimErrorsNever500()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, scimType);
        const auto answer = scim(*a, method.toStdString(), target.toStdString(), body);
        QVERIFY2(answer.status == status, qPrintable(QString::number(answer.status) + " " + answer.body));
        if (status != 200 && answer.status != 404) {
            QCOMPARE(answer.json()["scimType"].toString(), scimType);
            QCOMPARE(answer.json()["status"].toString(), QString::number(status));
        }
    }

    void aBodyInAnotherMediaTypeIsRefused()
    {
        const auto refused = a->request("POST", "/scim/v2/Users", json(userBody("x@acme.example", "1")),
                                        {{"Authorization", "Bearer " + token.toStdString()}}, "text/plain");
        QCOMPARE(refused.status, 415);
        QCOMPARE(refused.json()["status"].toString(), QString("415"));
    }

    void parallelPatchesOfOneGroupAllLand()
    {
        // Identity providers send membership changes in parallel; each must see the others.
        constexpr int people = 16;
        QStringList ids;
        for (int i = 0; i < people; ++i) {
            const auto created =
                scim(*a, "POST", "/scim/v2/Users",
                     json(userBody(QString("parallel%1@acme.example").arg(i), QString("p-%1").arg(i))));
            QCOMPARE(created.status, 201);
            ids << created.json()["id"].toString();
        }
        const auto group = scim(*a, "POST", "/scim/v2/Groups",
                                json({{"schemas", QJsonArray{"urn:ietf:params:scim:schemas:core:2.0:Group"}},
                                      {"displayName", "Parallel"}}));
        QCOMPARE(group.status, 201);
        const auto path = "/scim/v2/Groups/" + group.json()["id"].toString().toStdString();
        std::atomic<int> applied{0};
        std::latch ready(people); // all at once, so they overlap
        std::vector<std::thread> senders;
        for (int i = 0; i < people; ++i) {
            const auto body = json(patch({QJsonObject{
                {"op", "add"}, {"path", "members"}, {"value", QJsonArray{QJsonObject{{"value", ids[i]}}}}}}));
            // Half through each instance.
            const HttpClient& client = i % 2 == 0 ? *a : *b;
            senders.emplace_back([this, &client, &applied, &ready, path, body] {
                ready.arrive_and_wait();
                if (scim(client, "PATCH", path, body).status == 200) {
                    ++applied;
                }
            });
        }
        for (auto& sender : senders) {
            sender.join();
        }
        QCOMPARE(applied.load(), people);
        QCOMPARE(scim(*a, "GET", path).json()["members"].toArray().size(), people);
    }

private:
    HttpResponse scim(const HttpClient& client, const std::string& method, const std::string& target,
                      const QByteArray& body = {}, const QString& with = {}) const
    {
        return client.request(method, target, body,
                              {{"Authorization", "Bearer " + (with.isEmpty() ? token : with).toStdString()}},
                              scimMedia);
    }

    QString roleOf(const QString& email) const
    {
        const auto users = a->get("/api/enterprise/admin/users?limit=100", bearer(acme.accessToken));
        for (const auto& user : users.json()["data"].toArray()) {
            if (user.toObject()["email"].toString() == email) {
                return user.toObject()["role"].toString();
            }
        }
        return {};
    }

    TwoInstances instances;
    std::unique_ptr<HttpClient> a;
    std::unique_ptr<HttpClient> b;
    TenantFixture acme;
    TenantFixture rival;
    TenantFixture pro;
    QString token;
    QString rivalToken;
    QString graceId;
    QString groupId;
};

QTEST_GUILESS_MAIN(TestScim)
#include "TestScim.moc"
