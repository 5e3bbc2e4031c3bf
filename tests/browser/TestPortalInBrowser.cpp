// SPDX-License-Identifier: Apache-2.0
// Loads two tenants' portals in headless Chromium, screenshots them into the build folder and
// reads the pixels: each tenant's primary colour must really render, the allowed part of the
// hostile tenant's CSS must apply, and none of its hostile parts may. Then a user signs in
// through the portal's form as a person would, with the page's script-free CSP in force, and
// another resets a forgotten password from the link a real SMTP server delivered, and an invitee
// joins from the mailed invitation and later signs in with a second factor.
#include "ApiHelpers.h"
#include "DevToolsPage.h"
#include "LiveServer.h"
#include "RedisProcess.h"
#include "SmtpServerProcess.h"
#include "Totp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace aih::test;

namespace {

const QColor alphaPrimary("#1E88E5");
const QColor betaPrimary("#2E7D32");
const QColor allowedYellow("#FDD835");
const QColor hostileMagenta("#FF00FF");

// Each line tries to paint the page magenta or phone home; only the yellow rule is allowed.
const char* hostileCss = R"(</style><script>document.body.style.background='#ff00ff'</script>
@import url("data:text/css,body{background:%23ff00ff}");
body { background: #ff00ff url(https://evil.example/track.png) }
.portal-header { background-color: ex\70ression(alert(1)); -moz-binding: url(//evil.example/x.xml#x) }
@media screen { @media screen { @media screen { body, .portal-main { background-color: #ff00ff } } } }
.portal-main { behavior: url(x.htc); background-color: #fdd835 }
input[value], a:visited, script, iframe { background: #ff00ff }
.portal-welcome { color: #123456; b\61 ckground: url(javascript:alert(1)) }
.portal-footer { background-image: url("/portal/assets/0000000000000000000000000000000000000000000000000000000000000000") }
@font-face { font-family: x; src: url(https://evil.example/f.woff) }
)";

double shareOf(const QImage& image, const QColor& colour, int tolerance = 12)
{
    qint64 matching = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) <= tolerance &&
                std::abs(pixel.green() - colour.green()) <= tolerance &&
                std::abs(pixel.blue() - colour.blue()) <= tolerance) {
                ++matching;
            }
        }
    }
    return static_cast<double>(matching) / (static_cast<double>(image.width()) * image.height());
}

} // namespace

class TestPortalInBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        chromium = QStandardPaths::findExecutable("chromium");
        QVERIFY2(!chromium.isEmpty(), "chromium is not installed (scripts/install-deps installs it)");
        live = std::make_unique<LiveServer>();
        alpha = createTenant(client(), "alpha", "enterprise");
        beta = createTenant(client(), "beta", "enterprise");
        QCOMPARE(
            brand(alpha, {{"company_name", "Alpha Health"}, {"primary_color", alphaPrimary.name()}}).status,
            200);
        const auto saved = brand(beta, {{"company_name", "Beta Wellness"},
                                        {"primary_color", betaPrimary.name()},
                                        {"custom_css", hostileCss}});
        QCOMPARE(saved.status, 200);
        QVERIFY(saved.json()["css_dropped"].toArray().size() >= 8);
    }

    void eachTenantsPrimaryColourRenders()
    {
        const auto alphaShot = screenshot(alpha.slug);
        const auto betaShot = screenshot(beta.slug);
        // The header band is the primary colour: a clear share of the page, and only that
        // tenant's colour.
        QVERIFY2(shareOf(alphaShot, alphaPrimary) > 0.08, "alpha's primary colour did not render");
        QVERIFY2(shareOf(betaShot, betaPrimary) > 0.08, "beta's primary colour did not render");
        QCOMPARE(shareOf(alphaShot, betaPrimary), 0.0);
        QCOMPARE(shareOf(betaShot, alphaPrimary), 0.0);
    }

    void allowedTenantCssAppliesAndHostileCssDoesNot()
    {
        const auto betaShot = screenshot(beta.slug);
        QVERIFY2(shareOf(betaShot, allowedYellow) > 0.2, "the allowed rule of beta's CSS did not apply");
        QCOMPARE(shareOf(betaShot, hostileMagenta, 40), 0.0);
        QCOMPARE(shareOf(screenshot(alpha.slug), allowedYellow), 0.0);
        QVERIFY(!live->server->log().contains("/portal/assets/0000"));
    }

    void aUserSignsInThroughThePortalFormWithoutScript()
    {
        DevToolsPage page(chromium, portalUrl(alpha.slug, "/portal"), {resolverRules});
        QVERIFY(page.waitFor("document.readyState === 'complete' && !!document.querySelector('#email')"));
        // A wrong password first: the generic error, and the form again.
        page.type("#email", alpha.adminEmail);
        page.type("#password", "not-the-password");
        page.pressEnter();
        QVERIFY(page.waitFor("!!document.querySelector('.portal-error')"));
        QCOMPARE(page.evaluate("location.pathname").toString(), QString("/portal/login"));

        page.type("#password", alpha.adminPassword);
        page.pressEnter();
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"),
            qPrintable(page.evaluate("document.body.innerText").toString()));
        QCOMPARE(page.evaluate("document.querySelector('.portal-user').textContent").toString(),
                 alpha.adminEmail);
        QVERIFY(page.evaluate("document.body.innerText").toString().contains("Alpha Health"));
        // The session is in the browser but out of reach of any script the page might run.
        QCOMPARE(page.evaluate("document.cookie").toString(), QString());
        // Signing out through the page's own form ends it.
        const auto root = page.call("DOM.getDocument")["root"].toObject()["nodeId"].toInt();
        const auto button = page.call(
            "DOM.querySelector", {{"nodeId", root}, {"selector", "form[action='/portal/logout'] button"}});
        QVERIFY(button["nodeId"].toInt() != 0);
        page.call("DOM.focus", {{"nodeId", button["nodeId"].toInt()}});
        page.pressEnter();
        QVERIFY(page.waitFor("location.pathname === '/portal' && !!document.querySelector('#password')"));
    }

    void aUserResetsAForgottenPasswordFromTheMailedLink()
    {
        MailedPortal portal;
        QVERIFY2(portal.start(), qPrintable(portal.failure));
        const int port = portal.port;
        auto& smtp = portal.smtp;
        const auto tenant = createTenant(*portal.api, "gamma");

        DevToolsPage page(chromium, QString("http://gamma.aih.test:%1/portal").arg(port), {resolverRules});
        QVERIFY(page.waitFor("document.readyState === 'complete' && !!document.querySelector('#email')"));
        focusAndEnter(page, "a[href='/portal/forgot-password']");
        QVERIFY(page.waitFor(
            "location.pathname === '/portal/forgot-password' && !!document.querySelector('#email')"));
        page.type("#email", tenant.adminEmail);
        page.pressEnter();
        QVERIFY2(page.waitFor("document.body.innerText.includes('Check your inbox')"),
                 qPrintable(page.evaluate("document.body.innerText").toString()));

        const auto mails = smtp.waitForMessages(1);
        QCOMPARE(mails.size(), std::size_t(1));
        const auto link = firstLink(mails.front());
        QVERIFY2(link.startsWith(QString("http://gamma.aih.test:%1/portal/reset-password?token=").arg(port)),
                 qPrintable(link));
        page.call("Page.navigate", {{"url", link}});
        QVERIFY(page.waitFor("location.pathname === '/portal/reset-password' && "
                             "!!document.querySelector('#new_password')"));
        page.type("#new_password", "qwerty123456"); // long enough for the form, but a common one
        page.pressEnter();
        QVERIFY(page.waitFor("!!document.querySelector('.portal-error')"));
        page.type("#new_password", "a password from the mail");
        page.pressEnter();
        QVERIFY2(page.waitFor("document.body.innerText.includes('Your password is set')"),
                 qPrintable(page.evaluate("document.body.innerText").toString()));

        focusAndEnter(page, "a[href='/portal']");
        QVERIFY(page.waitFor("location.pathname === '/portal' && !!document.querySelector('#password')"));
        page.type("#email", tenant.adminEmail);
        page.type("#password", "a password from the mail");
        page.pressEnter();
        QVERIFY(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"));
        // The link worked once.
        page.call("Page.navigate", {{"url", link}});
        QVERIFY(page.waitFor("!!document.querySelector('#new_password')"));
        page.type("#new_password", "yet another new password");
        page.pressEnter();
        QVERIFY(page.waitFor("document.body.innerText.includes('This link does not work')"));
    }

    void anInviteeJoinsFromTheMailAndLaterSignsInWithASecondFactor()
    {
        MailedPortal portal;
        QVERIFY2(portal.start(), qPrintable(portal.failure));
        auto& api = *portal.api;
        const auto tenant = createTenant(api, "delta", "basic");
        const QString invitee = "new.hire@delta.example";
        QCOMPARE(api.post("/api/enterprise/admin/invitations", {{"email", invitee}, {"role", "manager"}},
                          bearer(tenant.accessToken))
                     .status,
                 201);
        const auto link = firstLink(portal.smtp.waitForMailTo(invitee).front());
        QVERIFY2(link.startsWith(
                     QString("http://delta.aih.test:%1/portal/accept-invitation?token=").arg(portal.port)),
                 qPrintable(link));

        DevToolsPage page(chromium, link, {resolverRules});
        QVERIFY2(page.waitFor("!!document.querySelector('#password')"),
                 qPrintable(page.evaluate("document.body.innerText").toString()));
        QVERIFY(page.evaluate("document.body.innerText").toString().contains(invitee));
        page.type("#name", "New Hire");
        page.type("#password", "password1234"); // long enough for the form, but a common one
        page.pressEnter();
        QVERIFY(page.waitFor("!!document.querySelector('.portal-error')"));
        page.type("#password", "my own invitation passphrase");
        page.pressEnter();
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"),
            qPrintable(page.evaluate("document.body.innerText").toString()));
        QCOMPARE(page.evaluate("document.querySelector('.portal-user').textContent").toString(), invitee);

        // The new member turns on a second factor (through the API), then signs in again here.
        const auto session = login(api, "delta", invitee, "my own invitation passphrase");
        const auto secret =
            api.post("/api/auth/mfa/totp", {}, bearer(session.accessToken)).json()["secret"].toString();
        QCOMPARE(
            api.post("/api/auth/mfa/totp/confirm", {{"code", totpCode(secret)}}, bearer(session.accessToken))
                .status,
            204);
        focusAndEnter(page, "form[action='/portal/logout'] button");
        QVERIFY(page.waitFor("location.pathname === '/portal' && !!document.querySelector('#password')"));
        page.type("#email", invitee);
        page.type("#password", "my own invitation passphrase");
        page.pressEnter();
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/login/mfa' && !!document.querySelector('#code')"),
            qPrintable(page.evaluate("document.body.innerText").toString()));
        // The challenge lives in an HttpOnly cookie, not in the page.
        QVERIFY(!page.evaluate("document.documentElement.outerHTML").toString().contains("mfa_token"));
        page.type("#code", "000000");
        page.pressEnter();
        QVERIFY(page.waitFor("!!document.querySelector('.portal-error')"));
        page.type("#code", totpCode(secret, 1));
        page.pressEnter();
        QVERIFY2(
            page.waitFor("location.pathname === '/portal/home' && !!document.querySelector('.portal-user')"),
            qPrintable(page.evaluate("document.body.innerText").toString()));

        // The invitation worked once.
        page.call("Page.navigate", {{"url", link}});
        QVERIFY(page.waitFor("document.body.innerText.includes('This invitation does not work')"));
    }

private:
    /// A server of its own with a real SMTP server: the mailed links must name the portal's
    /// real port, so it is chosen first.
    struct MailedPortal
    {
        SmtpServerProcess smtp;
        TestDatabase database;
        int port = freeLoopbackPort();
        std::unique_ptr<ServerProcess> server;
        std::unique_ptr<HttpClient> api;
        QString failure;

        bool start()
        {
            if (!smtp.start()) {
                failure = "the SMTP server did not start";
                return false;
            }
            auto env = smtp.serverEnvironment(ServerProcess::defaultEnvironment(database.url()));
            env["AIH_PORTAL_URL"] = QString("http://{slug}.aih.test:%1").arg(port);
            server = std::make_unique<ServerProcess>(
                env, QStringList{"--listen", QString("127.0.0.1:%1").arg(port)});
            if (!server->start()) {
                failure = server->log();
                return false;
            }
            api = std::make_unique<HttpClient>(server->port());
            return true;
        }
    };

    static void focusAndEnter(DevToolsPage& page, const QString& selector)
    {
        const auto root = page.call("DOM.getDocument")["root"].toObject()["nodeId"].toInt();
        const auto node = page.call("DOM.querySelector", {{"nodeId", root}, {"selector", selector}});
        QVERIFY(node["nodeId"].toInt() != 0);
        page.call("DOM.focus", {{"nodeId", node["nodeId"].toInt()}});
        page.pressEnter();
    }

    static inline const QString resolverRules =
        "--host-resolver-rules=MAP *.aih.test 127.0.0.1, MAP * ~NOTFOUND";

    QString portalUrl(const QString& slug, const QString& path) const
    {
        return QString("http://%1.aih.test:%2%3").arg(slug).arg(live->server->port()).arg(path);
    }

    HttpResponse brand(const TenantFixture& tenant, const QJsonObject& body)
    {
        return client().request("PUT", "/api/customization/customization",
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                bearer(tenant.accessToken));
    }

    QImage screenshot(const QString& slug)
    {
        QTemporaryDir profile;
        const auto file = QDir(QCoreApplication::applicationDirPath()).filePath("portal-" + slug + ".png");
        QFile::remove(file);
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(chromium,
                      {"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                       "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                       "--user-data-dir=" + profile.path(),
                       "--host-resolver-rules=MAP *.aih.test 127.0.0.1, MAP * ~NOTFOUND",
                       "--window-size=1200,900", "--screenshot=" + file,
                       QString("http://%1.aih.test:%2/portal").arg(slug).arg(live->server->port())});
        if (!browser.waitForFinished(90000)) {
            browser.kill();
            browser.waitForFinished();
            qFatal("chromium did not finish");
        }
        QImage image(file);
        if (image.isNull()) {
            qFatal("no screenshot from chromium:\n%s", browser.readAll().constData());
        }
        return image.convertToFormat(QImage::Format_RGB32);
    }

    HttpClient& client() { return *live->client; }
    QString chromium;
    std::unique_ptr<LiveServer> live;
    TenantFixture alpha;
    TenantFixture beta;
};

QTEST_GUILESS_MAIN(TestPortalInBrowser)
#include "TestPortalInBrowser.moc"
