// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyHasher.h"

#include <QtTest/QtTest>
#include <optional>
#include <sodium.h>
#include <string>

using aih::apikeys::ApiKeyHasher;

namespace {

const std::string serverSecret = "9f2c4e1a7b3d5f60812a4c6e8b0d2f41a3c5e7f9b1d3f5a7";
const std::string otherServerSecret = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071";
const std::string keySecret = "CKSJyqdRUsAnQXaYn2C0UwRbwiG5CiVY";

bool isLowerHex(const std::string& text)
{
    return text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

} // namespace

class TestApiKeyHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashIsSixtyFourLowercaseHexDigits();
    void hashIsDeterministicForOneServerSecret();
    void hashOfAKnownSecretNeverChanges();
    void otherServerSecretGivesAnotherHash();
    void differentKeySecretsGiveDifferentHashes();
    void hashDoesNotRevealTheSecret();
    void matchingSecretMatches();
    void wrongSecretOrDamagedHashDoesNotMatch_data();
    void wrongSecretOrDamagedHashDoesNotMatch();
    void hashUnderAnotherServerSecretDoesNotMatch();
    void serverSecretsLongerThanSixtyFourBytesAreUsedInFull();
};

void TestApiKeyHasher::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestApiKeyHasher::hashIsSixtyFourLowercaseHexDigits()
{
    const ApiKeyHasher hasher(serverSecret);
    for (const auto& secret : {keySecret, std::string(), std::string("x"), std::string(1000, 'a')}) {
        const auto hash = hasher.hash(secret);
        QCOMPARE(hash.size(), std::size_t{64});
        QVERIFY2(isLowerHex(hash), hash.c_str());
    }
}

void TestApiKeyHasher::hashIsDeterministicForOneServerSecret()
{
    const ApiKeyHasher hasher(serverSecret);
    const ApiKeyHasher sameServer(serverSecret);
    QCOMPARE(hasher.hash(keySecret), hasher.hash(keySecret));
    QCOMPARE(sameServer.hash(keySecret), hasher.hash(keySecret));
}

void TestApiKeyHasher::hashOfAKnownSecretNeverChanges()
{
    // Stored hashes outlive releases: a changed derivation would make every issued key invalid.
    // Computed independently as HMAC-SHA256 keyed with BLAKE2b-256(key = server secret,
    // message = "aih api key hashing v1").
    const ApiKeyHasher hasher(serverSecret);
    QCOMPARE(hasher.hash(keySecret),
             std::string("52b0beddb8fa81ca8b676517374bb9080eda14df7e4af0b7581ea4252c1b3ee9"));
}

void TestApiKeyHasher::otherServerSecretGivesAnotherHash()
{
    const ApiKeyHasher hasher(serverSecret);
    const ApiKeyHasher other(otherServerSecret);
    QVERIFY(hasher.hash(keySecret) != other.hash(keySecret));
    // One character of the server secret is enough to change everything.
    auto nearlySame = serverSecret;
    nearlySame.back() = 'x';
    QVERIFY(ApiKeyHasher(nearlySame).hash(keySecret) != hasher.hash(keySecret));
}

void TestApiKeyHasher::differentKeySecretsGiveDifferentHashes()
{
    const ApiKeyHasher hasher(serverSecret);
    auto nearlySame = keySecret;
    nearlySame[0] = 'D';
    QVERIFY(hasher.hash(nearlySame) != hasher.hash(keySecret));
    QVERIFY(hasher.hash("") != hasher.hash(keySecret));
    // Embedded NUL is part of the input, not its end.
    QVERIFY(hasher.hash(std::string("ab\0c", 4)) != hasher.hash(std::string("ab\0d", 4)));
}

void TestApiKeyHasher::hashDoesNotRevealTheSecret()
{
    const ApiKeyHasher hasher(serverSecret);
    const auto hash = hasher.hash(keySecret);
    QVERIFY(hash.find(keySecret.substr(0, 8)) == std::string::npos);
    // Nor is it a plain digest anyone could recompute from a database dump without the server key.
    unsigned char plain[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(plain, reinterpret_cast<const unsigned char*>(keySecret.data()), keySecret.size());
    char plainHex[sizeof plain * 2 + 1];
    sodium_bin2hex(plainHex, sizeof plainHex, plain, sizeof plain);
    QVERIFY(hash != std::string(plainHex));
}

void TestApiKeyHasher::matchingSecretMatches()
{
    const ApiKeyHasher hasher(serverSecret);
    QVERIFY(hasher.matches(keySecret, hasher.hash(keySecret)));
    QVERIFY(ApiKeyHasher(serverSecret).matches(keySecret, hasher.hash(keySecret)));
}

void TestApiKeyHasher::wrongSecretOrDamagedHashDoesNotMatch_data()
{
    const ApiKeyHasher hasher(serverSecret);
    const auto stored = hasher.hash(keySecret);
    auto flipped = stored;
    flipped[63] = flipped[63] == '0' ? '1' : '0';
    auto upper = QByteArray::fromStdString(stored).toUpper().toStdString();

    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("storedHash");
    QTest::newRow("other secret") << QByteArray("CKSJyqdRUsAnQXaYn2C0UwRbwiG5CiVZ")
                                  << QByteArray::fromStdString(stored);
    QTest::newRow("empty secret") << QByteArray() << QByteArray::fromStdString(stored);
    QTest::newRow("secret with a suffix")
        << QByteArray::fromStdString(keySecret + "x") << QByteArray::fromStdString(stored);
    QTest::newRow("last digit flipped")
        << QByteArray::fromStdString(keySecret) << QByteArray::fromStdString(flipped);
    QTest::newRow("truncated hash") << QByteArray::fromStdString(keySecret)
                                    << QByteArray::fromStdString(stored.substr(0, 63));
    QTest::newRow("hash with a suffix")
        << QByteArray::fromStdString(keySecret) << QByteArray::fromStdString(stored + "0");
    QTest::newRow("empty hash") << QByteArray::fromStdString(keySecret) << QByteArray();
    QTest::newRow("the secret itself")
        << QByteArray::fromStdString(keySecret) << QByteArray::fromStdString(keySecret);
    if (upper != stored) {
        QTest::newRow("upper-case hash")
            << QByteArray::fromStdString(keySecret) << QByteArray::fromStdString(upper);
    }
}

void TestApiKeyHasher::wrongSecretOrDamagedHashDoesNotMatch()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, storedHash);
    const ApiKeyHasher hasher(serverSecret);
    QVERIFY(!hasher.matches(secret.toStdString(), storedHash.toStdString()));
}

void TestApiKeyHasher::hashUnderAnotherServerSecretDoesNotMatch()
{
    // A hash copied from another deployment's database proves nothing here.
    const ApiKeyHasher hasher(serverSecret);
    const ApiKeyHasher other(otherServerSecret);
    QVERIFY(!hasher.matches(keySecret, other.hash(keySecret)));
}

void TestApiKeyHasher::serverSecretsLongerThanSixtyFourBytesAreUsedInFull()
{
    // `openssl rand -base64 64` gives 88 characters, a valid SECRET_KEY. The hasher is rebuilt in
    // the same storage so a key derivation that silently did nothing would show as stale key
    // material left by the previous hasher rather than as random garbage.
    const std::string longSecret(88, 'k');
    auto otherLongSecret = longSecret;
    otherLongSecret.back() = 'q';
    std::optional<ApiKeyHasher> hasher;
    hasher.emplace(serverSecret);
    const auto underShort = hasher->hash(keySecret);
    hasher.emplace(longSecret);
    const auto underLong = hasher->hash(keySecret);
    hasher.emplace(otherLongSecret);
    const auto underOtherLong = hasher->hash(keySecret);

    // crypto_generichash() takes keys of at most 64 bytes and returns -1 for longer ones; the
    // constructor ignores that and keeps whatever key_ held before.
    QVERIFY(underLong != underShort);
    QVERIFY(underOtherLong != underLong);
    QCOMPARE(ApiKeyHasher(longSecret).hash(keySecret), underLong);
}

QTEST_APPLESS_MAIN(TestApiKeyHasher)
#include "TestApiKeyHasher.moc"
