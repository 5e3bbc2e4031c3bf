// SPDX-License-Identifier: Apache-2.0
// Account mail: the language chosen from Accept-Language, names made single-line before they
// reach a header, and the tenant's brand in the body with everything it chose escaped.
#include "accounts/AccountMail.h"
#include "mail/MailLanguage.h"

#include <QtTest>

using namespace aih::accounts;

class TestAccountMail : public QObject
{
    Q_OBJECT

private slots:
    void theLanguageIsTheBestKnownOneAsked_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << ""
                              << "en";
        QTest::newRow("region") << "de-CH"
                                << "de";
        QTest::newRow("q-values") << "it, fr;q=0.5, es;q=0.9"
                                  << "es";
        QTest::newRow("unknown only") << "ja, zh"
                                      << "en";
        QTest::newRow("zero weight") << "fr;q=0, de;q=0.1"
                                     << "de";
        QTest::newRow("garbage q") << "fr;q=abc, es"
                                   << "es";
    }

    void theLanguageIsTheBestKnownOneAsked()
    {
        QFETCH(QString, header);
        QFETCH(QString, language);
        QCOMPARE(QString::fromStdString(aih::mail::mailLanguage(header.toStdString())), language);
    }

    void controlCharactersBecomeSpaces()
    {
        QCOMPARE(singleLine("Acme\r\nBcc: x@y.example\t!"), std::string("Acme  Bcc: x@y.example !"));
    }

    void theResetMailCarriesTheBrandAndEscapesIt()
    {
        const MailBrand brand{"<b>Acme</b> & Co", "#112233", "https://acme.aih.example/portal/assets/abc"};
        const auto mail =
            passwordResetMail("de", brand, "https://acme.aih.example/portal/reset-password?token=t", 30);
        QVERIFY(mail.subject.find("Passwort") != std::string::npos);
        QVERIFY(mail.text.find("30 Minuten") != std::string::npos);
        QVERIFY(mail.text.find("https://acme.aih.example/portal/reset-password?token=t") !=
                std::string::npos);
        QVERIFY(mail.html.find("&lt;b&gt;Acme&lt;/b&gt; &amp; Co") != std::string::npos);
        QVERIFY(mail.html.find("<b>Acme") == std::string::npos);
        QVERIFY(mail.html.find("#112233") != std::string::npos);
        QVERIFY(mail.html.find("<img src=\"https://acme.aih.example/portal/assets/abc\"") !=
                std::string::npos);
        QVERIFY(mail.html.find("lang=\"de\"") != std::string::npos);
    }

    void theQuotaNoticeHasNoLinkAndEscapesTheBrand()
    {
        const MailBrand brand{"<b>Acme</b> & Co", "#112233", ""};
        const auto mail = quotaThresholdMail("fr", brand, 80, "800,000", "1,000,000", "2027-01-01 00:00");
        QCOMPARE(mail.subject, std::string("<b>Acme</b> & Co : 80 % des appels d'API du mois utilisés"));
        QVERIFY(mail.text.find("800,000 des 1,000,000 appels") != std::string::npos);
        QVERIFY(mail.text.find("2027-01-01 00:00 (UTC)") != std::string::npos);
        QVERIFY(mail.text.find("administrateur de <b>Acme</b> & Co") != std::string::npos);
        QVERIFY(mail.html.find("&lt;b&gt;Acme&lt;/b&gt; &amp; Co") != std::string::npos);
        QVERIFY(mail.html.find("<a href") == std::string::npos);
        QVERIFY(mail.html.find("<img") == std::string::npos);
        // An unknown language reads English.
        QVERIFY(quotaThresholdMail("pt", brand, 50, "1", "2", "x").subject.find("API calls used") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAccountMail)
#include "TestAccountMail.moc"
