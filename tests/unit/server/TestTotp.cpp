// SPDX-License-Identifier: Apache-2.0
// TOTP as authenticator apps compute it: RFC 6238's own test vectors (SHA-1, truncated to the
// six digits apps show), the one-step tolerance either side and no more, and the otpauth URI.
#include "crypto/Totp.h"

#include <QtTest>

using aih::crypto::Totp;

namespace {

// RFC 6238, appendix B: the SHA-1 seed.
const std::string rfcSecret = "12345678901234567890";

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void codesAreTheRfcVectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // The RFC's eight digits, of which apps show the last six.
        QTest::newRow("59") << qint64(59) << "287082";
        QTest::newRow("1111111109") << qint64(1111111109) << "081804";
        QTest::newRow("1111111111") << qint64(1111111111) << "050471";
        QTest::newRow("1234567890") << qint64(1234567890) << "005924";
        QTest::newRow("2000000000") << qint64(2000000000) << "279037";
        QTest::newRow("20000000000") << qint64(20000000000) << "353130";
    }

    void codesAreTheRfcVectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(Totp::codeAt(rfcSecret, time)), code);
        QCOMPARE(Totp::stepOf(rfcSecret, code.toStdString(), time), std::optional<std::int64_t>(time / 30));
    }

    void aCodeIsAcceptedOneStepEitherSideAndNoFurther()
    {
        const std::int64_t now = 1'800'000'015;
        const auto step = now / 30;
        for (const int offset : {-1, 0, 1}) {
            const auto code = Totp::codeAt(rfcSecret, now + offset * 30);
            QCOMPARE(Totp::stepOf(rfcSecret, code, now), std::optional<std::int64_t>(step + offset));
        }
        for (const int offset : {-3, -2, 2, 3}) {
            QVERIFY(!Totp::stepOf(rfcSecret, Totp::codeAt(rfcSecret, now + offset * 30), now));
        }
    }

    void anythingButSixDigitsIsRefused()
    {
        const std::int64_t now = 59;
        for (const auto* typed : {"", "28708", "2870822", "28708a", " 287082", "287082\n", "94287082"}) {
            QVERIFY2(!Totp::stepOf(rfcSecret, typed, now), typed);
        }
        QVERIFY(!Totp::stepOf("another secret of twenty", "287082", now));
    }

    void secretsAreRandomAndBase32ForApps()
    {
        QCOMPARE(QString::fromStdString(Totp::base32(rfcSecret)),
                 QString("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        const auto a = Totp::newSecret();
        QCOMPARE(a.size(), std::size_t(20));
        QVERIFY(a != Totp::newSecret());
    }

    void theUriNamesIssuerAndAccountEscaped()
    {
        const auto uri = QString::fromStdString(Totp::uri("Acme & Co", "ann@acme.example", rfcSecret));
        QCOMPARE(uri, QString("otpauth://totp/Acme%20%26%20Co:ann%40acme.example"
                              "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20%26%20Co"
                              "&algorithm=SHA1&digits=6&period=30"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
