// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyVerifier.h"

#include <QtTest/QtTest>
#include <string>
#include <vector>

using aih::apikeys::scopeNames;
using aih::apikeys::scopesFromNames;
using Names = std::vector<std::string>;

Q_DECLARE_METATYPE(Names)

class TestApiKeyScopes : public QObject
{
    Q_OBJECT

private slots:
    void eachNameIsItsOwnBit_data();
    void eachNameIsItsOwnBit();
    void everyScopeSetRoundTripsInCanonicalOrder();
    void namesInAnyOrderGiveTheSameBits();
    void unknownNamesGrantNothing_data();
    void unknownNamesGrantNothing();
    void duplicatesAndUnknownsAreDetectableByTheRoundTrip_data();
    void duplicatesAndUnknownsAreDetectableByTheRoundTrip();
    void bitsOutsideTheKnownScopesHaveNoName();
};

void TestApiKeyScopes::eachNameIsItsOwnBit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<unsigned>("bit");
    QTest::newRow("read") << "read" << unsigned{aih::identity::ScopeRead};
    QTest::newRow("write") << "write" << unsigned{aih::identity::ScopeWrite};
    QTest::newRow("admin") << "admin" << unsigned{aih::identity::ScopeAdmin};
}

void TestApiKeyScopes::eachNameIsItsOwnBit()
{
    QFETCH(QString, name);
    QFETCH(unsigned, bit);
    QCOMPARE(scopesFromNames({name.toStdString()}), bit);
    QCOMPARE(scopeNames(bit), Names{name.toStdString()});
}

void TestApiKeyScopes::everyScopeSetRoundTripsInCanonicalOrder()
{
    const std::vector<std::pair<unsigned, std::string>> all = {{aih::identity::ScopeRead, "read"},
                                                               {aih::identity::ScopeWrite, "write"},
                                                               {aih::identity::ScopeAdmin, "admin"}};
    for (unsigned bits = 0; bits < 8; ++bits) {
        Names expected;
        for (const auto& [bit, name] : all) {
            if (bits & bit) {
                expected.push_back(name);
            }
        }
        QCOMPARE(scopeNames(bits), expected);
        QCOMPARE(scopesFromNames(scopeNames(bits)), bits);
    }
}

void TestApiKeyScopes::namesInAnyOrderGiveTheSameBits()
{
    const unsigned all = aih::identity::ScopeRead | aih::identity::ScopeWrite | aih::identity::ScopeAdmin;
    QCOMPARE(scopesFromNames({"admin", "read", "write"}), all);
    QCOMPARE(scopesFromNames({"write", "admin", "read"}), all);
    QCOMPARE(scopeNames(scopesFromNames({"write", "read"})), (Names{"read", "write"}));
}

void TestApiKeyScopes::unknownNamesGrantNothing_data()
{
    QTest::addColumn<Names>("names");
    QTest::newRow("none") << Names{};
    QTest::newRow("empty name") << Names{""};
    QTest::newRow("upper case") << Names{"READ", "Write", "ADMIN"};
    QTest::newRow("padded") << Names{" read", "write ", "admin\n"};
    QTest::newRow("made up") << Names{"superuser", "*", "all", "owner"};
    QTest::newRow("prefix of a name") << Names{"re", "writ", "adm"};
    QTest::newRow("longer than a name") << Names{"reader", "writes", "administrator"};
}

void TestApiKeyScopes::unknownNamesGrantNothing()
{
    QFETCH(Names, names);
    QCOMPARE(scopesFromNames(names), 0u);
}

void TestApiKeyScopes::duplicatesAndUnknownsAreDetectableByTheRoundTrip_data()
{
    // Key creation refuses scope lists whose round trip changes their length; these must change it.
    QTest::addColumn<Names>("names");
    QTest::addColumn<bool>("valid");
    QTest::newRow("read") << Names{"read"} << true;
    QTest::newRow("all three") << Names{"read", "write", "admin"} << true;
    QTest::newRow("duplicate") << Names{"read", "read"} << false;
    QTest::newRow("duplicate among others") << Names{"write", "admin", "write"} << false;
    QTest::newRow("unknown beside a known one") << Names{"read", "root"} << false;
    QTest::newRow("only unknown") << Names{"root"} << false;
}

void TestApiKeyScopes::duplicatesAndUnknownsAreDetectableByTheRoundTrip()
{
    QFETCH(Names, names);
    QFETCH(bool, valid);
    QCOMPARE(scopeNames(scopesFromNames(names)).size() == names.size(), valid);
}

void TestApiKeyScopes::bitsOutsideTheKnownScopesHaveNoName()
{
    QCOMPARE(scopeNames(8u), Names{});
    QCOMPARE(scopeNames(0xfffffff8u), Names{});
    QCOMPARE(scopeNames(0xffffffffu), (Names{"read", "write", "admin"}));
}

QTEST_APPLESS_MAIN(TestApiKeyScopes)
#include "TestApiKeyScopes.moc"
