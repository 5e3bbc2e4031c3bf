// SPDX-License-Identifier: Apache-2.0
// JSON Web Keys and Signatures as an OpenID provider sends them: keys made here with OpenSSL and
// published as JWKs, tokens signed with them (RS256, ES256), and the forgeries a relying party
// must refuse: a changed payload, `alg: none`, HMAC keyed with the public key, an algorithm the
// caller did not allow, a `crit` header, an unknown `kid`, a key smuggled in the header, a
// re-encoded ES256 signature, malformed parts, and key sets that are too big or leak private keys.
#include "crypto/Base64Url.h"
#include "crypto/Jwk.h"
#include "crypto/Jws.h"
#include "crypto/Secrets.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <QtTest>
#include <array>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

using namespace aih::crypto;

namespace {

using Key = std::shared_ptr<EVP_PKEY>;
constexpr std::array<std::string_view, 2> both{"RS256", "ES256"};

Key rsaKey(unsigned bits = 2048)
{
    return {EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)), EVP_PKEY_free};
}

Key p256Key()
{
    return {EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free};
}

std::string bignumBytes(EVP_PKEY* key, const char* name)
{
    BIGNUM* number = nullptr;
    EVP_PKEY_get_bn_param(key, name, &number);
    std::string bytes(static_cast<std::size_t>(BN_num_bytes(number)), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(number);
    return bytes;
}

/// The public JWK of a key, as a provider's jwks_uri lists it.
Poco::JSON::Object::Ptr publicJwk(const Key& key, const std::string& kid)
{
    Poco::JSON::Object::Ptr jwk = new Poco::JSON::Object;
    jwk->set("kid", kid);
    jwk->set("use", "sig");
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        jwk->set("kty", "RSA");
        jwk->set("n", encodeBase64Url(bignumBytes(key.get(), OSSL_PKEY_PARAM_RSA_N)));
        jwk->set("e", encodeBase64Url(bignumBytes(key.get(), OSSL_PKEY_PARAM_RSA_E)));
    } else {
        jwk->set("kty", "EC");
        jwk->set("crv", "P-256");
        std::string x(32, '\0');
        std::string y(32, '\0');
        BIGNUM* bx = nullptr;
        BIGNUM* by = nullptr;
        EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &bx);
        EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &by);
        BN_bn2binpad(bx, reinterpret_cast<unsigned char*>(x.data()), 32);
        BN_bn2binpad(by, reinterpret_cast<unsigned char*>(y.data()), 32);
        BN_free(bx);
        BN_free(by);
        jwk->set("x", encodeBase64Url(x));
        jwk->set("y", encodeBase64Url(y));
    }
    return jwk;
}

std::string json(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

std::string signature(const Key& key, std::string_view input)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key.get(), nullptr);
    std::size_t length = 0;
    EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.data()),
                   input.size());
    std::string out(length, '\0');
    EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                   reinterpret_cast<const unsigned char*>(input.data()), input.size());
    out.resize(length);
    if (!EVP_PKEY_is_a(key.get(), "EC")) {
        return out;
    }
    // DER to the r || s that JWS carries.
    const auto* der = reinterpret_cast<const unsigned char*>(out.data());
    ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(out.size()));
    std::string raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(parsed), reinterpret_cast<unsigned char*>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(parsed), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
    ECDSA_SIG_free(parsed);
    return raw;
}

std::string token(const Key& key, const Poco::JSON::Object::Ptr& header, const std::string& payload)
{
    const auto input = encodeBase64Url(json(header)) + "." + encodeBase64Url(payload);
    return input + "." + encodeBase64Url(signature(key, input));
}

Poco::JSON::Object::Ptr header(const std::string& alg, const std::string& kid)
{
    Poco::JSON::Object::Ptr h = new Poco::JSON::Object;
    h->set("alg", alg);
    if (!kid.empty()) {
        h->set("kid", kid);
    }
    return h;
}

const std::string claims = "{\"iss\":\"https://idp.example\",\"sub\":\"alice\",\"aud\":\"aihd\"}";

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        rsa = rsaKey();
        ec = p256Key();
        keys.push_back(PublicJwk::fromJson(*publicJwk(rsa, "rsa-1")));
        keys.push_back(PublicJwk::fromJson(*publicJwk(ec, "ec-1")));
    }

    void base64UrlIsStrict()
    {
        QCOMPARE(decodeBase64Url("aGk").value_or("?"), std::string("hi"));
        QCOMPARE(decodeBase64Url("").value_or("?"), std::string());
        for (const auto* bad : {"aGk=", "aG k", "aGk+", "aGk/", "a", "aGk\n", "ÿÿ"}) {
            QVERIFY2(!decodeBase64Url(bad), bad);
        }
    }

    void rs256AndEs256TokensVerify()
    {
        for (const auto& [key, alg, kid] :
             {std::tuple{rsa, "RS256", "rsa-1"}, std::tuple{ec, "ES256", "ec-1"}}) {
            const auto verified = verifyJws(token(key, header(alg, kid), claims), keys, both);
            QCOMPARE(verified.claims->getValue<std::string>("sub"), std::string("alice"));
            QCOMPARE(verified.header->getValue<std::string>("kid"), std::string(kid));
        }
        // Without a kid, every key of the algorithm is tried.
        QCOMPARE(verifyJws(token(ec, header("ES256", ""), claims), keys, both)
                     .claims->getValue<std::string>("aud"),
                 std::string("aihd"));
    }

    void forgeriesAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("token");
        const auto good = token(rsa, header("RS256", "rsa-1"), claims);
        const auto parts = QString::fromStdString(good).split('.');
        const auto otherPayload = QString::fromStdString(
            encodeBase64Url("{\"iss\":\"https://idp.example\",\"sub\":\"mallory\",\"aud\":\"aihd\"}"));
        QTest::newRow("changed payload")
            << int(JwsFault::BadSignature) << parts[0] + "." + otherPayload + "." + parts[2];
        QTest::newRow("alg none") << int(JwsFault::AlgorithmNotAllowed)
                                  << QString::fromStdString(encodeBase64Url(json(header("none", "rsa-1")))) +
                                         "." + parts[1] + ".";
        // HMAC keyed with the public key's JSON: the classic confusion; there is no HMAC path.
        const auto hsInput = encodeBase64Url(json(header("HS256", "rsa-1"))) + "." + encodeBase64Url(claims);
        QTest::newRow("HS256 with the public key")
            << int(JwsFault::AlgorithmNotAllowed)
            << QString::fromStdString(hsInput + "." +
                                      hmacSha256Base64Url(json(publicJwk(rsa, "rsa-1")), hsInput));
        auto critical = header("RS256", "rsa-1");
        critical->set("crit", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
        QTest::newRow("crit") << int(JwsFault::CriticalExtension)
                              << QString::fromStdString(token(rsa, critical, claims));
        QTest::newRow("unknown kid") << int(JwsFault::UnknownKey)
                                     << QString::fromStdString(token(rsa, header("RS256", "rsa-2"), claims));
        // An attacker's own key, named by the real kid and carried in the header: never used.
        const auto attacker = rsaKey();
        auto smuggled = header("RS256", "rsa-1");
        smuggled->set("jwk", publicJwk(attacker, "rsa-1"));
        smuggled->set("jku", "https://evil.example/jwks");
        QTest::newRow("key in the header")
            << int(JwsFault::BadSignature) << QString::fromStdString(token(attacker, smuggled, claims));
        // The same ES256 signature with r and s each given a leading zero byte: 66 bytes.
        const auto es = QString::fromStdString(token(ec, header("ES256", "ec-1"), claims)).split('.');
        const auto raw = *decodeBase64Url(es[2].toStdString());
        const auto padded = std::string(1, '\0') + raw.substr(0, 32) + std::string(1, '\0') + raw.substr(32);
        QTest::newRow("ES256 signature of 66 bytes")
            << int(JwsFault::BadSignature)
            << es[0] + "." + es[1] + "." + QString::fromStdString(encodeBase64Url(padded));
        // An RS256 token checked against the EC key's kid: the kid exists, the algorithm does not fit.
        QTest::newRow("kid of another algorithm")
            << int(JwsFault::UnknownKey)
            << QString::fromStdString(token(rsa, header("RS256", "ec-1"), claims));
        QTest::newRow("two parts") << int(JwsFault::Malformed) << parts[0] + "." + parts[1];
        QTest::newRow("four parts") << int(JwsFault::Malformed) << good.c_str() + QString(".x");
        QTest::newRow("padded signature") << int(JwsFault::Malformed) << QString::fromStdString(good) + "==";
        QTest::newRow("payload not JSON")
            << int(JwsFault::Malformed)
            << parts[0] + "." + QString::fromStdString(encodeBase64Url("alice")) + "." + parts[2];
        QTest::newRow("payload an array")
            << int(JwsFault::Malformed)
            << parts[0] + "." + QString::fromStdString(encodeBase64Url("[1]")) + "." + parts[2];
        QTest::newRow("too long") << int(JwsFault::Malformed)
                                  << parts[0] + "." + QString(20000, 'A') + "." + parts[2];
    }

    void forgeriesAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, token);
        try {
            verifyJws(token.toStdString(), keys, both);
            QFAIL("the token was accepted");
        } catch (const JwsError& error) {
            QVERIFY2(int(error.fault()) == fault, error.what());
        }
    }

    void onlyTheAllowedAlgorithmsCount()
    {
        const std::array<std::string_view, 1> esOnly{"ES256"};
        try {
            verifyJws(token(rsa, header("RS256", "rsa-1"), claims), keys, esOnly);
            QFAIL("an RS256 token passed where only ES256 is allowed");
        } catch (const JwsError& error) {
            QCOMPARE(int(error.fault()), int(JwsFault::AlgorithmNotAllowed));
        }
    }

    void unusableKeysAreRefused()
    {
        const auto refused = [](const Poco::JSON::Object::Ptr& jwk) {
            try {
                PublicJwk::fromJson(*jwk);
                return false;
            } catch (const JwkError&) {
                return true;
            }
        };
        QVERIFY(refused(publicJwk(rsaKey(1024), "small")));
        auto encryption = publicJwk(rsa, "enc");
        encryption->set("use", "enc");
        QVERIFY(refused(encryption));
        auto wrongAlg = publicJwk(rsa, "ps");
        wrongAlg->set("alg", "PS256");
        QVERIFY(refused(wrongAlg));
        // A point off the curve: y changed by one bit.
        auto offCurve = publicJwk(ec, "off");
        auto y = *decodeBase64Url(offCurve->getValue<std::string>("y"));
        y.back() = static_cast<char>(y.back() ^ 1);
        offCurve->set("y", encodeBase64Url(y));
        QVERIFY(refused(offCurve));
        auto p384 = publicJwk(ec, "p384");
        p384->set("crv", "P-384");
        QVERIFY(refused(p384));
        auto evenExponent = publicJwk(rsa, "even");
        evenExponent->set("e", encodeBase64Url(std::string(1, '\x02')));
        QVERIFY(refused(evenExponent));
    }

    void keySetsKeepTheUsableKeys()
    {
        auto encryption = publicJwk(rsa, "enc");
        encryption->set("use", "enc");
        const auto set = "{\"keys\":[" + json(publicJwk(rsa, "a")) + "," + json(encryption) + "," +
                         json(publicJwk(ec, "b")) + ",{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AA\"}]}";
        const auto usable = parseJwks(set);
        QCOMPARE(usable.size(), std::size_t{2});
        QCOMPARE(usable[0].kid(), std::string("a"));
        QCOMPARE(usable[1].algorithm(), std::string("ES256"));

        auto leaked = publicJwk(rsa, "leak");
        leaked->set("d", "AAAA");
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks("{\"keys\":[" + json(leaked) + "]}"));
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks("[]"));
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks("{\"keys\": 1}"));
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks("not json"));
        std::string many = "{\"keys\":[";
        for (int i = 0; i < 33; ++i) {
            many += std::string(i ? "," : "") + "{\"kty\":\"oct\"}";
        }
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks(many + "]}"));
        QVERIFY_THROWS_EXCEPTION(JwkError, parseJwks(std::string(70 * 1024, ' ')));
    }

private:
    Key rsa;
    Key ec;
    std::vector<PublicJwk> keys;
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
