// SPDX-License-Identifier: Apache-2.0
#include "billing/WebhookSignature.h"
#include "crypto/Secrets.h"

#include <QtTest/QtTest>
#include <string>

using aih::billing::SignatureCheck;
using aih::billing::verifyStripeSignature;
using aih::crypto::hmacSha256Hex;

Q_DECLARE_METATYPE(aih::billing::SignatureCheck)

namespace {

const std::string secret = "whsec_unit_test_secret";
const std::string payload = R"({"id":"evt_test_1","object":"event"})";
constexpr long long t = 1'700'000'000;
// printf '%s' '1700000000.{"id":"evt_test_1","object":"event"}' | openssl dgst -sha256 -hmac
// whsec_unit_test_secret
const std::string opensslV1 = "2f92e792057a9118a7275af40d59df99752c03fb64cc8240dda09e9e728a97a1";

std::string header(long long timestamp, const std::string& v1)
{
    return "t=" + std::to_string(timestamp) + ",v1=" + v1;
}

std::string signatureAt(long long timestamp, const std::string& body = payload,
                        const std::string& key = secret)
{
    return hmacSha256Hex(key, std::to_string(timestamp) + "." + body);
}

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private slots:
    void hmacMatchesOpenSsl()
    {
        QCOMPARE(QByteArray::fromStdString(signatureAt(t)), QByteArray::fromStdString(opensslV1));
    }

    void validSignatureIsAccepted()
    {
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, secret, t), SignatureCheck::Valid);
    }

    void tamperedBodyIsRejected()
    {
        auto tampered = payload;
        tampered[8] = 'X';
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), tampered, secret, t), SignatureCheck::Mismatch);
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload + " ", secret, t),
                 SignatureCheck::Mismatch);
    }

    void wrongSecretIsRejected()
    {
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, "whsec_other", t),
                 SignatureCheck::Mismatch);
        QCOMPARE(verifyStripeSignature(header(t, signatureAt(t, payload, "whsec_other")), payload, secret, t),
                 SignatureCheck::Mismatch);
    }

    void signatureMadeForAnotherTimestampIsRejected()
    {
        // Moving t to a fresh time while keeping the old signature must not pass.
        QCOMPARE(verifyStripeSignature(header(t + 60, opensslV1), payload, secret, t + 60),
                 SignatureCheck::Mismatch);
    }

    void timestampExactlyAtTheToleranceIsAccepted()
    {
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, secret, t + 300),
                 SignatureCheck::Valid);
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, secret, t - 300),
                 SignatureCheck::Valid);
    }

    void staleTimestampIsRejectedInBothDirections()
    {
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, secret, t + 301),
                 SignatureCheck::Stale);
        QCOMPARE(verifyStripeSignature(header(t, opensslV1), payload, secret, t - 301),
                 SignatureCheck::Stale);
    }

    void anyOneOfSeveralV1SignaturesMayMatch()
    {
        const auto wrong = signatureAt(t, payload, "whsec_rolled_out");
        const auto both = "t=" + std::to_string(t) + ",v1=" + wrong + ",v1=" + opensslV1;
        QCOMPARE(verifyStripeSignature(both, payload, secret, t), SignatureCheck::Valid);
        const auto reversed = "t=" + std::to_string(t) + ",v1=" + opensslV1 + ",v1=" + wrong;
        QCOMPARE(verifyStripeSignature(reversed, payload, secret, t), SignatureCheck::Valid);
        const auto none = "t=" + std::to_string(t) + ",v1=" + wrong + ",v1=" + wrong;
        QCOMPARE(verifyStripeSignature(none, payload, secret, t), SignatureCheck::Mismatch);
    }

    void otherSchemesAndUnknownKeysAreIgnored()
    {
        const auto withV0 = "t=" + std::to_string(t) + ",v0=" + opensslV1 + ",v1=" + opensslV1 + ",x=1";
        QCOMPARE(verifyStripeSignature(withV0, payload, secret, t), SignatureCheck::Valid);
        // A v0 (or any other scheme) alone never counts, even carrying the right digest.
        const auto onlyV0 = "t=" + std::to_string(t) + ",v0=" + opensslV1;
        QCOMPARE(verifyStripeSignature(onlyV0, payload, secret, t), SignatureCheck::Malformed);
    }

    void malformedHeadersAreRejected_data()
    {
        QTest::addColumn<QByteArray>("value");
        const auto v1 = QByteArray::fromStdString(opensslV1);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a signature");
        QTest::newRow("no timestamp") << "v1=" + v1;
        QTest::newRow("empty timestamp") << "t=,v1=" + v1;
        QTest::newRow("text timestamp") << "t=yesterday,v1=" + v1;
        QTest::newRow("timestamp with suffix") << "t=1700000000s,v1=" + v1;
        QTest::newRow("two timestamps") << "t=1700000000,t=1700000000,v1=" + v1;
        QTest::newRow("no signature") << QByteArray("t=1700000000");
        QTest::newRow("huge") << "t=1700000000" + QByteArray(5000, ',') + ",v1=" + v1;
    }

    void malformedHeadersAreRejected()
    {
        QFETCH(QByteArray, value);
        QCOMPARE(verifyStripeSignature(value.toStdString(), payload, secret, t), SignatureCheck::Malformed);
    }

    void emptySecretNeverVerifies()
    {
        QCOMPARE(verifyStripeSignature(header(t, signatureAt(t, payload, "")), payload, "", t),
                 SignatureCheck::Malformed);
    }

    void emptyV1DoesNotMatch()
    {
        QCOMPARE(verifyStripeSignature("t=1700000000,v1=", payload, secret, t), SignatureCheck::Mismatch);
    }
};

QTEST_APPLESS_MAIN(TestWebhookSignature)
#include "TestWebhookSignature.moc"
