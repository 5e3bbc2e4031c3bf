// SPDX-License-Identifier: Apache-2.0
#include "crypto/Secrets.h"

#include <QtTest/QtTest>
#include <set>
#include <string>

using aih::crypto::constantTimeEquals;
using aih::crypto::randomToken;
using aih::crypto::sha256Hex;

namespace {

bool isBase64UrlAlphabet(const std::string& text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void sha256Base64UrlIsAPkceChallenge()
    {
        // RFC 7636, Appendix B.
        QCOMPARE(aih::crypto::sha256Base64Url("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 std::string("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void randomTokenIsUnpaddedBase64UrlOfTheRequestedBytes_data();
    void randomTokenIsUnpaddedBase64UrlOfTheRequestedBytes();
    void defaultRandomTokenCarries32Bytes();
    void randomTokensDoNotRepeat();
    void sha256HexMatchesKnownVectors_data();
    void sha256HexMatchesKnownVectors();
    void constantTimeEqualsComparesWholeStrings_data();
    void constantTimeEqualsComparesWholeStrings();
};

void TestSecrets::randomTokenIsUnpaddedBase64UrlOfTheRequestedBytes_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::newRow("1 byte") << 1 << 2;
    QTest::newRow("2 bytes") << 2 << 3;
    QTest::newRow("3 bytes") << 3 << 4;
    QTest::newRow("16 bytes") << 16 << 22;
    QTest::newRow("32 bytes") << 32 << 43;
    QTest::newRow("48 bytes") << 48 << 64;
    QTest::newRow("64 bytes") << 64 << 86;
}

void TestSecrets::randomTokenIsUnpaddedBase64UrlOfTheRequestedBytes()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    const auto token = randomToken(static_cast<std::size_t>(bytes));
    QCOMPARE(static_cast<int>(token.size()), length);
    QVERIFY2(isBase64UrlAlphabet(token), token.c_str());
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromStdString(token), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                              QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), bytes);
}

void TestSecrets::defaultRandomTokenCarries32Bytes()
{
    const auto token = randomToken();
    QCOMPARE(token.size(), std::size_t{43});
    QVERIFY(isBase64UrlAlphabet(token));
}

void TestSecrets::randomTokensDoNotRepeat()
{
    std::set<std::string> seen;
    std::set<char> characters;
    for (int i = 0; i < 1000; ++i) {
        const auto token = randomToken(16);
        QVERIFY2(seen.insert(token).second, token.c_str());
        characters.insert(token.begin(), token.end());
    }
    // 22,000 characters drawn from 64 should show (nearly) the whole alphabet, '-' and '_' included.
    QVERIFY(characters.size() >= 60);
    QVERIFY(characters.contains('-'));
    QVERIFY(characters.contains('_'));
}

void TestSecrets::sha256HexMatchesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray("")
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray(
                                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("embedded NUL") << QByteArray("\0", 1)
                                  << QByteArray(
                                         "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
}

void TestSecrets::sha256HexMatchesKnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    const auto hex = sha256Hex({input.constData(), static_cast<std::size_t>(input.size())});
    QCOMPARE(QByteArray::fromStdString(hex), digest);
}

void TestSecrets::constantTimeEqualsComparesWholeStrings_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("identical") << QByteArray("s3cr3t-token") << QByteArray("s3cr3t-token") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArray("s3cr3t-token") << QByteArray("s3cr3t-tokeN") << false;
    QTest::newRow("first byte differs") << QByteArray("s3cr3t-token") << QByteArray("S3cr3t-token") << false;
    QTest::newRow("prefix") << QByteArray("s3cr3t") << QByteArray("s3cr3t-token") << false;
    QTest::newRow("extension") << QByteArray("s3cr3t-token") << QByteArray("s3cr3t") << false;
    QTest::newRow("empty against text") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("differs after NUL") << QByteArray("ab\0c", 4) << QByteArray("ab\0d", 4) << false;
}

void TestSecrets::constantTimeEqualsComparesWholeStrings()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const std::string_view left(a.constData(), static_cast<std::size_t>(a.size()));
    const std::string_view right(b.constData(), static_cast<std::size_t>(b.size()));
    QCOMPARE(constantTimeEquals(left, right), equal);
    QCOMPARE(constantTimeEquals(right, left), equal);
}

QTEST_APPLESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
