// SPDX-License-Identifier: Apache-2.0
// Account mail: the language chosen from Accept-Language, names made single-line before they
// reach a header, and the tenant's brand in the body with everything it chose escaped.
#include "accounts/AccountMail.h"
#include "accounts/Notices.h"
#include "mail/MailLanguage.h"

#include <QtTest>
#include <limits>

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

    void theKeyNoticeEscapesTheKeysNameAndKeepsItOnOneLine()
    {
        const MailBrand brand{"Acme", "#112233", ""};
        const auto mail =
            keyExpiringMail("en", brand, "<i>ci</i>\r\nBcc: x@y", "aih_live_ab12", "2027-01-05");
        QCOMPARE(mail.subject,
                 std::string("Acme: the API key \"<i>ci</i>  Bcc: x@y\" expires on 2027-01-05"));
        QVERIFY(mail.text.find("(aih_live_ab12)") != std::string::npos);
        QVERIFY(mail.html.find("&lt;i&gt;ci&lt;/i&gt;") != std::string::npos);
        QVERIFY(mail.html.find("<i>ci") == std::string::npos);
    }

    void valuesAreNeverReadForPlaceholders()
    {
        // A key's name and a brand are the tenant's people's choice: what they bring in stays
        // as it is, and the placeholders of the words are each filled once.
        const MailBrand brand{"{name} Corp", "#112233", ""};
        const auto mail = keyExpiringMail("en", brand, "{date}{brand}", "aih_live_ab12", "2027-01-05");
        QCOMPARE(mail.subject,
                 std::string("{name} Corp: the API key \"{date}{brand}\" expires on 2027-01-05"));
        QVERIFY(mail.text.find("{date}{brand}") != std::string::npos);
    }

    void everyNoticeIsFilledInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "de", "fr", "es"}) {
            QTest::newRow(language) << QString(language);
        }
    }

    void everyNoticeIsFilledInEveryLanguage()
    {
        QFETCH(QString, language);
        const MailBrand brand{"Acme", "#112233", ""};
        const auto lang = language.toStdString();
        for (const auto& mail : {keyExpiringMail(lang, brand, "ci", "aih_live_ab12", "2027-01-05"),
                                 paymentFailedMail(lang, brand, "99.00 USD", "in_123", 2),
                                 chainBrokenMail(lang, brand, 42, "entry_altered"),
                                 quotaThresholdMail(lang, brand, 80, "8", "10", "2027-01-01 00:00")}) {
            for (const auto* part : {&mail.subject, &mail.text, &mail.html}) {
                QVERIFY2(part->find('{') == std::string::npos, part->c_str());
                QVERIFY(part->find("Acme") != std::string::npos);
            }
            QVERIFY(mail.html.find("lang=\"" + lang + "\"") != std::string::npos);
        }
        QVERIFY(paymentFailedMail(lang, brand, "99.00 USD", "in_123", 2).text.find("99.00 USD") !=
                std::string::npos);
        QVERIFY(chainBrokenMail(lang, brand, 42, "entry_altered").text.find("42") != std::string::npos);
    }

    void amountsReadAsPeopleWriteThem()
    {
        QCOMPARE(formatAmount(9900, "usd"), std::string("99.00 USD"));
        QCOMPARE(formatAmount(1205, "EUR"), std::string("12.05 EUR"));
        QCOMPARE(formatAmount(7, "gbp"), std::string("0.07 GBP"));
        QCOMPARE(formatAmount(1200, "jpy"), std::string("1200 JPY"));
        QCOMPARE(formatAmount(-250, "usd"), std::string("-2.50 USD"));
        QCOMPARE(formatAmount(1500, "kwd"), std::string("1.500 KWD")); // thousandths
        QCOMPARE(formatAmount(0, "eur"), std::string("0.00 EUR"));
        QCOMPARE(formatAmount(std::numeric_limits<long long>::min(), "jpy"),
                 std::string("-9223372036854775808 JPY"));
    }
};

QTEST_GUILESS_MAIN(TestAccountMail)
#include "TestAccountMail.moc"
