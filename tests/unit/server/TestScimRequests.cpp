// SPDX-License-Identifier: Apache-2.0
// SCIM bodies as Okta and Entra ID send them, read into drafts; PATCH operations applied; and
// filters evaluated against a user and a group the way the list routes do.
#include "scim/ScimError.h"
#include "scim/ScimFilter.h"
#include "scim/ScimFilterMatch.h"
#include "scim/ScimRequests.h"
#include "scim/ScimResources.h"

#include <QtTest>

using namespace aih::scim;

namespace {

Poco::JSON::Object::Ptr body(const char* json)
{
    return parseScimBody(json);
}

ScimUser grace()
{
    return {"u-1",
            "grace@acme.example",
            "Grace Hopper",
            "00u1",
            true,
            aih::Role::User,
            "2026-01-01T00:00:00Z",
            "2026-02-01T00:00:00Z",
            {{"g-1", "Engineering"}}};
}

bool matches(const char* filter, const ScimUser& user)
{
    return matchesFilter(parseScimFilter(filter), attributesOf(user));
}

} // namespace

class TestScimRequests : public QObject
{
    Q_OBJECT

private slots:
    void anOktaUserIsRead()
    {
        const auto draft = userDraftOf(*body("{\"userName\":\"grace@acme.example\",\"name\":{\"givenName\":"
                                             "\"Grace\",\"familyName\":\"Hopper\"},"
                                             "\"externalId\":\"00u1\",\"active\":true,\"urn:ietf:params:scim:"
                                             "schemas:extension:enterprise:2.0:User\":{}}"));
        QCOMPARE(draft.email, std::string("grace@acme.example"));
        QCOMPARE(draft.name, std::string("Grace Hopper"));
        QCOMPARE(draft.externalId, std::string("00u1"));
        QVERIFY(draft.active);
    }

    void aUserNameThatIsNoAddressFallsBackToThePrimaryEmail()
    {
        const auto draft =
            userDraftOf(*body("{\"userName\":\"ghopper\",\"emails\":[{\"value\":\"other@acme.example\"},"
                              "{\"value\":\"grace@acme.example\",\"primary\":true}]}"));
        QCOMPARE(draft.email, std::string("grace@acme.example"));
        QVERIFY_THROWS_EXCEPTION(ScimError, userDraftOf(*body("{\"userName\":\"ghopper\"}")));
    }

    void entraIdsPatchIsApplied()
    {
        UserDraft draft{"grace@acme.example", "Grace Hopper", "00u1", true};
        applyUserPatch(draft, *body("{\"Operations\":[{\"op\":\"Replace\",\"value\":{\"active\":\"False\"}},"
                                    "{\"op\":\"Add\",\"path\":\"name.givenName\",\"value\":\"Amazing\"},"
                                    "{\"op\":\"Add\",\"path\":\"name.familyName\",\"value\":\"Grace\"},"
                                    "{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                                    "\"value\":\"amazing@acme.example\"}]}"));
        QVERIFY(!draft.active);
        QCOMPARE(draft.name, std::string("Amazing Grace"));
        QCOMPARE(draft.email, std::string("amazing@acme.example"));
    }

    void badPatchesAreRefusedWithTheirScimType_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("scimType");
        QTest::newRow("no operations") << "{}"
                                       << "invalidSyntax";
        QTest::newRow("bad op") << "{\"Operations\":[{\"op\":\"copy\"}]}"
                                << "invalidSyntax";
        QTest::newRow("unknown path")
            << "{\"Operations\":[{\"op\":\"replace\",\"path\":\"role\",\"value\":1}]}"
            << "invalidPath";
        QTest::newRow("remove userName") << "{\"Operations\":[{\"op\":\"remove\",\"path\":\"userName\"}]}"
                                         << "mutability";
        QTest::newRow("not an address")
            << "{\"Operations\":[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"x\"}]}"
            << "invalidValue";
    }

    void badPatchesAreRefusedWithTheirScimType()
    {
        QFETCH(QString, patch);
        QFETCH(QString, scimType);
        UserDraft draft{"grace@acme.example", "", "", true};
        try {
            applyUserPatch(draft, *body(patch.toUtf8().constData()));
            QFAIL("applied");
        } catch (const ScimError& error) {
            QCOMPARE(error.status, 400);
            QCOMPARE(QString::fromStdString(error.scimType), scimType);
        }
    }

    void groupMembersAreAddedRemovedAndReplaced()
    {
        GroupDraft group{"Engineering", "", {"a", "b"}};
        applyGroupPatch(
            group,
            *body("{\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"b\"},"
                  "{\"value\":\"c\"}]},{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\"]\"}]}"));
        QCOMPARE(group.memberIds, (std::vector<std::string>{"b", "c"}));
        applyGroupPatch(
            group, *body("{\"Operations\":[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":"
                         "\"d\"}]},{\"op\":\"replace\",\"value\":{\"displayName\":\"Eng\"}}]}"));
        QCOMPARE(group.memberIds, std::vector<std::string>{"d"});
        QCOMPARE(group.displayName, std::string("Eng"));
        QVERIFY_THROWS_EXCEPTION(
            ScimError, applyGroupPatch(group, *body("{\"Operations\":[{\"op\":\"remove\",\"path\":"
                                                    "\"members[value eq \\\"a\\\" or value pr]\"}]}")));
    }

    void filtersAreEvaluated()
    {
        const auto user = grace();
        QVERIFY(matches("userName eq \"GRACE@acme.example\"", user));
        QVERIFY(!matches("externalId eq \"00U1\"", user)); // caseExact
        QVERIFY(matches("name.formatted co \"hop\" and active eq true", user));
        QVERIFY(matches("emails[type eq \"work\" and value ew \".example\"]", user));
        QVERIFY(matches("groups.display eq \"engineering\"", user));
        QVERIFY(matches("meta.lastModified gt \"2026-01-15T00:00:00Z\"", user));
        QVERIFY(!matches("title pr", user));
        QVERIFY(matches("title ne \"x\"", user)); // absent: no value equals
        QVERIFY(matches("not (active eq false)", user));
        QVERIFY(!matches("active eq \"true\"", user)); // a string is not a boolean
    }
};

QTEST_GUILESS_MAIN(TestScimRequests)
#include "TestScimRequests.moc"
