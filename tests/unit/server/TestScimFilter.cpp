// SPDX-License-Identifier: Apache-2.0
// SCIM filters (RFC 7644 §3.4.2.2) as identity providers send them (Okta, Entra ID and the RFC's
// own examples): operators, precedence, value paths, schema URNs, JSON string escapes, and the
// hostile ones (unclosed, too deep, too many comparisons, NUL, lone surrogates) refused with a
// reason. Every accepted filter written back parses to the same filter.
#include "scim/ScimFilter.h"

#include <QtTest>

using namespace aih::scim;

class TestScimFilter : public QObject
{
    Q_OBJECT

private slots:
    void filtersReadAsWritten_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("okta") << "userName eq \"alice@acme.example\""
                              << "username eq \"alice@acme.example\"";
        QTest::newRow("entra") << "externalId eq \"0d1c-44\""
                               << "externalid eq \"0d1c-44\"";
        QTest::newRow("group") << "displayName eq \"Admins\""
                               << "displayname eq \"Admins\"";
        QTest::newRow("keywords in any case") << "userName Eq \"a\" AND active EQ true"
                                              << "username eq \"a\" and active eq true";
        QTest::newRow("and before or") << "title pr and userType eq \"Employee\" or name.familyName sw \"O\""
                                       << "title pr and usertype eq \"Employee\" or name.familyname sw \"O\"";
        QTest::newRow("parentheses")
            << "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co "
               "\"example.org\")"
            << "usertype eq \"Employee\" and (emails co \"example.com\" or emails.value co "
               "\"example.org\")";
        QTest::newRow("not") << "userType ne \"Employee\" and not (emails co \"example.com\")"
                             << "usertype ne \"Employee\" and not (emails co \"example.com\")";
        QTest::newRow("value path") << "emails[type eq \"work\" and value co \"@example.com\"]"
                                    << "emails[type eq \"work\" and value co \"@example.com\"]";
        QTest::newRow("schema urn") << "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\""
                                    << "urn:ietf:params:scim:schemas:core:2.0:user:username sw \"J\"";
        QTest::newRow("dates and numbers") << "meta.lastModified gt \"2011-05-13T04:42:34Z\" and x le -1.5e3"
                                           << "meta.lastmodified gt \"2011-05-13T04:42:34Z\" and x le -1500";
        QTest::newRow("escapes") << "displayName eq \"Ada \\\"A\\\" L\\u00f6velace\\\\\""
                                 << QString::fromUtf8("displayname eq \"Ada \\\"A\\\" L\xc3\xb6velace\\\\\"");
        QTest::newRow("control escapes") << "displayName eq \"a\\tb\\u0001c\\nfrt\""
                                         << "displayname eq \"a\\tb\\u0001c\\nfrt\"";
        QTest::newRow("null") << "nickName eq null"
                              << "nickname eq null";
        QTest::newRow("grouping kept") << "a eq 1 and (b eq 2 and c eq 3) or (d eq 4 or e eq 5)"
                                       << "a eq 1 and (b eq 2 and c eq 3) or (d eq 4 or e eq 5)";
        QTest::newRow("extra spaces") << "  userName   eq   \"a\"  "
                                      << "username eq \"a\"";
    }

    void filtersReadAsWritten()
    {
        QFETCH(QString, filter);
        QFETCH(QString, canonical);
        const auto parsed = parseScimFilter(filter.toStdString());
        QCOMPARE(QString::fromStdString(toFilterText(parsed)), canonical);
        QCOMPARE(toFilterText(parseScimFilter(toFilterText(parsed))), toFilterText(parsed));
    }

    void theTreeHasTheRfcPrecedence()
    {
        const auto node = parseScimFilter("a eq 1 or b eq 2 and c eq 3");
        QCOMPARE(int(node.kind), int(FilterNode::Kind::Or));
        QCOMPARE(int(node.children[1].kind), int(FilterNode::Kind::And));
        QCOMPARE(node.children[0].attribute, std::string("a"));
        QCOMPARE(std::get<double>(node.children[0].value), 1.0);
        const auto present = parseScimFilter("title pr");
        QCOMPARE(int(present.op), int(FilterOperator::Present));
    }

    void hostileFiltersAreRefused_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "attribute";
        QTest::newRow("no operator") << "userName"
                                     << "operator";
        QTest::newRow("unknown operator") << "userName like \"a\""
                                          << "operator";
        QTest::newRow("no value") << "userName eq"
                                  << "value";
        QTest::newRow("unquoted value") << "userName eq alice"
                                        << "value";
        QTest::newRow("unclosed string") << "userName eq \"alice"
                                         << "not closed";
        QTest::newRow("unclosed parenthesis") << "(userName eq \"a\""
                                              << "')'";
        QTest::newRow("unclosed bracket") << "emails[type eq \"work\""
                                          << "']'";
        QTest::newRow("stray text") << "userName eq \"a\" )"
                                    << "unexpected";
        QTest::newRow("not without parenthesis") << "not userName eq \"a\""
                                                 << "'('";
        QTest::newRow("sql") << "userName eq \"a\"; DROP TABLE users"
                             << "unexpected";
        QTest::newRow("colon outside urn") << "user:name eq \"a\""
                                           << "URN";
        QTest::newRow("three levels") << "a.b.c eq \"x\""
                                      << "attribute path";
        QTest::newRow("name starts with digit") << "1abc eq \"x\""
                                                << "attribute path";
        QTest::newRow("control character") << "userName eq \"a\x01\""
                                           << "control";
        QTest::newRow("nul escape") << "userName eq \"\\u0000\""
                                    << "NUL";
        QTest::newRow("lone surrogate") << "userName eq \"\\ud800\""
                                        << "surrogate";
        QTest::newRow("bad escape") << "userName eq \"\\x41\""
                                    << "escape";
        QTest::newRow("short unicode escape") << "userName eq \"\\u12\""
                                              << "four hex";
        QTest::newRow("infinite number") << "x gt 1e999"
                                         << "value";
        QTest::newRow("too deep") << QString("(").repeated(40) + "a eq 1" + QString(")").repeated(40)
                                  << "16 deep";
        QStringList many;
        for (int i = 0; i < 65; ++i) {
            many << QString("a eq %1").arg(i);
        }
        QTest::newRow("too many comparisons") << many.join(" or ") << "64 comparisons";
        QTest::newRow("too long") << "userName eq \"" + QString(3000, 'a') + "\""
                                  << "2,048";
    }

    void hostileFiltersAreRefused()
    {
        QFETCH(QString, filter);
        QFETCH(QString, reason);
        try {
            parseScimFilter(filter.toStdString());
            QFAIL("the filter was accepted");
        } catch (const ScimFilterError& error) {
            QVERIFY2(QString(error.what()).contains(reason), error.what());
        }
    }

    void aNulCharacterIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(ScimFilterError, parseScimFilter(std::string("userName eq \"a\0b\"", 17)));
    }
};

QTEST_GUILESS_MAIN(TestScimFilter)
#include "TestScimFilter.moc"
