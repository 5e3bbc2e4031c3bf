// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyFormat.h"

#include <Poco/Checksum.h>
#include <QtTest/QtTest>
#include <set>
#include <sodium.h>
#include <string>

using aih::apikeys::displayPrefix;
using aih::apikeys::generateKey;
using aih::apikeys::parseKey;
using aih::apikeys::regenerateSecret;

namespace {

constexpr std::string_view base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::size_t keyLength = 60; // "aih_live_" + 12 + "_" + 32 + 6
constexpr std::size_t secretStart = 22;

/// The checksum as the format documents it (6 base62 characters of CRC-32 over everything before
/// it), computed independently so tests can build keys that are well-formed except for one rule.
std::string withChecksum(const std::string& body)
{
    Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
    crc.update(body.data(), static_cast<unsigned>(body.size()));
    auto value = crc.checksum();
    std::string digits(6, '0');
    for (auto i = digits.size(); i-- > 0;) {
        digits[i] = base62[value % 62];
        value /= 62;
    }
    return body + digits;
}

std::string bodyOf(const std::string& key)
{
    return key.substr(0, keyLength - 6);
}

} // namespace

class TestApiKeyFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedKeysParseBack_data();
    void generatedKeysParseBack();
    void generatedKeysAreDistinctAndBase62();
    void keyIssuedEarlierStillParses();
    void checksumIsTheDocumentedCrc32();
    void regeneratedSecretKeepsThePublicId();
    void everySingleCharacterSubstitutionIsRefused();
    void everyNearbyTranspositionIsRefused();
    void wrongLengthIsRefused_data();
    void wrongLengthIsRefused();
    void wrongPrefixIsRefusedEvenWithAValidChecksum_data();
    void wrongPrefixIsRefusedEvenWithAValidChecksum();
    void nonBase62CharacterIsRefusedEvenWithAValidChecksum_data();
    void nonBase62CharacterIsRefusedEvenWithAValidChecksum();
    void missingSeparatorIsRefusedEvenWithAValidChecksum();
    void displayPrefixShowsModeAndPublicIdButNeverTheSecret();
};

void TestApiKeyFormat::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestApiKeyFormat::generatedKeysParseBack_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("live") << "live";
    QTest::newRow("test") << "test";
}

void TestApiKeyFormat::generatedKeysParseBack()
{
    QFETCH(QString, mode);
    for (int i = 0; i < 200; ++i) {
        const auto key = generateKey(mode.toStdString());
        QCOMPARE(key.text.size(), keyLength);
        QVERIFY(key.text.starts_with("aih_" + mode.toStdString() + "_"));
        QCOMPARE(key.publicId.size(), std::size_t{12});
        QCOMPARE(key.secret.size(), std::size_t{32});
        const auto parsed = parseKey(key.text);
        QVERIFY2(parsed, key.text.c_str());
        QCOMPARE(parsed->mode, mode.toStdString());
        QCOMPARE(parsed->publicId, key.publicId);
        QCOMPARE(parsed->secret, key.secret);
    }
}

void TestApiKeyFormat::generatedKeysAreDistinctAndBase62()
{
    std::set<std::string> ids;
    std::set<std::string> secrets;
    for (int i = 0; i < 1000; ++i) {
        const auto key = generateKey("live");
        QVERIFY(key.publicId.find_first_not_of(base62) == std::string::npos);
        QVERIFY(key.secret.find_first_not_of(base62) == std::string::npos);
        ids.insert(key.publicId);
        secrets.insert(key.secret);
    }
    QCOMPARE(ids.size(), std::size_t{1000});
    QCOMPARE(secrets.size(), std::size_t{1000});
}

void TestApiKeyFormat::keyIssuedEarlierStillParses()
{
    // Customers hold keys for years: a change to the checksum or layout would lock them all out.
    const std::string issued = "aih_live_Zp1Pz0BMU8vL_CKSJyqdRUsAnQXaYn2C0UwRbwiG5CiVY0tOktr";
    const auto parsed = parseKey(issued);
    QVERIFY(parsed);
    QCOMPARE(parsed->mode, std::string("live"));
    QCOMPARE(parsed->publicId, std::string("Zp1Pz0BMU8vL"));
    QCOMPARE(parsed->secret, std::string("CKSJyqdRUsAnQXaYn2C0UwRbwiG5CiVY"));
}

void TestApiKeyFormat::checksumIsTheDocumentedCrc32()
{
    // Secret scanners reimplement this check; the helper the other tests rely on must agree too.
    for (int i = 0; i < 100; ++i) {
        const auto key = generateKey(i % 2 ? "live" : "test");
        QCOMPARE(withChecksum(bodyOf(key.text)), key.text);
    }
}

void TestApiKeyFormat::regeneratedSecretKeepsThePublicId()
{
    const auto original = generateKey("test");
    const auto rotated = regenerateSecret("test", original.publicId);
    QCOMPARE(rotated.publicId, original.publicId);
    QVERIFY(rotated.secret != original.secret);
    QVERIFY(rotated.text != original.text);
    const auto parsed = parseKey(rotated.text);
    QVERIFY(parsed);
    QCOMPARE(parsed->publicId, original.publicId);
    QCOMPARE(parsed->secret, rotated.secret);
    QCOMPARE(parsed->mode, std::string("test"));
}

void TestApiKeyFormat::everySingleCharacterSubstitutionIsRefused()
{
    const auto key = generateKey("live").text;
    // Base62 substitutions are the typos that pass every other rule; a few others for good measure.
    const std::string replacements = std::string(base62) + "_-+/= .\x7f\x80\xff";
    int tried = 0;
    for (std::size_t position = 0; position < key.size(); ++position) {
        for (const char replacement : replacements) {
            if (replacement == key[position]) {
                continue;
            }
            auto mistyped = key;
            mistyped[position] = replacement;
            ++tried;
            QVERIFY2(!parseKey(mistyped), mistyped.c_str());
        }
    }
    QVERIFY(tried > 60 * 62);
}

void TestApiKeyFormat::everyNearbyTranspositionIsRefused()
{
    // CRC-32 detects every error confined to 32 consecutive bits, so swapping two different
    // characters up to three apart inside the body can never slip through; a swap inside the
    // checksum changes it, and one across the border would need a 1 in 2^32 coincidence.
    for (int round = 0; round < 20; ++round) {
        const auto key = generateKey(round % 2 ? "live" : "test").text;
        for (std::size_t distance = 1; distance <= 3; ++distance) {
            for (std::size_t i = 0; i + distance < key.size(); ++i) {
                if (key[i] == key[i + distance]) {
                    continue;
                }
                auto swapped = key;
                std::swap(swapped[i], swapped[i + distance]);
                QVERIFY2(!parseKey(swapped), swapped.c_str());
            }
        }
    }
}

void TestApiKeyFormat::wrongLengthIsRefused_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("empty") << -60;
    QTest::newRow("prefix only") << -51;
    QTest::newRow("one short") << -1;
    QTest::newRow("one long") << 1;
    QTest::newRow("doubled") << 60;
}

void TestApiKeyFormat::wrongLengthIsRefused()
{
    QFETCH(int, change);
    const auto key = generateKey("live").text;
    std::string text;
    if (change < 0) {
        text = key.substr(0, key.size() - static_cast<std::size_t>(-change));
    } else {
        text = key + key.substr(0, static_cast<std::size_t>(change));
    }
    QVERIFY(!parseKey(text));
    // Also when the checksum is right for the body, so only the length rule can refuse it.
    if (text.size() > 6) {
        QVERIFY(!parseKey(withChecksum(text.substr(0, text.size() - 6))));
    }
}

void TestApiKeyFormat::wrongPrefixIsRefusedEvenWithAValidChecksum_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("other mode") << "aih_prod_";
    QTest::newRow("upper case") << "AIH_live_";
    QTest::newRow("upper case mode") << "aih_LIVE_";
    QTest::newRow("other product") << "abc_live_";
    QTest::newRow("no underscores") << "aihxlivex";
    QTest::newRow("another vendor") << "sk_live_x";
}

void TestApiKeyFormat::wrongPrefixIsRefusedEvenWithAValidChecksum()
{
    QFETCH(QString, prefix);
    const auto key = generateKey("live").text;
    const auto forged = withChecksum(prefix.toStdString() + bodyOf(key).substr(9));
    QCOMPARE(forged.size(), keyLength);
    QVERIFY2(!parseKey(forged), forged.c_str());
}

void TestApiKeyFormat::nonBase62CharacterIsRefusedEvenWithAValidChecksum_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QByteArray>("character");
    QTest::newRow("dash in public id") << 9 << QByteArray("-");
    QTest::newRow("underscore in public id") << 15 << QByteArray("_");
    QTest::newRow("space in public id") << 20 << QByteArray(" ");
    QTest::newRow("plus in secret") << 22 << QByteArray("+");
    QTest::newRow("slash in secret") << 40 << QByteArray("/");
    QTest::newRow("padding in secret") << 53 << QByteArray("=");
    QTest::newRow("underscore in secret") << 30 << QByteArray("_");
    QTest::newRow("nul in secret") << 31 << QByteArray(1, '\0');
    QTest::newRow("non-ascii in secret") << 32 << QByteArray("\xc3");
}

void TestApiKeyFormat::nonBase62CharacterIsRefusedEvenWithAValidChecksum()
{
    QFETCH(int, position);
    QFETCH(QByteArray, character);
    auto body = bodyOf(generateKey("test").text);
    body[static_cast<std::size_t>(position)] = character.at(0);
    const auto forged = withChecksum(body);
    QCOMPARE(forged.size(), keyLength);
    QVERIFY(!parseKey(forged));
}

void TestApiKeyFormat::missingSeparatorIsRefusedEvenWithAValidChecksum()
{
    const auto key = generateKey("live");
    QCOMPARE(key.text[secretStart - 1], '_');
    for (const char replacement : {'0', 'a', 'Z', '-'}) {
        auto body = bodyOf(key.text);
        body[secretStart - 1] = replacement;
        QVERIFY(!parseKey(withChecksum(body)));
    }
    // Dropping the separator and padding the secret keeps the length right but not the layout.
    const auto shifted = withChecksum(key.text.substr(0, secretStart - 1) + key.secret + "x");
    QCOMPARE(shifted.size(), keyLength);
    QVERIFY(!parseKey(shifted));
}

void TestApiKeyFormat::displayPrefixShowsModeAndPublicIdButNeverTheSecret()
{
    for (int i = 0; i < 200; ++i) {
        const auto mode = i % 2 ? "live" : "test";
        const auto key = generateKey(mode);
        const auto shown = displayPrefix(mode, key.publicId);
        QCOMPARE(shown, "aih_" + std::string(mode) + "_" + key.publicId);
        QVERIFY(key.text.starts_with(shown + "_"));
        QCOMPARE(shown.size(), secretStart - 1);
        QVERIFY(shown.find(key.secret) == std::string::npos);
        QVERIFY(key.text.find(key.secret) >= shown.size());
    }
}

QTEST_APPLESS_MAIN(TestApiKeyFormat)
#include "TestApiKeyFormat.moc"
