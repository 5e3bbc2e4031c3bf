// SPDX-License-Identifier: Apache-2.0
// Which custom domains a tenant may claim, and how Host headers are read.
#include "branding/DomainName.h"
#include "tenancy/TenantDirectory.h"

#include <QtTest>

using aih::branding::checkCustomDomain;

class TestDomainName : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryDomainsAreAcceptedAndNormalised()
    {
        const auto check = checkCustomDomain("Portal.Customer.Example.", "aih.example");
        QVERIFY(check.problem.empty());
        QCOMPARE(QString::fromStdString(check.domain), QString("portal.customer.example"));
        QVERIFY(checkCustomDomain("xn--bcher-kva.example", "aih.example").problem.empty());
    }

    void badOrPlatformDomainsAreRefused_data()
    {
        QTest::addColumn<QString>("domain");
        for (const auto* domain :
             {"", "example", "localhost", "app.localhost", "127.0.0.1", "10.0.0.1.", "-bad.example",
              "bad-.example", "a..example", "exa mple.com", "ex_ample.com", "bücher.example", "aih.example",
              "acme.aih.example", "deep.acme.aih.example", "example/evil", "example.com:443"}) {
            QTest::newRow(domain) << QString::fromUtf8(domain);
        }
        QTest::newRow("label too long") << QString(64, 'a') + ".example";
        QTest::newRow("name too long") << (QString(60, 'a') + ".").repeated(5) + "example";
    }

    void badOrPlatformDomainsAreRefused()
    {
        QFETCH(QString, domain);
        QVERIFY(!checkCustomDomain(domain.toStdString(), "aih.example").problem.empty());
    }

    void parentOfTheBaseDomainIsThePlatformsToo()
    {
        QVERIFY(!checkCustomDomain("example.com", "app.example.com").problem.empty());
        QVERIFY(checkCustomDomain("other.com", "app.example.com").problem.empty());
    }

    void hostHeadersAreReducedToTheirName()
    {
        using aih::tenancy::hostName;
        QCOMPARE(QString::fromStdString(hostName("Portal.Customer.Example:8443")),
                 QString("portal.customer.example"));
        QCOMPARE(QString::fromStdString(hostName("portal.customer.example.")),
                 QString("portal.customer.example"));
        QVERIFY(hostName("127.0.0.1:8080").empty());
        QVERIFY(hostName("[::1]:8080").empty());
    }
};

QTEST_GUILESS_MAIN(TestDomainName)
#include "TestDomainName.moc"
