// SPDX-License-Identifier: Apache-2.0
// A person signs in to a tenant's branded portal through the tenant's identity provider, in
// headless Chromium: the portal's link, the provider's own login and consent pages (npm
// oidc-provider on loopback), aihd's callback, and the portal's return, all with the portal's
// script-free CSP in force, ending on the signed-in page. The same through a SAML identity
// provider (tests/idp/saml-idp.py), whose page posts the signed answer to aihd's ACS by itself.
#include "ApiHelpers.h"
#include "DevToolsPage.h"
#include "OidcProviderProcess.h"
#include "SamlProviderProcess.h"
#include "SsoServer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace aih::test;

class TestPortalSsoInBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        chromium = QStandardPaths::findExecutable("chromium");
        QVERIFY2(!chromium.isEmpty(), "chromium is not installed (scripts/install-deps installs it)");
        QVERIFY2(SsoServer::providerInstalled(tools, AIH_OPENAPI_TOOLS), qPrintable(tools.missingMessage()));
        sso = std::make_unique<SsoServer>();
        port = sso->port;
        http = sso->client.get();
        provider = std::make_unique<OidcProviderProcess>(
            tools, OidcProviderProcess::defaultScript(),
            QList<OidcClient>{
                {"aih-portal", "portal-client-secret-0123456789", {sso->callbackUrl()}, "ES256"}});
        QVERIFY2(provider->start(), qPrintable(provider->log()));
        tenant = createTenant(*http, "omega", "enterprise");
        const auto connection = http->post("/api/enterprise/sso/connections",
                                           {{"name", "Omega IdP"},
                                            {"issuer", provider->issuer()},
                                            {"client_id", "aih-portal"},
                                            {"client_secret", "portal-client-secret-0123456789"},
                                            {"scopes", "openid email profile groups"}},
                                           bearer(tenant.accessToken));
        QCOMPARE(connection.status, 201);

        QVERIFY2(samlProvider.start(), qPrintable(samlProvider.log()));
        samlTenant = createTenant(*http, "sigma", "enterprise");
        const auto saml = http->post(
            "/api/enterprise/sso/connections",
            {{"name", "Sigma SAML IdP"}, {"protocol", "saml"}, {"idp_metadata", samlProvider.metadata()}},
            bearer(samlTenant.accessToken));
        QCOMPARE(saml.status, 201);
    }

    void aPersonSignsInThroughTheirProvider()
    {
        DevToolsPage page(
            chromium, QString("http://omega.aih.test:%1/portal").arg(port),
            {"--host-resolver-rules=MAP *.aih.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"});
        QVERIFY(
            page.waitFor("document.readyState === 'complete' && !!document.querySelector('a.portal-sso')"));
        page.evaluate("document.querySelector('a.portal-sso').click()");

        // The provider's own login page, on its own origin.
        QVERIFY2(
            page.waitFor(QString("location.origin === '%1' && !!document.querySelector('input[name=login]')")
                             .arg(provider->issuer())),
            qPrintable(page.evaluate("location.href").toString()));
        page.type("input[name=login]", "alice");
        page.type("input[name=password]", "any-password");
        page.pressEnter();
        // Its consent page, then back through aihd to the portal.
        QVERIFY(page.waitFor("!!document.querySelector('button[type=submit]') && "
                             "document.body.innerText.toLowerCase().includes('authorize')"));
        page.evaluate("document.querySelector('button[type=submit]').click()");
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"),
            qPrintable(page.evaluate("location.href + ' ' + document.body.innerText").toString()));
        QCOMPARE(page.evaluate("document.querySelector('.portal-user').textContent").toString(),
                 QString("alice@example.test"));
        QCOMPARE(page.evaluate("location.host").toString(), QString("omega.aih.test:%1").arg(port));

        const auto shot = page.call("Page.captureScreenshot", {{"format", "png"}});
        QFile file(QDir(QT_TESTCASE_BUILDDIR).filePath("portal-sso-signed-in.png"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromBase64(shot["data"].toString().toLatin1()));
    }

    void aPersonSignsInThroughTheirSamlProvider()
    {
        QVERIFY(samlProvider.setNext("carol"));
        DevToolsPage page(
            chromium, QString("http://sigma.aih.test:%1/portal").arg(port),
            {"--host-resolver-rules=MAP *.aih.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"});
        QVERIFY(
            page.waitFor("document.readyState === 'complete' && !!document.querySelector('a.portal-sso')"));
        page.evaluate("document.querySelector('a.portal-sso').click()");
        // The provider's page posts its form to aihd's ACS, which sends the browser back to the portal.
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"),
            qPrintable(page.evaluate("location.href + ' ' + document.body.innerText").toString()));
        QCOMPARE(page.evaluate("document.querySelector('.portal-user').textContent").toString(),
                 QString("carol@example.test"));
        QCOMPARE(page.evaluate("location.host").toString(), QString("sigma.aih.test:%1").arg(port));
    }

private:
    QString chromium;
    OpenApiTools tools{AIH_OPENAPI_TOOLS};
    std::unique_ptr<SsoServer> sso;
    unsigned short port = 0;
    const HttpClient* http = nullptr;
    std::unique_ptr<OidcProviderProcess> provider;
    SamlProviderProcess samlProvider;
    TenantFixture tenant;
    TenantFixture samlTenant;
};

QTEST_GUILESS_MAIN(TestPortalSsoInBrowser)
#include "TestPortalSsoInBrowser.moc"
