// SPDX-License-Identifier: Apache-2.0
#include "auth/TokenSigner.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>
#include <QtTest/QtTest>
#include <chrono>
#include <sstream>
#include <string>

using aih::auth::TokenSigner;
using aih::identity::Principal;

Q_DECLARE_METATYPE(aih::Role)

namespace {

const std::string secret = "0123456789abcdef0123456789abcdef-test-secret";
const std::string otherSecret = "fedcba9876543210fedcba9876543210-other-secret";
constexpr std::chrono::seconds ttl{15 * 60};

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Principal alice(aih::Role role = aih::Role::Manager)
{
    Principal principal;
    principal.kind = Principal::Kind::User;
    principal.userId = "5f1c1f0e-7a43-4f55-9b8e-3d2c1b0a9f8e";
    principal.tenantId = "c0ffee00-1234-4abc-8def-0123456789ab";
    principal.sessionId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    principal.role = role;
    return principal;
}

QList<QByteArray> partsOf(const std::string& token)
{
    return QByteArray::fromStdString(token).split('.');
}

std::string joinParts(const QList<QByteArray>& parts)
{
    return parts.join('.').toStdString();
}

Poco::JSON::Object::Ptr decodeJson(const QByteArray& part)
{
    const auto json = QByteArray::fromBase64(part, base64url).toStdString();
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

QByteArray encodeJson(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(object, out);
    return QByteArray::fromStdString(out.str()).toBase64(base64url);
}

/// A token signed with `key` by Poco directly, so claims can be set that TokenSigner would not.
std::string handSigned(const std::string& key, const std::string& issuer, const std::string& role,
                       const std::string& tenant,
                       const std::string& algorithm = Poco::JWT::Signer::ALGO_HS256)
{
    Poco::JWT::Token token;
    token.setType("JWT");
    if (!issuer.empty()) {
        token.setIssuer(issuer);
    }
    token.setSubject(alice().userId);
    token.setIssuedAt(Poco::Timestamp());
    token.setExpiration(Poco::Timestamp() + Poco::Timestamp::TimeDiff(600) * Poco::Timestamp::resolution());
    if (!tenant.empty()) {
        token.payload().set("tid", tenant);
    }
    token.payload().set("sid", alice().sessionId);
    if (!role.empty()) {
        token.payload().set("role", role);
    }
    Poco::JWT::Signer signer(key);
    return signer.sign(token, algorithm);
}

} // namespace

class TestTokenSigner : public QObject
{
    Q_OBJECT

private slots:
    void issuedTokenRoundTripsThePrincipal_data();
    void issuedTokenRoundTripsThePrincipal();
    void tokenIsHs256Jwt();
    void tokensForTheSamePrincipalDiffer();
    void tamperedPayloadIsRejected();
    void forgedSignatureIsRejected();
    void tokenFromAnotherSecretIsRejected();
    void unsignedAlgNoneTokenIsRejected();
    void otherHmacAlgorithmIsRejected();
    void expiredTokenIsRejected();
    void foreignIssuerIsRejected();
    void missingOrUnknownClaimsAreRejected();
    void garbageIsRejectedWithoutThrowing_data();
    void garbageIsRejectedWithoutThrowing();
};

void TestTokenSigner::issuedTokenRoundTripsThePrincipal_data()
{
    QTest::addColumn<aih::Role>("role");
    QTest::newRow("user") << aih::Role::User;
    QTest::newRow("manager") << aih::Role::Manager;
    QTest::newRow("admin") << aih::Role::Admin;
}

void TestTokenSigner::issuedTokenRoundTripsThePrincipal()
{
    QFETCH(aih::Role, role);
    const TokenSigner signer(secret, ttl);
    QCOMPARE(signer.ttl(), ttl);
    const auto original = alice(role);

    const auto verified = signer.verify(signer.issue(original));
    QVERIFY(verified.has_value());
    QVERIFY(verified->kind == Principal::Kind::User);
    QCOMPARE(QByteArray::fromStdString(verified->userId), QByteArray::fromStdString(original.userId));
    QCOMPARE(QByteArray::fromStdString(verified->tenantId), QByteArray::fromStdString(original.tenantId));
    QCOMPARE(QByteArray::fromStdString(verified->sessionId), QByteArray::fromStdString(original.sessionId));
    QCOMPARE(verified->role, role);
}

void TestTokenSigner::tokenIsHs256Jwt()
{
    const TokenSigner signer(secret, ttl);
    const auto parts = partsOf(signer.issue(alice()));
    QCOMPARE(parts.size(), 3);
    const auto header = decodeJson(parts[0]);
    QCOMPARE(QByteArray::fromStdString(header->getValue<std::string>("alg")), QByteArray("HS256"));
    const auto payload = decodeJson(parts[1]);
    QCOMPARE(QByteArray::fromStdString(payload->getValue<std::string>("iss")), QByteArray("aihd"));
    QCOMPARE(QByteArray::fromStdString(payload->getValue<std::string>("role")), QByteArray("manager"));
    const auto lifetime = payload->getValue<double>("exp") - payload->getValue<double>("iat");
    QVERIFY2(lifetime >= 899.0 && lifetime <= 901.0, QByteArray::number(lifetime).constData());
    QVERIFY(!parts[2].isEmpty());
}

void TestTokenSigner::tokensForTheSamePrincipalDiffer()
{
    const TokenSigner signer(secret, ttl);
    const auto first = signer.issue(alice());
    const auto second = signer.issue(alice());
    QVERIFY(first != second);
    QVERIFY(decodeJson(partsOf(first)[1])->getValue<std::string>("jti") !=
            decodeJson(partsOf(second)[1])->getValue<std::string>("jti"));
}

void TestTokenSigner::tamperedPayloadIsRejected()
{
    const TokenSigner signer(secret, ttl);
    auto parts = partsOf(signer.issue(alice(aih::Role::User)));
    QCOMPARE(parts.size(), 3);

    // Promote ourselves to admin, keeping the original signature.
    auto payload = decodeJson(parts[1]);
    payload->set("role", "admin");
    parts[1] = encodeJson(payload);
    QVERIFY(!signer.verify(joinParts(parts)).has_value());

    // Moving to another tenant is just as dead.
    auto other = partsOf(signer.issue(alice()));
    auto otherPayload = decodeJson(other[1]);
    otherPayload->set("tid", "deadbeef-0000-4000-8000-000000000000");
    other[1] = encodeJson(otherPayload);
    QVERIFY(!signer.verify(joinParts(other)).has_value());
}

void TestTokenSigner::forgedSignatureIsRejected()
{
    const TokenSigner signer(secret, ttl);
    const auto token = signer.issue(alice());
    auto parts = partsOf(token);
    QVERIFY(signer.verify(joinParts(parts)).has_value());

    // Change the first signature character: it carries six significant bits.
    parts[2][0] = parts[2][0] == 'A' ? 'B' : 'A';
    QVERIFY(!signer.verify(joinParts(parts)).has_value());

    parts[2].clear();
    QVERIFY(!signer.verify(joinParts(parts)).has_value());
}

void TestTokenSigner::tokenFromAnotherSecretIsRejected()
{
    const TokenSigner ours(secret, ttl);
    const TokenSigner theirs(otherSecret, ttl);
    const auto token = theirs.issue(alice(aih::Role::Admin));
    QVERIFY(theirs.verify(token).has_value());
    QVERIFY(!ours.verify(token).has_value());
}

void TestTokenSigner::unsignedAlgNoneTokenIsRejected()
{
    const TokenSigner signer(secret, ttl);
    const auto parts = partsOf(signer.issue(alice(aih::Role::Admin)));
    const QByteArray noneHeader = QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(base64url);

    QVERIFY(!signer.verify(joinParts({noneHeader, parts[1], QByteArray()})).has_value());
    QVERIFY(!signer.verify(joinParts({noneHeader, parts[1], parts[2]})).has_value());
    const QByteArray upperNone = QByteArray(R"({"alg":"None","typ":"JWT"})").toBase64(base64url);
    QVERIFY(!signer.verify(joinParts({upperNone, parts[1], QByteArray()})).has_value());
}

void TestTokenSigner::otherHmacAlgorithmIsRejected()
{
    const TokenSigner signer(secret, ttl);
    const auto hs256 = handSigned(secret, "aihd", "admin", alice().tenantId);
    QVERIFY(signer.verify(hs256).has_value()); // the hand-made token is otherwise acceptable
    const auto hs512 = handSigned(secret, "aihd", "admin", alice().tenantId, Poco::JWT::Signer::ALGO_HS512);
    QVERIFY(!signer.verify(hs512).has_value());
}

void TestTokenSigner::expiredTokenIsRejected()
{
    const TokenSigner expired(secret, std::chrono::seconds(-5));
    const auto token = expired.issue(alice());
    QVERIFY(!expired.verify(token).has_value());
    // A verifier with a long ttl still goes by the token's own expiry.
    const TokenSigner longLived(secret, std::chrono::hours(24));
    QVERIFY(!longLived.verify(token).has_value());
    QVERIFY(longLived.verify(longLived.issue(alice())).has_value());
}

void TestTokenSigner::foreignIssuerIsRejected()
{
    const TokenSigner signer(secret, ttl);
    QVERIFY(!signer.verify(handSigned(secret, "someone-else", "user", alice().tenantId)).has_value());
    QVERIFY(!signer.verify(handSigned(secret, "", "user", alice().tenantId)).has_value());
}

void TestTokenSigner::missingOrUnknownClaimsAreRejected()
{
    const TokenSigner signer(secret, ttl);
    QVERIFY(signer.verify(handSigned(secret, "aihd", "user", alice().tenantId)).has_value());
    QVERIFY(!signer.verify(handSigned(secret, "aihd", "", alice().tenantId)).has_value());
    QVERIFY(!signer.verify(handSigned(secret, "aihd", "owner", alice().tenantId)).has_value());
    QVERIFY(!signer.verify(handSigned(secret, "aihd", "Admin", alice().tenantId)).has_value());
    QVERIFY(!signer.verify(handSigned(secret, "aihd", "user", "")).has_value());
}

void TestTokenSigner::garbageIsRejectedWithoutThrowing_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("word") << QByteArray("garbage");
    QTest::newRow("dots only") << QByteArray("..");
    QTest::newRow("three words") << QByteArray("a.b.c");
    QTest::newRow("too many parts") << QByteArray("a.b.c.d.e");
    QTest::newRow("bearer prefix") << QByteArray("Bearer a.b.c");
    QTest::newRow("not base64") << QByteArray("!!!.###.$$$");
    QTest::newRow("header not json") << QByteArray("bm90IGpzb24.e30.c2ln");
    QTest::newRow("json array header") << QByteArray("W10.W10.c2ln");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01.\x80.\x7f", 9);
}

void TestTokenSigner::garbageIsRejectedWithoutThrowing()
{
    QFETCH(QByteArray, token);
    const TokenSigner signer(secret, ttl);
    std::optional<Principal> result;
    try {
        result = signer.verify(token.toStdString());
    } catch (const std::exception& error) {
        QFAIL(error.what());
    }
    QVERIFY(!result.has_value());
}

QTEST_APPLESS_MAIN(TestTokenSigner)
#include "TestTokenSigner.moc"
