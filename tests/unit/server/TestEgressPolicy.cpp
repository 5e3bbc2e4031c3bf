// SPDX-License-Identifier: Apache-2.0
// Where a tenant's URL may make the server connect: public unicast only, the operator's allowed
// blocks besides, and plain http only to those. The guarded client refuses before connecting,
// whichever way the address is spelled.
#include "egress/EgressPolicy.h"
#include "egress/GuardedHttpClient.h"

#include <QtTest>

using aih::egress::EgressError;
using aih::egress::EgressPolicy;
using aih::egress::GuardedHttpClient;
using aih::egress::isPublicAddress;
using aih::egress::OutboundRequest;
using Poco::Net::IPAddress;

class TestEgressPolicy : public QObject
{
    Q_OBJECT

private slots:
    void specialAddressesAreNotPublic_data()
    {
        QTest::addColumn<QString>("address");
        for (const auto* address : {"127.0.0.1",
                                    "127.255.255.254",
                                    "10.1.2.3",
                                    "172.16.0.1",
                                    "172.31.255.255",
                                    "192.168.1.1",
                                    "169.254.169.254",
                                    "100.64.0.1",
                                    "0.0.0.0",
                                    "192.0.2.10",
                                    "198.18.0.1",
                                    "224.0.0.1",
                                    "255.255.255.255",
                                    "::1",
                                    "::",
                                    "fe80::1",
                                    "fc00::1",
                                    "fd12:3456::1",
                                    "ff02::1",
                                    "::ffff:127.0.0.1",
                                    "::ffff:169.254.169.254",
                                    "::ffff:8.8.8.8",
                                    "64:ff9b::a00:1",
                                    "::7f00:1",
                                    "2001:db8::1",
                                    "2002:7f00:1::1"}) {
            QTest::newRow(address) << address;
        }
    }

    void specialAddressesAreNotPublic()
    {
        QFETCH(QString, address);
        QVERIFY(!isPublicAddress(IPAddress(address.toStdString())));
        QVERIFY(!EgressPolicy().permits(IPAddress(address.toStdString())));
    }

    void publicAddressesArePublic_data()
    {
        QTest::addColumn<QString>("address");
        for (const auto* address :
             {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2a00:1450:4001::200e"}) {
            QTest::newRow(address) << address;
        }
    }

    void publicAddressesArePublic()
    {
        QFETCH(QString, address);
        QVERIFY(isPublicAddress(IPAddress(address.toStdString())));
    }

    void theOperatorMayAllowBlocks()
    {
        const EgressPolicy policy(aih::util::parseAddressBlocks("127.0.0.0/8, 10.20.0.0/16"));
        QVERIFY(policy.permits(IPAddress("127.0.0.1")));
        QVERIFY(policy.explicitlyAllowed(IPAddress("10.20.5.5")));
        QVERIFY(!policy.permits(IPAddress("10.21.0.1")));
        QVERIFY(!policy.explicitlyAllowed(IPAddress("8.8.8.8"))); // public, but no plain http there
        QVERIFY(policy.permits(IPAddress("8.8.8.8")));
    }

    void theClientRefusesBeforeConnecting_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("metadata") << "http://169.254.169.254/latest/meta-data";
        QTest::newRow("loopback") << "https://127.0.0.1:1/x";
        QTest::newRow("decimal loopback") << "https://2130706433/x";
        QTest::newRow("mapped") << "https://[::ffff:10.0.0.1]/x";
        QTest::newRow("plain http to public") << "http://8.8.8.8/x";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("gopher") << "gopher://8.8.8.8/x";
        QTest::newRow("user info") << "https://user@8.8.8.8/x";
        QTest::newRow("no host") << "https:///x";
    }

    void theClientRefusesBeforeConnecting()
    {
        QFETCH(QString, url);
        const GuardedHttpClient client(EgressPolicy(), std::chrono::milliseconds(500), 1024);
        OutboundRequest request;
        request.url = url.toStdString();
        try {
            client.send(request);
            QFAIL("the request was made");
        } catch (const EgressError& error) {
            // A refusal by policy, or (the decimal form, which the resolver may not take) no address;
            // never a connection attempt that timed out.
            QVERIFY2(error.kind != EgressError::Kind::TooLarge, error.what());
            if (url != "https://2130706433/x") {
                QCOMPARE(static_cast<int>(error.kind), static_cast<int>(EgressError::Kind::Refused));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEgressPolicy)
#include "TestEgressPolicy.moc"
