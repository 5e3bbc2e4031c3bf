// SPDX-License-Identifier: Apache-2.0
// Single sign-on through the console against a real aihd and a real OpenID Provider (npm
// oidc-provider on loopback): an admin sets up a connection, a domain and SCIM on the page and
// tests the connection; members sign in through the system browser, which is a QDesktopServices
// URL handler here that does what a browser does (the provider's pages, aihd's callback, the
// console's loopback address). Screenshots of the page and its dialogs go with TestGuiPages'.
#include "ApiHelpers.h"
#include "ConsoleHarness.h"
#include "DnsServerProcess.h"
#include "GuiDriver.h"
#include "OidcProviderProcess.h"
#include "SamlProviderProcess.h"
#include "SsoAppSignIn.h"
#include "SsoServer.h"
#include "features/signin/SignInDialog.h"
#include "features/sso/ConnectionDialog.h"
#include "features/sso/ConnectionTestDialog.h"
#include "features/sso/DomainsPanel.h"
#include "features/sso/ScimTokenDialog.h"
#include "features/sso/SsoConnectionTableModel.h"
#include "features/sso/SsoDomainTableModel.h"
#include "features/sso/SsoPage.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"
#include "gui/Translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QTimer>

using namespace aih;
using namespace aih::test;

namespace {

const QString clientSecret = "console-client-secret-0123456789";

/// A whole console whose browser is the system's (QDesktopServices::openUrl), for the test's
/// URL handler to stand in for.
struct SsoConsole
{
    ConsoleHarness console;
    console::DesktopUrlOpener browser;
    console::ConsoleContext context{console.core(), browser};
    console::MainWindow window{context};

    console::SsoPage* page() const { return qobject_cast<console::SsoPage*>(window.page("ssoPage")); }
};

/// The page has its answer: its banner says something other than "loading", or nothing.
bool loaded(const console::Page* page)
{
    return !page->banner()->isVisible() || page->banner()->kind() != console::StatusBanner::Kind::Busy;
}

void capture(QWidget* widget, const QString& name)
{
    QDir folder(AIH_SCREENSHOT_DIR);
    QVERIFY(folder.mkpath("."));
    QTest::qWait(100);
    const auto file = folder.filePath(name + ".png");
    QVERIFY(widget->grab().save(file));
    QVERIFY(QFileInfo(file).size() > 0);
}

} // namespace

/// The system browser, as QDesktopServices reaches it: remembers what it was asked to open and,
/// with a `login`, signs in at the provider as that account, follows aihd's callback to the
/// console's loopback address and loads that page, without holding up the event loop.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    QString login;
    QList<QUrl> opened;
    /// Where aihd sent the browser last, and how the console's loopback answered it.
    QUrl loopbackUrl;
    bool loopbackAnswered = false;
    int loopbackStatus = 0;
    QByteArray loopbackPage;
    QNetworkReply::NetworkError loopbackError = QNetworkReply::NoError;

    const OidcProviderProcess* provider = nullptr;
    const SamlProviderProcess* samlProvider = nullptr;
    const HttpClient* aihd = nullptr;
    QString publicUrl;

public slots:
    void openUrl(const QUrl& url)
    {
        opened.append(url);
        if (!login.isEmpty()) {
            QTimer::singleShot(0, this, [this, url] { visit(url, login); });
        }
    }

public:
    /// The person's part: the provider's login and consent as `as`, then the redirects. A SAML
    /// provider's page posts its form to aihd's ACS by itself.
    void visit(const QUrl& url, const QString& as)
    {
        loopbackAnswered = false;
        HttpResponse callback;
        if (samlProvider != nullptr && url.toString().startsWith(samlProvider->baseUrl())) {
            const auto post = samlProvider->setNext(as)
                                  ? samlProvider->answer(url.toString(QUrl::FullyEncoded))
                                  : SamlPost();
            if (!post.ok() || !post.action.startsWith(publicUrl)) {
                qWarning() << "the SAML provider answered" << post.action;
                return;
            }
            callback =
                aihd->request("POST", post.action.mid(publicUrl.size()).toStdString(),
                              formOf({{"SAMLResponse", post.samlResponse}, {"RelayState", post.relayState}}),
                              {}, "application/x-www-form-urlencoded");
        } else {
            const auto answer = provider->signIn(url.toString(QUrl::FullyEncoded), as);
            if (!answer.startsWith(publicUrl + "/api/auth/sso/oidc/callback?")) {
                qWarning() << "the provider answered" << answer;
                return;
            }
            callback = aihd->get(answer.mid(publicUrl.size()).toStdString());
        }
        if (callback.status != 303) {
            qWarning() << "aihd's callback answered" << callback.status << callback.body;
            return;
        }
        loopbackUrl = QUrl(callback.header("Location"));
        // The console answers on this very event loop: the request must not block it.
        network_.setProxy(QNetworkProxy::NoProxy);
        auto* reply = network_.get(QNetworkRequest(loopbackUrl));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            loopbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            loopbackPage = reply->readAll();
            loopbackError = reply->error();
            loopbackAnswered = true;
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager network_;
};

class TestGuiSingleSignOn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Texts are checked in English, whatever the machine's language.
        console::Translations::install("en");
        if (!SsoServer::providerInstalled(tools, AIH_OPENAPI_TOOLS)) {
            QFAIL(qPrintable(tools.missingMessage()));
        }
        QVERIFY2(dns.start(), "dnsmasq did not start (scripts/install-deps installs it)");
        sso = std::make_unique<SsoServer>(std::map<QString, QString>{{"AIH_DNS_SERVER", dns.address()}});
        publicUrl = sso->publicUrl;
        http = sso->client.get();
        provider = std::make_unique<OidcProviderProcess>(
            tools, OidcProviderProcess::defaultScript(),
            QList<OidcClient>{{"aihd-console", clientSecret, {sso->callbackUrl()}}});
        QVERIFY2(provider->start(), qPrintable(provider->log()));

        QVERIFY2(samlProvider.start(), qPrintable(samlProvider.log()));
        browser.provider = provider.get();
        browser.samlProvider = &samlProvider;
        browser.aihd = http;
        browser.publicUrl = publicUrl;
        QDesktopServices::setUrlHandler("http", &browser, "openUrl");

        tenant = createTenant(*http, "sso-gui", "enterprise");
        admin = std::make_unique<SsoConsole>();
        admin->window.resize(1280, 900);
        admin->window.show();
        QVERIFY(admin->console.signIn(profileOf(tenant.slug, tenant.adminEmail), tenant.adminPassword));
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler("http");
        member.reset();
        admin.reset();
        provider.reset();
        sso.reset();
    }

    void thePageIsListedOnlyWhenThePlanHasSso()
    {
        const auto* navigation = child<QListWidget>(&admin->window, "navigationList");
        const auto row = static_cast<int>(admin->window.pages().indexOf(admin->page()));
        QVERIFY(!navigation->item(row)->isHidden());
        QVERIFY(navigation->item(row)->flags() & Qt::ItemIsEnabled);

        const auto pro = createTenant(*http, "sso-gui-pro", "pro");
        SsoConsole other;
        QVERIFY(other.console.signIn(profileOf(pro.slug, pro.adminEmail), pro.adminPassword));
        QVERIFY(child<QListWidget>(&other.window, "navigationList")->item(row)->isHidden());
    }

    void anAdminAddsAConnectionThroughTheDialog()
    {
        admin->window.showPage("ssoPage");
        auto* page = admin->page();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 20000);
        QCOMPARE(page->connections()->rowCount(), 0);
        click(child<QToolButton>(page, "createConnectionButton"));
        QPointer<console::ConnectionDialog> dialog = waitForDialog<console::ConnectionDialog>();
        QVERIFY(dialog);
        auto* save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled());
        typeInto(child<QLineEdit>(dialog, "nameEdit"), "Example IdP");
        typeInto(child<QLineEdit>(dialog, "issuerEdit"), provider->issuer());
        typeInto(child<QLineEdit>(dialog, "clientIdEdit"), "aihd-console");
        typeInto(child<QLineEdit>(dialog, "clientSecretEdit"), clientSecret);
        typeInto(child<QLineEdit>(dialog, "scopesEdit"), "openid email profile groups");
        click(child<QPushButton>(dialog, "addGroupButton"));
        typeInto(child<QLineEdit>(dialog, "groupEdit_0"), "aihd-admins");
        auto* role = child<QComboBox>(dialog, "groupRoleCombo_0");
        role->setCurrentIndex(role->findText("Admin"));
        click(child<QPushButton>(dialog, "addGroupButton"));
        typeInto(child<QLineEdit>(dialog, "groupEdit_1"), "staff");
        child<QComboBox>(dialog, "groupRoleCombo_1")->setCurrentIndex(1); // Manager
        QVERIFY(save->isEnabled());
        capture(dialog, "sso-connection-dialog");
        click(save);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);

        QCOMPARE(page->connections()->rowCount(), 1);
        QCOMPARE(page->connections()->index(0, console::SsoConnectionTableModel::Issuer).data().toString(),
                 provider->issuer());
        QCOMPARE(child<QLineEdit>(page, "redirectUriEdit")->text(),
                 publicUrl + "/api/auth/sso/oidc/callback");
        QCOMPARE(child<QLineEdit>(page, "discoveryUrlEdit")->text(),
                 provider->issuer() + "/.well-known/openid-configuration");
        click(child<QPushButton>(page, "redirectUriCopyButton"));
        QCOMPARE(QApplication::clipboard()->text(), publicUrl + "/api/auth/sso/oidc/callback");

        const auto saved = onlyConnection();
        QCOMPARE(saved["client_secret_set"].toBool(), true);
        QCOMPARE(saved["role_map"].toObject()["aihd-admins"].toString(), QString("admin"));
        QCOMPARE(saved["role_map"].toObject()["staff"].toString(), QString("manager"));
    }

    void requiringSsoKeepsTheSecretAndNamesTheBreakGlassAdmin()
    {
        auto* page = admin->page();
        QVERIFY(selectRow(child<QTableView>(page, "connectionsView"), console::SsoConnectionTableModel::Name,
                          "Example IdP"));
        click(child<QToolButton>(page, "editConnectionButton"));
        QPointer<console::ConnectionDialog> dialog = waitForDialog<console::ConnectionDialog>();
        QVERIFY(dialog);
        auto* secret = child<QLineEdit>(dialog, "clientSecretEdit");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains("Unchanged"));
        QVERIFY(child<QCheckBox>(dialog, "removeSecretCheck")->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "groupEdit_0")->text(), QString("aihd-admins"));
        child<QCheckBox>(dialog, "requireSsoCheck")->setChecked(true);
        auto* warning = child<QLabel>(dialog, "breakGlassWarningLabel");
        QVERIFY(warning->isVisible());
        auto* breakGlass = child<QComboBox>(dialog, "breakGlassCombo");
        const auto adminRow = breakGlass->findData(tenant.adminId);
        QVERIFY2(adminRow > 0, "the tenant's admin can be the break-glass user");
        breakGlass->setCurrentIndex(adminRow);
        QVERIFY(!warning->isVisible());
        click(child<QPushButton>(dialog, "saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);

        QCOMPARE(
            page->connections()->index(0, console::SsoConnectionTableModel::RequireSso).data().toString(),
            QString("Required"));
        const auto saved = onlyConnection();
        QCOMPARE(saved["require_sso"].toBool(), true);
        QCOMPARE(saved["break_glass_user_id"].toString(), tenant.adminId);
        QCOMPARE(saved["client_secret_set"].toBool(), true);
    }

    void aDomainIsClaimedThenVerifiedOnceItsRecordIsPublished()
    {
        auto* page = admin->page();
        auto* domains = page->domains();
        typeInto(child<QLineEdit>(domains, "claimDomainEdit"), "example.test");
        click(child<QPushButton>(domains, "claimDomainButton"));
        QTRY_COMPARE_WITH_TIMEOUT(domains->model()->rowCount(), 1, 20000);
        auto* name = child<QLineEdit>(domains, "txtRecordNameEdit");
        auto* value = child<QLineEdit>(domains, "txtRecordValueEdit");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QString("_aih-verification.example.test"), 20000);
        QVERIFY(!value->text().isEmpty());
        click(child<QPushButton>(domains, "txtRecordValueCopyButton"));
        QCOMPARE(QApplication::clipboard()->text(), value->text());

        // Not published yet: the server's reason is shown, and the domain stays pending.
        click(child<QPushButton>(domains, "verifyDomainButton"));
        QTRY_COMPARE_WITH_TIMEOUT(page->banner()->kind(), console::StatusBanner::Kind::Error, 20000);
        QCOMPARE(domains->model()->index(0, console::SsoDomainTableModel::Status).data().toString(),
                 QString("Pending"));

        QVERIFY(dns.start({{name->text().toStdString(), value->text().toStdString()}}));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(domains, "verifyDomainButton")->isEnabled(), 20000);
        click(child<QPushButton>(domains, "verifyDomainButton"));
        QTRY_COMPARE_WITH_TIMEOUT(
            domains->model()->index(0, console::SsoDomainTableModel::Status).data().toString(),
            QString("Verified"), 20000);
        QVERIFY(page->banner()->text().contains("example.test is verified"));
    }

    void testingTheConnectionShowsWhatTheProviderSent()
    {
        auto* page = admin->page();
        QVERIFY(selectRow(child<QTableView>(page, "connectionsView"), console::SsoConnectionTableModel::Name,
                          "Example IdP"));
        browser.login = "alice";
        click(child<QToolButton>(page, "testConnectionButton"));
        QPointer<console::ConnectionTestDialog> dialog = waitForDialog<console::ConnectionTestDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "claimEmailLabel"), 30000);
        QCOMPARE(child<QLabel>(dialog, "claimEmailLabel")->text(), QString("alice@example.test (verified)"));
        QCOMPARE(child<QLabel>(dialog, "claimIssuerLabel")->text(), provider->issuer());
        QCOMPARE(child<QLabel>(dialog, "claimNameLabel")->text(), QString("Alice Example"));
        QVERIFY(child<QLabel>(dialog, "claimGroupsLabel")->text().contains("aihd-admins"));
        QCOMPARE(child<QLabel>(dialog, "mappedRoleLabel")->text(), QString("Admin"));
        QTRY_VERIFY_WITH_TIMEOUT(browser.loopbackAnswered, 20000);
        QCOMPARE(browser.loopbackStatus, 200);
        capture(dialog, "sso-connection-test-dialog");
        dialog->reject();
        // A test signs nobody in: no account was made for alice.
        QVERIFY(!http->get("/api/enterprise/admin/users", bearer(tenant.accessToken)).body.contains("alice"));
    }

    void aMemberSignsInWithSsoByEmail()
    {
        member = std::make_unique<SsoConsole>();
        member->window.show();
        member->window.start();
        auto* dialog = waitForDialog<console::SignInDialog>();
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "serverEdit"), publicUrl);
        typeInto(child<QLineEdit>(dialog, "emailEdit"), "alice@example.test");
        browser.login = "alice";
        click(child<QPushButton>(dialog, "ssoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            member->console.core().session().state() == console::Session::State::SignedIn, 30000);
        const auto& session = member->console.core().session();
        QCOMPARE(session.user().email, QString("alice@example.test"));
        QVERIFY(session.user().role == Role::Admin); // aihd-admins -> admin
        QVERIFY(child<QLabel>(&member->window, "accountLabel")->text().contains("alice@example.test"));
        QTRY_VERIFY(!waitForDialog<console::SignInDialog>(100));
        QVERIFY(browser.loopbackPage.contains("close this window"));

        // The profile is the account's, tenant and all, and its sign-in is in the keychain.
        const auto profiles = member->console.core().profiles().profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().tenant, tenant.slug);
        QCOMPARE(profiles.first().email, QString("alice@example.test"));
        const auto saved = awaitCredential([&](QObject* context, console::CredentialStore::Done done) {
            member->console.core().credentialStore().read(profiles.first().id(), context, done);
        });
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.secret, member->console.core().credentials().refreshToken());

        // The next run of the console resumes it from there, as it does a password sign-in.
        ConsoleHarness nextRun(member->console, 0);
        QSignalSpy resumed(&nextRun.core().session(), &console::Session::signedIn);
        nextRun.core().session().resume(profiles.first());
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 20000);
        QCOMPARE(nextRun.core().session().user().email, QString("alice@example.test"));
        QCOMPARE(nextRun.core().session().tenant().slug, tenant.slug);
    }

    void aRefusedSignInShowsTheReason()
    {
        child<QAction>(&member->window, "signOutAction")->trigger();
        auto* dialog = waitForDialog<console::SignInDialog>(20000);
        QVERIFY(dialog);
        browser.login = "bob"; // the provider says bob's address is not verified
        click(child<QPushButton>(dialog, "ssoButton"));
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains("did not complete") && error->text().contains("not accepted"),
                 qPrintable(error->text()));
        QVERIFY(child<QPushButton>(dialog, "ssoButton")->isEnabled());
        QVERIFY(!child<QWidget>(dialog, "ssoWaitingPanel")->isVisible());
        QCOMPARE(member->console.core().session().state(), console::Session::State::SignedOut);
        QCOMPARE(browser.loopbackStatus, 200);
        // Summary and detail both have room: the dialog grew for them.
        QTRY_VERIFY(error->height() > error->fontMetrics().height());
        capture(dialog, "sso-sign-in-refused");
    }

    void anAddressWithoutSsoIsExplained()
    {
        auto* dialog = waitForDialog<console::SignInDialog>();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "tenantEdit")->clear();
        typeInto(child<QLineEdit>(dialog, "emailEdit"), "someone@unclaimed.test");
        const auto opened = browser.opened.size();
        click(child<QPushButton>(dialog, "ssoButton"));
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains("not set up"), 20000);
        QCOMPARE(browser.opened.size(), opened);
    }

    void cancelStopsWaitingAndTheLoopbackListener()
    {
        auto* dialog = waitForDialog<console::SignInDialog>();
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "emailEdit"), "alice@example.test");
        browser.login.clear(); // the person does nothing yet
        const auto opened = browser.opened.size();
        click(child<QPushButton>(dialog, "ssoButton"));
        QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), opened + 1, 20000);
        auto* waiting = child<QWidget>(dialog, "ssoWaitingPanel");
        QVERIFY(waiting->isVisible());
        QVERIFY(child<QLabel>(dialog, "ssoWaitingLabel")->text().contains("web browser"));
        capture(dialog, "sso-sign-in-waiting");
        click(child<QPushButton>(dialog, "cancelSsoButton"));
        QVERIFY(!waiting->isVisible());
        QVERIFY(child<QPushButton>(dialog, "ssoButton")->isEnabled());
        QCOMPARE(member->console.core().session().state(), console::Session::State::SignedOut);

        // The person finishes in the browser after all: nothing listens for it any more.
        browser.visit(browser.opened.last(), "alice");
        QTRY_VERIFY_WITH_TIMEOUT(browser.loopbackAnswered, 20000);
        QCOMPARE(browser.loopbackError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(member->console.core().session().state(), console::Session::State::SignedOut);
        QVERIFY(dialog->isVisible());
    }

    void aNewScimTokenIsShownOnceAndReplacesTheOld()
    {
        auto* page = admin->page();
        auto* status = child<QLabel>(page, "scimStatusLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains("No SCIM token"), qPrintable(status->text()),
                                  20000);
        QVERIFY(child<QLineEdit>(page, "scimBaseUrlEdit")->text().endsWith("/scim/v2"));

        const auto first = newScimToken();
        QVERIFY2(first.startsWith("scim_"), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("has a SCIM token"), 20000);
        const auto shown = http->get("/api/enterprise/sso/scim-token", bearer(tenant.accessToken));
        QCOMPARE(shown.json()["configured"].toBool(), true);
        QVERIFY(!shown.body.contains(first.toUtf8()));

        // A second token asks first, since the provider's stops working at once.
        console::MessageBox::setNextAnswer(QMessageBox::Yes);
        const auto second = newScimToken();
        QVERIFY(second.startsWith("scim_"));
        QVERIFY(second != first);
    }

    void theNewTextsAreTranslated()
    {
        const auto restore = qScopeGuard([] { console::Translations::install("en"); });
        const auto text = [] {
            return QCoreApplication::translate("aih::console::SignInDialog", "Sign in with SSO");
        };
        console::Translations::install("de");
        QCOMPARE(text(), QString("Mit SSO anmelden"));
        console::Translations::install("fr");
        QCOMPARE(text(), QString("Se connecter avec SSO"));
        console::Translations::install("es");
        QCOMPARE(text(), QString("Iniciar sesión con SSO"));
    }

    void aSamlConnectionIsAddedFromTheProvidersMetadata()
    {
        auto* page = admin->page();
        click(child<QToolButton>(page, "createConnectionButton"));
        QPointer<console::ConnectionDialog> dialog = waitForDialog<console::ConnectionDialog>();
        QVERIFY(dialog);
        auto* protocol = child<QComboBox>(dialog, "protocolCombo");
        protocol->setCurrentIndex(protocol->findData("saml"));
        // Only the SAML rows are shown: the metadata, not the OpenID client.
        QVERIFY(child<QPlainTextEdit>(dialog, "idpMetadataEdit")->isVisibleTo(dialog));
        QVERIFY(!child<QLineEdit>(dialog, "issuerEdit")->isVisibleTo(dialog));
        QVERIFY(!child<QLineEdit>(dialog, "clientIdEdit")->isVisibleTo(dialog));
        auto* save = child<QPushButton>(dialog, "saveButton");
        typeInto(child<QLineEdit>(dialog, "nameEdit"), "Example SAML IdP");
        QVERIFY(!save->isEnabled());
        child<QPlainTextEdit>(dialog, "idpMetadataEdit")->setPlainText(samlProvider.metadata());
        QVERIFY(save->isEnabled());
        capture(dialog, "sso-saml-connection-dialog");
        click(save);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);

        QCOMPARE(page->connections()->rowCount(), 2);
        QVERIFY(selectRow(child<QTableView>(page, "connectionsView"), console::SsoConnectionTableModel::Name,
                          "Example SAML IdP"));
        const auto row = child<QTableView>(page, "connectionsView")->currentIndex().row();
        QCOMPARE(page->connections()->index(row, console::SsoConnectionTableModel::Issuer).data().toString(),
                 samlProvider.entityId());
        QCOMPARE(
            page->connections()->index(row, console::SsoConnectionTableModel::Protocol).data().toString(),
            QString("SAML 2.0"));
        QCOMPARE(child<QLineEdit>(page, "redirectUriEdit")->text(), publicUrl + "/api/auth/sso/saml/acs");
        QVERIFY(child<QLineEdit>(page, "discoveryUrlEdit")
                    ->text()
                    .startsWith(publicUrl + "/api/auth/sso/saml/metadata/"));
        QVERIFY(page->banner()->text().contains("ACS URL"));

        // Editing keeps the protocol.
        click(child<QToolButton>(page, "editConnectionButton"));
        QPointer<console::ConnectionDialog> edit = waitForDialog<console::ConnectionDialog>();
        QVERIFY(edit);
        QVERIFY(!child<QComboBox>(edit, "protocolCombo")->isEnabled());
        QCOMPARE(child<QPlainTextEdit>(edit, "idpMetadataEdit")->toPlainText(), samlProvider.metadata());
        edit->reject();
    }

    void testingTheSamlConnectionShowsWhatTheProviderSent()
    {
        auto* page = admin->page();
        QVERIFY(selectRow(child<QTableView>(page, "connectionsView"), console::SsoConnectionTableModel::Name,
                          "Example SAML IdP"));
        browser.login = "carol";
        click(child<QToolButton>(page, "testConnectionButton"));
        QPointer<console::ConnectionTestDialog> dialog = waitForDialog<console::ConnectionTestDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "claimEmailLabel"), 30000);
        QCOMPARE(child<QLabel>(dialog, "claimEmailLabel")->text(), QString("carol@example.test (verified)"));
        QCOMPARE(child<QLabel>(dialog, "claimIssuerLabel")->text(), samlProvider.entityId());
        QCOMPARE(child<QLabel>(dialog, "claimNameLabel")->text(), QString("Carol Example"));
        capture(dialog, "sso-saml-connection-test-dialog");
        dialog->reject();
    }

    void thePageIsCapturedForReview()
    {
        admin->window.showPage("ssoPage");
        admin->page()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(admin->page()), 20000);
        capture(&admin->window, "sso-page");
    }

private:
    console::ServerProfile profileOf(const QString& tenantKey, const QString& email) const
    {
        return ConsoleHarness::profile(sso->port, tenantKey, email);
    }

    QJsonObject onlyConnection() const
    {
        const auto listed = http->get("/api/enterprise/sso/connections", bearer(tenant.accessToken));
        const auto connections = listed.json()["connections"].toArray();
        return connections.size() == 1 ? connections.first().toObject() : QJsonObject();
    }

    /// Asks the page for a new SCIM token and reads it from the dialog that shows it once.
    QString newScimToken()
    {
        auto* page = admin->page();
        click(child<QPushButton>(page, "newScimTokenButton"));
        QPointer<console::ScimTokenDialog> dialog = waitForDialog<console::ScimTokenDialog>(20000);
        if (!dialog) {
            qWarning() << "no token dialog:" << page->banner()->text();
            return {};
        }
        const auto token = child<QLineEdit>(dialog, "scimTokenEdit")->text();
        if (!child<QLabel>(dialog, "scimTokenWarningLabel")->text().contains("only this once")) {
            return {};
        }
        click(child<QPushButton>(dialog, "copyButton"));
        if (QApplication::clipboard()->text() != token) {
            return {};
        }
        capture(dialog, "sso-scim-token-dialog");
        click(child<QPushButton>(dialog, "doneButton"));
        (void)QTest::qWaitFor([&] { return !dialog; }, 5000);
        return token;
    }

    OpenApiTools tools{AIH_OPENAPI_TOOLS};
    DnsServerProcess dns;
    std::unique_ptr<SsoServer> sso;
    const HttpClient* http = nullptr;
    std::unique_ptr<OidcProviderProcess> provider;
    SamlProviderProcess samlProvider;
    QString publicUrl;
    FakeBrowser browser;
    TenantFixture tenant;
    std::unique_ptr<SsoConsole> admin;
    std::unique_ptr<SsoConsole> member;
};

QTEST_MAIN(TestGuiSingleSignOn)
#include "TestGuiSingleSignOn.moc"
