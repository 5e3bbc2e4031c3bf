// SPDX-License-Identifier: Apache-2.0
// Server addresses: https everywhere except this computer; profiles keyed by server and account.
#include "core/session/ServerProfile.h"

#include <QtTest>

using aih::console::ServerProfile;

class TestServerProfile : public QObject
{
    Q_OBJECT

private slots:
    void serverAddressesAreChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://aih.example.com" << true;
        QTest::newRow("no scheme means https") << "aih.example.com:8443" << true;
        QTest::newRow("https with path prefix") << "https://example.com/aih/" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::newRow("http remote") << "http://aih.example.com" << false;
        QTest::newRow("http private lan") << "http://192.168.1.20:8080" << false;
        QTest::newRow("ftp") << "ftp://aih.example.com" << false;
        QTest::newRow("user info") << "https://admin:pw@aih.example.com" << false;
        QTest::newRow("query") << "https://aih.example.com/?x=1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces only") << "   " << false;
    }

    void serverAddressesAreChecked()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        const auto problem = ServerProfile::serverUrlProblem(ServerProfile::serverUrlFromText(typed));
        QVERIFY2(problem.has_value() != accepted, problem ? qPrintable(*problem) : "accepted");
    }

    void idSeparatesAccountsAndIgnoresCase()
    {
        const ServerProfile a{{}, QUrl("https://AIH.example.com/"), "Acme", "Ann@Acme.example"};
        const ServerProfile b{"renamed", QUrl("https://aih.example.com"), "acme", "ann@acme.example"};
        const ServerProfile other{{}, QUrl("https://aih.example.com"), "acme", "bob@acme.example"};
        const ServerProfile otherServer{{}, QUrl("https://aih2.example.com"), "acme", "ann@acme.example"};
        QCOMPARE(a.id(), b.id());
        QVERIFY(a.id() != other.id());
        QVERIFY(a.id() != otherServer.id());
    }

    void profilesRoundTripThroughJson()
    {
        const ServerProfile profile{"Production", QUrl("https://aih.example.com"), "acme",
                                    "ann@acme.example"};
        const auto read = ServerProfile::fromJson(profile.toJson());
        QVERIFY(read);
        QCOMPARE(read->id(), profile.id());
        QCOMPARE(read->displayName(), QString("Production"));
        QVERIFY(
            !ServerProfile::fromJson({{"server", "http://evil.example"}, {"tenant", "a"}, {"email", "b"}}));
    }
};

QTEST_GUILESS_MAIN(TestServerProfile)
#include "TestServerProfile.moc"
