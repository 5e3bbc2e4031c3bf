// SPDX-License-Identifier: Apache-2.0
// The claim checks of an OpenID Connect ID token (Core §3.1.3.7) on a fixed clock: a good token
// passes and yields the identity; each way a token can be for someone else, stale, early, replayed
// or malformed is refused by name, including the clock skew's bound on both sides.
#include "sso/IdTokenClaims.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <QtTest>

using namespace aih::sso;

namespace {

constexpr std::int64_t now = 1'800'000'000;

IdTokenExpectations expectations()
{
    IdTokenExpectations expected;
    expected.issuer = "https://idp.example";
    expected.clientId = "aihd";
    expected.nonce = "n-0S6_WzA2Mj";
    expected.now = now;
    return expected;
}

QString goodClaims()
{
    return QString(R"({"iss":"https://idp.example","sub":"alice","aud":"aihd","exp":%1,"iat":%2,)"
                   R"("nonce":"n-0S6_WzA2Mj","email":"alice@acme.example","email_verified":true,)"
                   R"("name":"Alice","groups":["aihd-admins","staff"]})")
        .arg(now + 300)
        .arg(now - 5);
}

Poco::JSON::Object::Ptr parse(const QString& text)
{
    return Poco::JSON::Parser().parse(text.toStdString()).extract<Poco::JSON::Object::Ptr>();
}

/// The good claims with one member replaced (or removed, for an empty value).
QString with(const QString& member, const QString& value)
{
    auto object = parse(goodClaims());
    if (value.isEmpty()) {
        object->remove(member.toStdString());
    } else {
        // Wrapped in an array: the parser takes a document, not a bare scalar.
        const auto wrapped = Poco::JSON::Parser().parse("[" + value.toStdString() + "]");
        object->set(member.toStdString(), wrapped.extract<Poco::JSON::Array::Ptr>()->get(0));
    }
    std::ostringstream out;
    object->stringify(out);
    return QString::fromStdString(out.str());
}

} // namespace

class TestIdTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void aGoodTokenNamesTheUser()
    {
        const auto identity = checkIdTokenClaims(*parse(goodClaims()), expectations());
        QCOMPARE(identity.subject, std::string("alice"));
        QCOMPARE(identity.issuer, std::string("https://idp.example"));
        QCOMPARE(identity.email, std::string("alice@acme.example"));
        QVERIFY(identity.emailVerified);
        QCOMPARE(identity.groups, (std::vector<std::string>{"aihd-admins", "staff"}));
        // An audience list naming this client, with azp saying it is the one it was issued to.
        QVERIFY(checkIdTokenClaims(
                    *parse(with("aud", R"(["aihd","other"])").replace("\"sub\"", "\"azp\":\"aihd\",\"sub\"")),
                    expectations())
                    .subject == "alice");
        // Within the skew on either side.
        auto late = expectations();
        late.now = now + 300 + 60;
        QCOMPARE(checkIdTokenClaims(*parse(goodClaims()), late).subject, std::string("alice"));
    }

    void unverifiedAddressesDoNotCount()
    {
        QVERIFY(!checkIdTokenClaims(*parse(with("email_verified", "false")), expectations()).emailVerified);
        QVERIFY(!checkIdTokenClaims(*parse(with("email_verified", "")), expectations()).emailVerified);
        QVERIFY(!checkIdTokenClaims(*parse(with("email_verified", "\"yes\"")), expectations()).emailVerified);
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QString>("claims");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another issuer") << with("iss", "\"https://evil.example\"") << "issued by";
        QTest::newRow("issuer with a slash") << with("iss", "\"https://idp.example/\"") << "issued by";
        QTest::newRow("no issuer") << with("iss", "") << "iss claim";
        QTest::newRow("another audience") << with("aud", "\"other\"") << "aud";
        QTest::newRow("audience list without us") << with("aud", R"(["a","b"])") << "aud";
        QTest::newRow("audience list without azp") << with("aud", R"(["aihd","other"])") << "azp";
        QTest::newRow("azp of another client") << with("azp", "\"other\"") << "azp";
        QTest::newRow("audience not a string") << with("aud", "[1]") << "aud";
        QTest::newRow("no audience") << with("aud", "") << "aud";
        QTest::newRow("expired past the skew") << with("exp", QString::number(now - 61)) << "expired";
        QTest::newRow("exp as a string") << with("exp", QString("\"%1\"").arg(now + 300)) << "exp";
        QTest::newRow("exp huge") << with("exp", "1e300") << "exp";
        QTest::newRow("exp negative") << with("exp", "-1") << "exp";
        QTest::newRow("no exp") << with("exp", "") << "exp";
        QTest::newRow("issued ahead") << with("iat", QString::number(now + 61)) << "future";
        QTest::newRow("issued long ago") << with("iat", QString::number(now - 661)) << "too long ago";
        QTest::newRow("no iat") << with("iat", "") << "iat";
        QTest::newRow("not valid yet") << with("nbf", QString::number(now + 61)) << "nbf";
        QTest::newRow("another nonce") << with("nonce", "\"replayed\"") << "nonce";
        QTest::newRow("no nonce") << with("nonce", "") << "nonce";
        QTest::newRow("nonce a number") << with("nonce", "1") << "nonce";
        QTest::newRow("no subject") << with("sub", "") << "sub";
        QTest::newRow("empty subject") << with("sub", "\"\"") << "sub";
        QTest::newRow("long subject") << with("sub", "\"" + QString(256, 'a') + "\"") << "sub";
    }

    void badTokensAreRefused()
    {
        QFETCH(QString, claims);
        QFETCH(QString, reason);
        try {
            checkIdTokenClaims(*parse(claims), expectations());
            QFAIL("the claims were accepted");
        } catch (const IdTokenRejected& error) {
            QVERIFY2(QString(error.what()).contains(reason), error.what());
        }
    }

    void theSkewIsBounded()
    {
        // Asking for an hour of skew gets five minutes.
        auto lenient = expectations();
        lenient.clockSkewSeconds = 3600;
        lenient.now = now + 300 + 301;
        QVERIFY_THROWS_EXCEPTION(IdTokenRejected, checkIdTokenClaims(*parse(goodClaims()), lenient));
        // No nonce expected is no sign-in of ours.
        auto noNonce = expectations();
        noNonce.nonce.clear();
        QVERIFY_THROWS_EXCEPTION(IdTokenRejected, checkIdTokenClaims(*parse(with("nonce", "")), noNonce));
    }
};

QTEST_GUILESS_MAIN(TestIdTokenClaims)
#include "TestIdTokenClaims.moc"
