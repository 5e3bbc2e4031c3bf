// SPDX-License-Identifier: Apache-2.0
// The signature outbound webhooks carry: byte for byte what openssl computes, readable by the
// Stripe-scheme verifier billing uses for Stripe's own deliveries, and during a rotation's grace
// valid under either secret. Sealed secrets open only for their tenant and endpoint.
#include "billing/WebhookSignature.h"
#include "webhooks/WebhookSigning.h"

#include <QtTest/QtTest>
#include <stdexcept>
#include <string>

using aih::billing::SignatureCheck;
using aih::billing::verifyStripeSignature;
using namespace aih::webhooks;

namespace {

const std::string secret = "whsec_unit_test_secret";
const std::string payload = R"({"id":"evt_test_1","object":"event"})";
constexpr long long t = 1'700'000'000;
// printf '%s' '1700000000.{"id":"evt_test_1","object":"event"}' | openssl dgst -sha256 -hmac
// whsec_unit_test_secret
const std::string opensslV1 = "2f92e792057a9118a7275af40d59df99752c03fb64cc8240dda09e9e728a97a1";

} // namespace

class TestOutboundSigning : public QObject
{
    Q_OBJECT

private slots:
    void theHeaderIsStripesScheme()
    {
        QCOMPARE(signatureHeader(payload, t, secret), "t=1700000000,v1=" + opensslV1);
        QCOMPARE(verifyStripeSignature(signatureHeader(payload, t, secret), payload, secret, t),
                 SignatureCheck::Valid);
        // Another body or another secret does not verify.
        QCOMPARE(verifyStripeSignature(signatureHeader(payload, t, secret), payload + " ", secret, t),
                 SignatureCheck::Mismatch);
        QCOMPARE(verifyStripeSignature(signatureHeader(payload, t, "whsec_other"), payload, secret, t),
                 SignatureCheck::Mismatch);
    }

    void aRotationsGraceSignsWithBoth()
    {
        const auto header = signatureHeader(payload, t, "whsec_new", std::string(secret));
        QCOMPARE(header, "t=1700000000,v1=" + signatureHeader(payload, t, "whsec_new").substr(16) +
                             ",v1=" + opensslV1);
        QCOMPARE(verifyStripeSignature(header, payload, secret, t), SignatureCheck::Valid);
        QCOMPARE(verifyStripeSignature(header, payload, "whsec_new", t), SignatureCheck::Valid);
        // No previous secret (or an empty one): a single signature.
        QCOMPARE(signatureHeader(payload, t, secret, std::string()), "t=1700000000,v1=" + opensslV1);
    }

    void newSecretsAreLongAndDistinct()
    {
        const auto a = newEndpointSecret();
        const auto b = newEndpointSecret();
        QVERIFY(a.starts_with("whsec_"));
        QCOMPARE(a.size(), std::size_t{6 + 43});
        QVERIFY(a != b);
    }

    void aSealedSecretOpensOnlyWhereItWasSealed()
    {
        const EndpointSecrets secrets("a server secret of enough length for the tests, 0123456789");
        const auto sealed = secrets.seal(secret, "tenant-a", "endpoint-1");
        QVERIFY(sealed.find(secret) == std::string::npos);
        QCOMPARE(secrets.open(sealed, "tenant-a", "endpoint-1"), secret);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, secrets.open(sealed, "tenant-b", "endpoint-1"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, secrets.open(sealed, "tenant-a", "endpoint-2"));
        const EndpointSecrets otherServer("another server secret of enough length, 9876543210");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, otherServer.open(sealed, "tenant-a", "endpoint-1"));
    }
};

QTEST_APPLESS_MAIN(TestOutboundSigning)
#include "TestOutboundSigning.moc"
