// SPDX-License-Identifier: Apache-2.0
// A provider's discovery document as a relying party must read it: the issuer exactly the
// configured one, the code flow, S256 when PKCE methods are listed, an algorithm we verify; and
// the role a provider's groups give a user.
#include "sso/OidcDiscovery.h"
#include "sso/SsoConnection.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <QtTest>
#include <sstream>

using namespace aih::sso;

namespace {

const std::string issuer = "https://login.acme.example";

Poco::JSON::Object::Ptr goodDocument()
{
    return Poco::JSON::Parser()
        .parse(
            R"({"issuer":"https://login.acme.example",)"
            R"("authorization_endpoint":"https://login.acme.example/auth",)"
            R"("token_endpoint":"https://login.acme.example/token",)"
            R"("jwks_uri":"https://login.acme.example/jwks","response_types_supported":["code","id_token"],)"
            R"("code_challenge_methods_supported":["S256"],)"
            R"("id_token_signing_alg_values_supported":["PS256","ES256","RS256"],)"
            R"("authorization_response_iss_parameter_supported":true})")
        .extract<Poco::JSON::Object::Ptr>();
}

std::string text(const Poco::JSON::Object::Ptr& document)
{
    std::ostringstream out;
    document->stringify(out);
    return out.str();
}

} // namespace

class TestOidcDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void aGoodDocumentIsRead()
    {
        const auto metadata = parseDiscovery(text(goodDocument()), issuer);
        QCOMPARE(metadata.issuer, issuer);
        QCOMPARE(metadata.tokenEndpoint, std::string("https://login.acme.example/token"));
        QCOMPARE(metadata.signingAlgorithms, (std::vector<std::string>{"RS256", "ES256"}));
        QVERIFY(metadata.issParameterSupported);
        QCOMPARE(discoveryUrl(issuer + "/"), issuer + "/.well-known/openid-configuration");
    }

    void unusableDocumentsAreRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value"); // JSON; empty: the member removed
        QTest::newRow("other issuer") << "issuer"
                                      << "\"https://evil.example\"";
        QTest::newRow("issuer with slash") << "issuer"
                                           << "\"https://login.acme.example/\"";
        QTest::newRow("no token endpoint") << "token_endpoint"
                                           << "";
        QTest::newRow("jwks not a url") << "jwks_uri"
                                        << "\"file:///etc/passwd\"";
        QTest::newRow("jwks a number") << "jwks_uri"
                                       << "7";
        QTest::newRow("no code flow") << "response_types_supported"
                                      << "[\"id_token\"]";
        QTest::newRow("plain pkce only") << "code_challenge_methods_supported"
                                         << "[\"plain\"]";
        QTest::newRow("hmac only") << "id_token_signing_alg_values_supported"
                                   << "[\"HS256\",\"none\"]";
    }

    void unusableDocumentsAreRefused()
    {
        QFETCH(QString, member);
        QFETCH(QString, value);
        auto document = goodDocument();
        if (value.isEmpty()) {
            document->remove(member.toStdString());
        } else {
            const auto wrapped = Poco::JSON::Parser().parse("[" + value.toStdString() + "]");
            document->set(member.toStdString(), wrapped.extract<Poco::JSON::Array::Ptr>()->get(0));
        }
        QVERIFY_THROWS_EXCEPTION(ProviderError, parseDiscovery(text(document), issuer));
    }

    void notAnObjectOrTooLargeIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(ProviderError, parseDiscovery("[]", issuer));
        QVERIFY_THROWS_EXCEPTION(ProviderError, parseDiscovery("{", issuer));
        QVERIFY_THROWS_EXCEPTION(ProviderError, parseDiscovery(std::string(70'000, ' ') + "{}", issuer));
    }

    void withoutAlgorithmsRs256IsAssumed()
    {
        auto document = goodDocument();
        document->remove("id_token_signing_alg_values_supported");
        QCOMPARE(parseDiscovery(text(document), issuer).signingAlgorithms, std::vector<std::string>{"RS256"});
    }

    void groupsMapToTheHighestRole()
    {
        RoleMapping mapping;
        mapping.groupRoles = {{"staff", aih::Role::Manager}, {"admins", aih::Role::Admin}};
        QCOMPARE(mappedRole(mapping, {}), aih::Role::User);
        QCOMPARE(mappedRole(mapping, {"staff"}), aih::Role::Manager);
        QCOMPARE(mappedRole(mapping, {"admins", "staff"}), aih::Role::Admin);
        QCOMPARE(mappedRole(mapping, {"staff", "admins"}), aih::Role::Admin);
        mapping.defaultRole = aih::Role::Manager;
        QCOMPARE(mappedRole(mapping, {"visitors"}), aih::Role::Manager);
    }
};

QTEST_GUILESS_MAIN(TestOidcDiscovery)
#include "TestOidcDiscovery.moc"
