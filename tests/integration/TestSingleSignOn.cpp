// SPDX-License-Identifier: Apache-2.0
// Single sign-on with OpenID Connect against a real OpenID Provider (npm oidc-provider, on
// loopback): connections and domains as an admin sets them up, the code flow with PKCE as the
// console runs it (its loopback redirect, RFC 8252), every way an ID token can be wrong, key
// rotation, just-in-time accounts, "require SSO", and what another tenant cannot touch.
#include "ApiHelpers.h"
#include "DnsServerProcess.h"
#include "OidcProviderProcess.h"
#include "RedisProcess.h"
#include "SmtpServerProcess.h"
#include "SsoAppSignIn.h"
#include "SsoServer.h"
#include "Wait.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace aih::test;

namespace {

const std::string connectionsPath = "/api/enterprise/sso/connections";
const std::string domainsPath = "/api/enterprise/sso/domains";
const QString appRedirect = "http://127.0.0.1:53682/callback";
const QString clientSecret = "provider-client-secret-0123456789";

} // namespace

class TestSingleSignOn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!tools.installed() ||
            !QFile::exists(QString(AIH_OPENAPI_TOOLS) + "/node_modules/oidc-provider")) {
            QFAIL(qPrintable(tools.missingMessage()));
        }
        QVERIFY2(dns.start(), "dnsmasq did not start (scripts/install-deps installs it)");
        QVERIFY2(smtp.start(), "the SMTP server did not start (scripts/install-deps installs aiosmtpd)");
        sso = std::make_unique<SsoServer>(smtp.serverEnvironment(
            {{"AIH_DNS_SERVER", dns.address()}, {"AIH_SSO_KEY_REFRESH_SECONDS", "2"}}));
        publicUrl = sso->publicUrl;
        http = sso->client.get();

        const QStringList callback{sso->callbackUrl()};
        provider = std::make_unique<OidcProviderProcess>(
            tools, OidcProviderProcess::defaultScript(),
            QList<OidcClient>{{"aihd-rs", clientSecret, callback, "RS256"},
                              {"aihd-es", clientSecret, callback, "ES256"},
                              {"aihd-public", "", callback, "ES256"}});
        QVERIFY2(provider->start(), qPrintable(provider->log()));

        acme = createTenant(client(), "acme-sso", "enterprise");
        rival = createTenant(client(), "rival-sso", "enterprise");
        pro = createTenant(client(), "pro-sso", "pro");
    }

    void cleanupTestCase()
    {
        provider.reset();
        sso.reset();
    }

    void connectionsNeedTheEnterprisePlan()
    {
        const auto refused = createConnection(pro, connectionBody("aihd-rs"));
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.json()["required_plan"].toString(), QString("enterprise"));
        QCOMPARE(client().get(connectionsPath, bearer(pro.accessToken)).status, 402);
    }

    void badConnectionsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("ftp issuer") << "issuer" << QJsonValue("ftp://idp.example") << 422;
        QTest::newRow("issuer with query") << "issuer" << QJsonValue("https://idp.example/?x=1") << 422;
        QTest::newRow("not a url") << "issuer" << QJsonValue("idp.example") << 422;
        QTest::newRow("empty client") << "client_id" << QJsonValue("") << 422;
        QTest::newRow("no openid scope") << "scopes" << QJsonValue("email profile") << 422;
        QTest::newRow("unknown role") << "default_role" << QJsonValue("owner") << 422;
        QTest::newRow("saml") << "protocol" << QJsonValue("saml") << 422;
        QTest::newRow("group to no role") << "role_map" << QJsonValue(QJsonObject{{"g", "root"}}) << 422;
        QTest::newRow("break glass nobody")
            << "break_glass_user_id" << QJsonValue("00000000-0000-4000-8000-000000000000") << 422;
        QTest::newRow("unknown field") << "password" << QJsonValue("x") << 400;
    }

    void badConnectionsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        auto body = connectionBody("aihd-rs");
        body[field] = value;
        QCOMPARE(createConnection(acme, body).status, status);
    }

    void anAdminSetsUpAConnection()
    {
        auto body = connectionBody("aihd-rs");
        body["role_map"] = QJsonObject{{"aihd-admins", "admin"}, {"staff", "manager"}};
        const auto created = createConnection(acme, body);
        QCOMPARE(created.status, 201);
        const auto connection = created.json();
        rsConnection = connection["id"].toString();
        QCOMPARE(connection["protocol"].toString(), QString("oidc"));
        QCOMPARE(connection["issuer"].toString(), provider->issuer());
        QCOMPARE(connection["discovery_url"].toString(),
                 provider->issuer() + "/.well-known/openid-configuration");
        QCOMPARE(connection["redirect_uri"].toString(), publicUrl + "/api/auth/sso/oidc/callback");
        QCOMPARE(connection["client_secret_set"].toBool(), true);
        QVERIFY(!created.body.contains(clientSecret.toUtf8()));
        QCOMPARE(connection["role_map"].toObject()["aihd-admins"].toString(), QString("admin"));

        const auto listed = client().get(connectionsPath, bearer(acme.accessToken));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()["connections"].toArray().size(), 1);

        const auto entries = auditEntries(client(), acme.accessToken, "action=sso.connection_created");
        QCOMPARE(entries.size(), 1);
        QVERIFY(!QJsonDocument(entries).toJson().contains(clientSecret.toUtf8()));
    }

    void anotherTenantCannotSeeOrChangeIt()
    {
        const auto path = connectionsPath + "/" + rsConnection.toStdString();
        QCOMPARE(client().get(path, bearer(rival.accessToken)).status, 404);
        QCOMPARE(client().patch(path, {{"enabled", false}}, bearer(rival.accessToken)).status, 404);
        QCOMPARE(client().del(path, bearer(rival.accessToken)).status, 404);
        QCOMPARE(
            client().get(connectionsPath, bearer(rival.accessToken)).json()["connections"].toArray().size(),
            0);
        // Nor can a member of the tenant who is not an admin.
        const auto member = createUserAndLogin(client(), acme, "member@acme-sso.test", "manager");
        QCOMPARE(client().get(path, bearer(member.accessToken)).status, 403);
        QCOMPARE(client().get(path, bearer(acme.accessToken)).status, 200);
    }

    void startRefusesWhatIsNotALoopbackApplication_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("challenge");
        const QString good = AppSignIn{randomText(), {}, {}}.challenge();
        QTest::newRow("https elsewhere") << "https://evil.example/cb" << good;
        QTest::newRow("http elsewhere") << "http://evil.example:8080/cb" << good;
        QTest::newRow("localhost") << "http://localhost:5000/cb" << good;
        QTest::newRow("no port") << "http://127.0.0.1/cb" << good;
        QTest::newRow("user info") << "http://a@127.0.0.1:5000/cb" << good;
        QTest::newRow("fragment") << "http://127.0.0.1:5000/cb#x" << good;
        QTest::newRow("short challenge") << appRedirect << "abc";
        QTest::newRow("challenge not base64url") << appRedirect << QString(43, QChar('+'));
    }

    void startRefusesWhatIsNotALoopbackApplication()
    {
        QFETCH(QString, redirectUri);
        QFETCH(QString, challenge);
        const auto refused = client().post(
            "/api/auth/sso/start",
            {{"tenant", acme.slug}, {"redirect_uri", redirectUri}, {"code_challenge", challenge}});
        QCOMPARE(refused.status, 422);
    }

    void startNeedsAKnownTenantOrDomain()
    {
        QCOMPARE(start({{"tenant", "no-such-tenant"}}).started.status, 404);
        QCOMPARE(start({{"email", "someone@unclaimed.test"}}).started.status, 404);
        QCOMPARE(start({{"tenant", pro.slug}}).started.status, 402);
        QCOMPARE(start({{"tenant", rival.slug}}).started.status, 404); // no connection
        QCOMPARE(start({{"tenant", acme.slug}, {"email", "a@b.test"}}).started.status, 422);
    }

    void aliceSignsInAndGetsAnAccountJustInTime()
    {
        const auto signIn = start({{"tenant", acme.slug}});
        QCOMPARE(signIn.started.status, 200);
        const auto redirectUrl = signIn.started.json()["redirect_url"].toString();
        QVERIFY(redirectUrl.startsWith(provider->issuer() + "/auth?"));
        const auto sent = queryOf(redirectUrl);
        QCOMPARE(sent.queryItemValue("code_challenge_method"), QString("S256"));
        QVERIFY(!sent.queryItemValue("nonce").isEmpty());
        QVERIFY(sent.queryItemValue("state") != signIn.state); // the provider never sees the app's state

        const auto back = finish(signIn, "alice");
        QVERIFY2(back.startsWith(appRedirect + "?code="), qPrintable(back));
        QCOMPARE(queryOf(back).queryItemValue("state"), signIn.state);
        const auto code = queryOf(back).queryItemValue("code");

        const auto session = redeem(code, signIn.verifier);
        QCOMPARE(session.status, 200);
        const auto token = session.json()["access_token"].toString();
        QVERIFY(!session.json()["refresh_token"].toString().isEmpty());
        const auto me = client().get("/api/auth/me", bearer(token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()["email"].toString(), QString("alice@example.test"));
        QCOMPARE(me.json()["name"].toString(), QString("Alice Example"));
        QCOMPARE(me.json()["role"].toString(), QString("admin")); // aihd-admins -> admin
        aliceId = me.json()["id"].toString();

        QCOMPARE(auditEntries(client(), acme.accessToken, "action=user.provisioned").size(), 1);
        const auto logins = auditEntries(client(), acme.accessToken, "action=auth.login");
        QVERIFY(QJsonDocument(logins).toJson().contains("\"sso\""));

        // The code works once, and only with the verifier.
        QCOMPARE(redeem(code, signIn.verifier).status, 401);
    }

    void theCodeNeedsTheApplicationsVerifier()
    {
        const auto signIn = start({{"tenant", acme.slug}});
        const auto back = finish(signIn, "alice");
        const auto code = queryOf(back).queryItemValue("code");
        QVERIFY(!code.isEmpty());
        QCOMPARE(redeem(code, randomText()).status, 401);
        // A wrong verifier spends the code: the right one is too late now.
        QCOMPARE(redeem(code, signIn.verifier).status, 401);
        QCOMPARE(redeem("made-up-code", signIn.verifier).status, 401);
    }

    void aSecondSignInFindsTheSameAccount()
    {
        const auto signIn = start({{"tenant", acme.slug}});
        const auto session = redeem(queryOf(finish(signIn, "alice")).queryItemValue("code"), signIn.verifier);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json()["user"].toObject()["id"].toString(), aliceId);
        QCOMPARE(auditEntries(client(), acme.accessToken, "action=user.provisioned").size(), 1);
    }

    void aReplayedAnswerIsRefused()
    {
        const auto signIn = start({{"tenant", acme.slug}});
        const auto authorization = signIn.started.json()["redirect_url"].toString();
        const auto answer = provider->signIn(authorization, "alice");
        QVERIFY(answer.startsWith(publicUrl));
        const auto pathAndQuery = answer.mid(publicUrl.size()).toStdString();
        QCOMPARE(client().get(pathAndQuery).status, 303);
        const auto replayed = client().get(pathAndQuery);
        QCOMPARE(replayed.status, 400);
        QCOMPARE(replayed.code(), QString("invalid_token"));
        // A made-up state is the same answer, with nothing to redirect to.
        QCOMPARE(client().get("/api/auth/sso/oidc/callback?state=forged&code=x").status, 400);
        QCOMPARE(client().get("/api/auth/sso/oidc/callback").status, 400);
    }

    void anUnverifiedAddressGetsNoAccount()
    {
        const auto signIn = start({{"tenant", acme.slug}});
        const auto back = finish(signIn, "bob"); // bob's provider says email_verified: false
        QCOMPARE(queryOf(back).queryItemValue("error"), QString("access_denied"));
        QCOMPARE(queryOf(back).queryItemValue("state"), signIn.state);
        QVERIFY(queryOf(back).queryItemValue("code").isEmpty());
        const auto refusals = auditEntries(client(), acme.accessToken, "action=auth.sso");
        QVERIFY(QJsonDocument(refusals).toJson().contains("verified email"));
    }

    void everyBrokenIdTokenIsRefused_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong audience") << "wrong-aud"
                                        << "aud";
        QTest::newRow("wrong issuer") << "wrong-iss"
                                      << "iss";
        QTest::newRow("expired") << "expired"
                                 << "exp";
        QTest::newRow("other nonce") << "bad-nonce"
                                     << "nonce";
        QTest::newRow("no nonce") << "no-nonce"
                                  << "nonce";
        QTest::newRow("bad signature") << "bad-sig"
                                       << "signature";
        QTest::newRow("hmac with the secret") << "hs256"
                                              << "HS256";
        QTest::newRow("alg none") << "none"
                                  << "none";
    }

    void everyBrokenIdTokenIsRefused()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, reason);
        const auto before = auditEntries(client(), acme.accessToken, "action=auth.sso").size();
        const auto signIn = start({{"tenant", acme.slug}});
        QVERIFY(provider->mutateNextIdToken(mutation));
        const auto back = finish(signIn, "alice");
        QCOMPARE(queryOf(back).queryItemValue("error"), QString("access_denied"));
        QVERIFY(queryOf(back).queryItemValue("code").isEmpty());
        const auto refusals = auditEntries(client(), acme.accessToken, "action=auth.sso");
        QCOMPARE(refusals.size(), before + 1);
        const auto detail = QJsonDocument(refusals.at(0).toObject()).toJson();
        QVERIFY2(detail.contains(reason.toUtf8()), detail.constData());
    }

    void keysAreCachedThenFetchedOnceForAnUnknownKey()
    {
        // Every sign-in above verified against one fetch of the provider's keys.
        QCOMPARE(provider->jwksFetches(), 1);
        QThread::sleep(3); // past AIH_SSO_KEY_REFRESH_SECONDS
        const auto signIn = start({{"tenant", acme.slug}});
        QVERIFY(provider->mutateNextIdToken("unknown-kid"));
        QCOMPARE(queryOf(finish(signIn, "alice")).queryItemValue("error"), QString("access_denied"));
        QCOMPARE(provider->jwksFetches(), 2); // one refetch, then refused
        // Straight after, a made-up key id costs the provider nothing.
        const auto again = start({{"tenant", acme.slug}});
        QVERIFY(provider->mutateNextIdToken("unknown-kid"));
        QCOMPARE(queryOf(finish(again, "alice")).queryItemValue("error"), QString("access_denied"));
        QCOMPARE(provider->jwksFetches(), 2);
    }

    void aKeyRotationIsFollowed()
    {
        QThread::sleep(3);
        QVERIFY(provider->restartWithNewKeys());
        const auto signIn = start({{"tenant", acme.slug}});
        const auto session = redeem(queryOf(finish(signIn, "alice")).queryItemValue("code"), signIn.verifier);
        QCOMPARE(session.status, 200);
        QCOMPARE(provider->jwksFetches(), 3);
    }

    void aDomainIsProvenByDnsAndHeldByOneTenant()
    {
        const auto claimed =
            client().post(domainsPath, {{"domain", "Example.TEST"}}, bearer(acme.accessToken));
        QCOMPARE(claimed.status, 201);
        QCOMPARE(claimed.json()["status"].toString(), QString("pending"));
        const auto verification = claimed.json()["verification"].toObject();
        QCOMPARE(verification["name"].toString(), QString("_aih-verification.example.test"));
        domainId = claimed.json()["id"].toString();
        const auto verifyPath = domainsPath + "/" + domainId.toStdString() + "/verify";
        QCOMPARE(client().post(verifyPath, {}, bearer(acme.accessToken)).status, 422);

        const auto rivalClaim =
            client().post(domainsPath, {{"domain", "example.test"}}, bearer(rival.accessToken));
        QCOMPARE(rivalClaim.status, 201); // claiming proves nothing; DNS decides
        QCOMPARE(client().post(domainsPath, {{"domain", "example.test"}}, bearer(acme.accessToken)).status,
                 409);
        QCOMPARE(
            client().post(domainsPath, {{"domain", "acme-sso.aih.test"}}, bearer(acme.accessToken)).status,
            422);

        QVERIFY(
            dns.start({{"_aih-verification.example.test", verification["value"].toString().toStdString()}}));
        const auto verified = client().post(verifyPath, {}, bearer(acme.accessToken));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json()["status"].toString(), QString("verified"));

        // The rival cannot verify it too, even with its own record published.
        const auto rivalValue = rivalClaim.json()["verification"].toObject()["value"].toString();
        QVERIFY(dns.start({{"_aih-verification.example.test", rivalValue.toStdString()}}));
        const auto rivalVerify =
            client().post(domainsPath + "/" + rivalClaim.json()["id"].toString().toStdString() + "/verify",
                          {}, bearer(rival.accessToken));
        QCOMPARE(rivalVerify.status, 409);
        QCOMPARE(client().post(verifyPath, {}, bearer(rival.accessToken)).status, 404);
    }

    void signInByEmailFindsTheTenant()
    {
        const auto signIn = start({{"email", "carol@EXAMPLE.test"}});
        QCOMPARE(signIn.started.status, 200);
        const auto session = redeem(queryOf(finish(signIn, "alice")).queryItemValue("code"), signIn.verifier);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json()["user"].toObject()["id"].toString(), aliceId);
    }

    void anAdminTestsAConnectionAndSeesWhatTheProviderSent()
    {
        const auto path = connectionsPath + "/" + rsConnection.toStdString() + "/test";
        AppSignIn test{randomText(), randomText(), {}};
        test.started = client().post(path,
                                     {{"redirect_uri", appRedirect},
                                      {"state", test.state},
                                      {"code_challenge", test.challenge()},
                                      {"code_challenge_method", "S256"}},
                                     bearer(acme.accessToken));
        QCOMPARE(test.started.status, 200);
        const auto back = finish(test, "alice");
        const auto code = queryOf(back).queryItemValue("code");
        QVERIFY2(!code.isEmpty(), qPrintable(back));
        // A test's code opens no session.
        QCOMPARE(redeem(code, test.verifier).status, 401);

        const auto test2 = startTest(path);
        const auto code2 = queryOf(finish(test2, "carol")).queryItemValue("code");
        const auto resultPath = path + "/result";
        // Only the admin who ran it reads it, with the verifier.
        const auto otherAdmin = createUserAndLogin(client(), acme, "second-admin@acme-sso.test", "admin");
        QCOMPARE(client()
                     .post(resultPath, {{"code", code2}, {"code_verifier", test2.verifier}},
                           bearer(otherAdmin.accessToken))
                     .status,
                 401);
        const auto test3 = startTest(path);
        const auto report = client().post(resultPath,
                                          {{"code", queryOf(finish(test3, "alice")).queryItemValue("code")},
                                           {"code_verifier", test3.verifier}},
                                          bearer(acme.accessToken));
        QCOMPARE(report.status, 200);
        QCOMPARE(report.json()["ok"].toBool(), true);
        QCOMPARE(report.json()["claims"].toObject()["email"].toString(), QString("alice@example.test"));
        QCOMPARE(report.json()["claims"].toObject()["groups"].toArray().size(), 2);
        QCOMPARE(report.json()["role"].toString(), QString("admin"));

        // A refused answer is reported with the reason.
        const auto broken = startTest(path);
        QVERIFY(provider->mutateNextIdToken("wrong-aud"));
        const auto refused = client().post(resultPath,
                                           {{"code", queryOf(finish(broken, "alice")).queryItemValue("code")},
                                            {"code_verifier", broken.verifier}},
                                           bearer(acme.accessToken));
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.json()["ok"].toBool(), false);
        QVERIFY(refused.json()["error"].toString().contains("aud"));
        QVERIFY(refused.json()["claims"].isNull());
        QCOMPARE(auditEntries(client(), acme.accessToken, "action=sso.connection_tested").size(), 4);
    }

    void es256AndPublicClientsWork_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("ES256 confidential") << "aihd-es" << true;
        QTest::newRow("ES256 public") << "aihd-public" << false;
    }

    void es256AndPublicClientsWork()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, withSecret);
        auto body = connectionBody(clientId);
        body["name"] = clientId;
        if (!withSecret) {
            body.remove("client_secret");
        }
        const auto created = createConnection(acme, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["client_secret_set"].toBool(), withSecret);
        const auto signIn =
            start({{"tenant", acme.slug}, {"connection_id", created.json()["id"].toString()}});
        // Alice's account came from the first connection; her domain is verified, so the new
        // connection's account for her is linked to it.
        const auto session = redeem(queryOf(finish(signIn, "alice")).queryItemValue("code"), signIn.verifier);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json()["user"].toObject()["id"].toString(), aliceId);
        QCOMPARE(session.json()["user"].toObject()["role"].toString(), QString("admin")); // no map: kept
        QCOMPARE(client()
                     .del(connectionsPath + "/" + created.json()["id"].toString().toStdString(),
                          bearer(acme.accessToken))
                     .status,
                 204);
    }

    void thePortalSignsInThroughTheProviderWithoutScript()
    {
        const auto host = tenantHost(acme.slug);
        const auto page = client().get("/portal", host);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("href=\"/portal/sso\""));
        QVERIFY(!client().get("/portal", tenantHost(rival.slug)).body.contains("/portal/sso"));

        const auto started = client().get("/portal/sso", host);
        QCOMPARE(started.status, 303);
        const auto cookie = started.header("Set-Cookie");
        QVERIFY2(cookie.startsWith("aih_portal_sso=") && cookie.contains("SameSite=Lax") &&
                     cookie.contains("HttpOnly"),
                 qPrintable(cookie));
        const auto flowCookie = cookie.section(';', 0, 0);

        const auto answer = provider->signIn(started.header("Location"), "alice");
        QVERIFY2(answer.startsWith(publicUrl), qPrintable(answer));
        const auto callback = client().get(answer.mid(publicUrl.size()).toStdString());
        QCOMPARE(callback.status, 303);
        const auto back = callback.header("Location");
        const QString portalReturn = "http://" + acme.slug + ".aih.test/portal/sso/return?";
        QVERIFY2(back.startsWith(portalReturn), qPrintable(back));
        const auto returnPath = back.mid(QString("http://" + acme.slug + ".aih.test").size()).toStdString();

        // Without the flow's cookie (another browser) the code is worth nothing.
        QCOMPARE(client().get(returnPath, host).status, 400);
        Headers withCookie = host;
        withCookie.emplace_back("Cookie", flowCookie.toStdString());
        const auto signedIn = client().get(returnPath, withCookie);
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.header("Refresh"), QString("0; url=/portal/home"));
        QString session;
        for (const auto& [name, value] : signedIn.headers) {
            if (QString::fromStdString(value).startsWith("aih_portal_session=")) {
                session = QString::fromStdString(value).section(';', 0, 0);
            }
        }
        QVERIFY(!session.isEmpty());
        Headers home = host;
        home.emplace_back("Cookie", session.toStdString());
        const auto homePage = client().get("/portal/home", home);
        QCOMPARE(homePage.status, 200);
        QVERIFY(homePage.body.contains("alice@example.test"));
        // The code was spent by that sign-in.
        QCOMPARE(client().get(returnPath, withCookie).status, 401);
    }

    void requiringSsoStopsPasswordsButNotTheBreakGlassAdmin()
    {
        const auto carol = createUserAndLogin(client(), acme, "carol@example.test", "user");
        QCOMPARE(carol.response.status, 200);
        // A reset link mailed while passwords were still allowed.
        QCOMPARE(askForReset("carol@example.test").status, 202);
        const auto earlierLink = smtp.waitForMailTo("carol@example.test");
        QCOMPARE(earlierLink.size(), std::size_t{1});
        const auto earlierToken =
            QUrlQuery(QUrl(firstLink(earlierLink.front())).query()).queryItemValue("token");
        const auto path = connectionsPath + "/" + rsConnection.toStdString();
        const auto required = client().patch(
            path, {{"require_sso", true}, {"break_glass_user_id", acme.adminId}}, bearer(acme.accessToken));
        QCOMPARE(required.status, 200);
        QCOMPARE(required.json()["require_sso"].toBool(), true);

        const auto refused =
            login(client(), acme.slug, "carol@example.test", "password-for-carol@example.test");
        QCOMPARE(refused.response.status, 403);
        QCOMPARE(refused.response.code(), QString("sso_required"));
        // A wrong password still gets the usual answer: the rule is no oracle for strangers.
        QCOMPARE(login(client(), acme.slug, "carol@example.test", "wrong-password-123").response.status, 401);
        QCOMPARE(login(client(), acme.slug, acme.adminEmail, acme.adminPassword).response.status, 200);

        // Nor is her password reset: asking still answers 202 but mails nothing, a link from
        // before is refused, and an admin cannot send one.
        QCOMPARE(askForReset("carol@example.test").status, 202);
        QVERIFY(waitUntil([&] {
            return QJsonDocument(
                       auditEntries(client(), acme.accessToken, "action=auth.password_reset_requested"))
                .toJson()
                .contains("sso_required");
        }));
        const auto confirmed =
            client().post("/api/auth/password-reset/confirm",
                          {{"token", earlierToken}, {"new_password", "a new password for carol"}});
        QCOMPARE(confirmed.status, 403);
        QCOMPARE(confirmed.code(), QString("sso_required"));
        const auto byAdmin =
            client().post("/api/enterprise/admin/users/" + carol.userId.toStdString() + "/password-reset", {},
                          bearer(acme.accessToken));
        QCOMPARE(byAdmin.status, 403);
        QCOMPARE(byAdmin.code(), QString("sso_required"));
        // The break-glass admin keeps the reset too.
        QCOMPARE(askForReset(acme.adminEmail).status, 202);
        QCOMPARE(smtp.waitForMailTo(acme.adminEmail).size(), std::size_t{1});
        QCOMPARE(smtp.waitForMailTo("carol@example.test", 1, 0).size(),
                 std::size_t{1}); // only the earlier one

        // Carol's provider account is linked to her existing account (the domain is verified).
        const auto signIn = start({{"email", "carol@example.test"}});
        const auto session = redeem(queryOf(finish(signIn, "carol")).queryItemValue("code"), signIn.verifier);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json()["user"].toObject()["id"].toString(), carol.userId);
        QCOMPARE(session.json()["user"].toObject()["role"].toString(),
                 QString("manager")); // staff -> manager
        const auto linked = auditEntries(client(), acme.accessToken, "action=sso.identity_linked");
        QCOMPARE(linked.at(0).toObject()["subject"].toObject()["user_id"].toString(), carol.userId);

        QCOMPARE(client().patch(path, {{"require_sso", false}}, bearer(acme.accessToken)).status, 200);
        QCOMPARE(login(client(), acme.slug, "carol@example.test", "password-for-carol@example.test")
                     .response.status,
                 200);
    }

    void aDisabledConnectionOrDeactivatedUserSignsNobodyIn()
    {
        const auto path = connectionsPath + "/" + rsConnection.toStdString();
        QCOMPARE(client().patch(path, {{"enabled", false}}, bearer(acme.accessToken)).status, 200);
        QCOMPARE(start({{"tenant", acme.slug}}).started.status, 404);
        QCOMPARE(client().patch(path, {{"enabled", true}}, bearer(acme.accessToken)).status, 200);

        const auto alicePath = "/api/enterprise/admin/users/" + aliceId.toStdString();
        QCOMPARE(client().patch(alicePath, {{"active", false}}, bearer(acme.accessToken)).status, 200);
        const auto signIn = start({{"tenant", acme.slug}});
        QCOMPARE(queryOf(finish(signIn, "alice")).queryItemValue("error"), QString("access_denied"));
        QCOMPARE(client().patch(alicePath, {{"active", true}}, bearer(acme.accessToken)).status, 200);
    }

    void providersOnForbiddenAddressesAreNeverAsked_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::newRow("cloud metadata") << "http://169.254.169.254/latest";
        QTest::newRow("private network") << "https://10.1.2.3";
        QTest::newRow("mapped loopback") << "http://[::ffff:127.0.0.1]:9";
        QTest::newRow("nothing listening") << "http://127.0.0.1:9";
    }

    void providersOnForbiddenAddressesAreNeverAsked()
    {
        QFETCH(QString, issuer);
        auto body = connectionBody("aihd-rs");
        body["issuer"] = issuer;
        const auto created = createConnection(rival, body);
        QCOMPARE(created.status, 201);
        QElapsedTimer timer;
        timer.start();
        const auto refused = start({{"tenant", rival.slug}});
        QCOMPARE(refused.started.status, 502);
        QCOMPARE(refused.started.code(), QString("identity_provider_error"));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(client()
                     .del(connectionsPath + "/" + created.json()["id"].toString().toStdString(),
                          bearer(rival.accessToken))
                     .status,
                 204);
    }

    void aDomainGivenToOneConnectionLinksOnlyThroughIt()
    {
        // example.test, claimed again for the first connection alone.
        QCOMPARE(client().del(domainsPath + "/" + domainId.toStdString(), bearer(acme.accessToken)).status,
                 204);
        const auto claimed =
            client().post(domainsPath, {{"domain", "example.test"}, {"connection_id", rsConnection}},
                          bearer(acme.accessToken));
        QCOMPARE(claimed.status, 201);
        const auto value = claimed.json()["verification"].toObject()["value"].toString();
        QVERIFY(dns.start({{"_aih-verification.example.test", value.toStdString()}}));
        QCOMPARE(client()
                     .post(domainsPath + "/" + claimed.json()["id"].toString().toStdString() + "/verify", {},
                           bearer(acme.accessToken))
                     .status,
                 200);
        // Another connection of the tenant vouches for carol, whose account exists: not linked.
        auto body = connectionBody("aihd-es");
        body["name"] = "Second provider";
        const auto second = createConnection(acme, body);
        QCOMPARE(second.status, 201);
        const auto signIn = start({{"tenant", acme.slug}, {"connection_id", second.json()["id"].toString()}});
        const auto back = finish(signIn, "carol");
        QCOMPARE(queryOf(back).queryItemValue("error"), QString("access_denied"));
        const auto why = QJsonDocument(auditEntries(client(), acme.accessToken, "action=auth.sso")).toJson();
        QVERIFY(why.contains("belongs to another connection"));
    }

    void anonymousStartsFromOneAddressAreBounded()
    {
        // Last: it uses up this address's starts for the hour.
        int status = 200;
        int starts = 0;
        while (status == 200 && starts < 200) {
            status = start({{"tenant", acme.slug}}).started.status;
            ++starts;
        }
        QCOMPARE(status, 429);
        QVERIFY2(starts <= 121, qPrintable(QString::number(starts)));
        const auto refused = start({{"tenant", acme.slug}}).started;
        QCOMPARE(refused.json()["limit"].toString(), QString("sso"));
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        QCOMPARE(client().get("/portal/sso", tenantHost(acme.slug)).status, 429);
    }

private:
    const HttpClient& client() const { return *http; }

    QJsonObject connectionBody(const QString& clientId) const
    {
        return {{"name", "Example IdP"},
                {"issuer", provider->issuer()},
                {"client_id", clientId},
                {"client_secret", clientSecret},
                {"scopes", "openid email profile groups"}};
    }

    HttpResponse createConnection(const TenantFixture& tenant, const QJsonObject& body) const
    {
        return client().post(connectionsPath, body, bearer(tenant.accessToken));
    }

    AppSignIn start(QJsonObject body) const
    {
        AppSignIn signIn{randomText(), randomText(), {}};
        body["redirect_uri"] = appRedirect;
        body["code_challenge"] = signIn.challenge();
        body["code_challenge_method"] = "S256";
        body["state"] = signIn.state;
        signIn.started = client().post("/api/auth/sso/start", body);
        return signIn;
    }

    /// The browser's part: the provider's pages, then aihd's callback; returns where aihd sent it.
    QString finish(const AppSignIn& signIn, const QString& login) const
    {
        const auto answer = provider->signIn(signIn.started.json()["redirect_url"].toString(), login);
        if (!answer.startsWith(publicUrl + "/api/auth/sso/oidc/callback?")) {
            qWarning() << "the provider answered" << answer;
            return {};
        }
        const auto callback = client().get(answer.mid(publicUrl.size()).toStdString());
        if (callback.status != 303) {
            qWarning() << "the callback answered" << callback.status << callback.body;
            return {};
        }
        return callback.header("Location");
    }

    AppSignIn startTest(const std::string& path) const
    {
        AppSignIn test{randomText(), randomText(), {}};
        test.started = client().post(
            path,
            {{"redirect_uri", appRedirect}, {"state", test.state}, {"code_challenge", test.challenge()}},
            bearer(acme.accessToken));
        return test;
    }

    HttpResponse askForReset(const QString& email) const
    {
        return client().post("/api/auth/password-reset", {{"tenant", acme.slug}, {"email", email}});
    }

    HttpResponse redeem(const QString& code, const QString& verifier) const
    {
        return client().post("/api/auth/sso/token", {{"code", code}, {"code_verifier", verifier}});
    }

    OpenApiTools tools{AIH_OPENAPI_TOOLS};
    DnsServerProcess dns;
    SmtpServerProcess smtp;
    std::unique_ptr<SsoServer> sso;
    const HttpClient* http = nullptr;
    std::unique_ptr<OidcProviderProcess> provider;
    QString publicUrl;
    TenantFixture acme;
    TenantFixture rival;
    TenantFixture pro;
    QString rsConnection;
    QString aliceId;
    QString domainId;
};

QTEST_GUILESS_MAIN(TestSingleSignOn)
#include "TestSingleSignOn.moc"
