// SPDX-License-Identifier: Apache-2.0
// Clicking through the console against a real aihd: sign-in, users, API keys, what managers
// and plain users are kept from, and sign-out.
#include "ApiHelpers.h"
#include "ConsoleWindow.h"
#include "LiveServer.h"
#include "SmtpServerProcess.h"
#include "Totp.h"
#include "features/account/ChangePasswordDialog.h"
#include "features/account/SessionsDialog.h"
#include "features/account/TwoFactorDialog.h"
#include "features/apikeys/ApiKeyTableModel.h"
#include "features/apikeys/ApiKeysPage.h"
#include "features/apikeys/KeySecretDialog.h"
#include "features/apikeys/RotateKeyDialog.h"
#include "features/signin/SignInDialog.h"
#include "features/users/CreateUserDialog.h"
#include "features/users/UserTableModel.h"
#include "features/users/UsersPage.h"
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"
#include "gui/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace aih;
using namespace aih::test;
using console::MessageBox;

class TestGuiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Texts and numbers are checked in English, whatever the machine's language.
        console::Translations::install("en");
        // Mail goes through a real SMTP server, so the invitations and reset mails the console
        // asks for are seen arriving.
        QVERIFY(smtp.start());
        live = std::make_unique<LiveServer>(smtp.serverEnvironment({}));
        tenant = createTenant(*live->client, "gui-co", "basic");
        app = std::make_unique<ConsoleWindow>();
        app->window.show();
        app->window.start();
    }

    void signInIsAskedForWhenNothingIsSaved()
    {
        dialog = waitForDialog<console::SignInDialog>();
        QVERIFY(dialog);
        QVERIFY(!child<QComboBox>(dialog, "profileCombo")->isVisible());
    }

    void wrongPasswordIsExplainedInTheDialog()
    {
        typeInto(child<QLineEdit>(dialog, "serverEdit"),
                 QString("http://127.0.0.1:%1").arg(live->server->port()));
        typeInto(child<QLineEdit>(dialog, "tenantEdit"), tenant.slug);
        typeInto(child<QLineEdit>(dialog, "emailEdit"), tenant.adminEmail);
        typeInto(child<QLineEdit>(dialog, "passwordEdit"), "not-the-password");
        click(child<QPushButton>(dialog, "signInButton"));
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY(error->text().contains("password is not right"));
        QVERIFY(dialog->isVisible());
    }

    void plainHttpToARemoteServerIsRefused()
    {
        auto* server = child<QLineEdit>(dialog, "serverEdit");
        const auto good = server->text();
        typeInto(server, "http://aih.example.com");
        click(child<QPushButton>(dialog, "signInButton"));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains("https://"));
        typeInto(server, good);
    }

    void signInOpensTheDashboardAndRemembersTheProfile()
    {
        typeInto(child<QLineEdit>(dialog, "passwordEdit"), tenant.adminPassword);
        click(child<QPushButton>(dialog, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QVERIFY(child<QLabel>(&app->window, "accountLabel")->text().contains(tenant.adminEmail));
        QCOMPARE(app->currentPage(), QString("dashboardPage"));
        QCOMPARE(app->console.core().profiles().profiles().size(), 1);
    }

    void adminCreatesAUser()
    {
        app->window.showPage("usersPage");
        auto* page = usersPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 20000);
        click(child<QToolButton>(page, "createUserButton"));
        QPointer<console::CreateUserDialog> create = waitForDialog<console::CreateUserDialog>();
        QVERIFY(create);
        auto* ok = child<QPushButton>(create, "createButton");
        typeInto(child<QLineEdit>(create, "emailEdit"), "not-an-address");
        QVERIFY(!ok->isEnabled());
        typeInto(child<QLineEdit>(create, "emailEdit"), "new.hire@gui-co.example");
        auto* role = child<QComboBox>(create, "roleCombo");
        QCOMPARE(role->count(), 3);
        role->setCurrentIndex(role->findText("Manager"));
        typeInto(child<QLineEdit>(create, "passwordEdit"), "a long enough password");
        click(ok);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(page->model(), console::UserTableModel::Email, "new.hire@gui-co.example") >= 0, 20000);
        QTRY_VERIFY(!create);
        const auto listed = live->client->get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        QVERIFY(listed.body.contains("new.hire@gui-co.example"));
    }

    void withoutAPasswordTheAddressIsInvited()
    {
        auto* page = usersPage();
        click(child<QToolButton>(page, "createUserButton"));
        QPointer<console::CreateUserDialog> create = waitForDialog<console::CreateUserDialog>();
        QVERIFY(create);
        typeInto(child<QLineEdit>(create, "emailEdit"), "guest@gui-co.example");
        click(child<QPushButton>(create, "createButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!create, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->banner()->text().contains("invitation was mailed to guest@gui-co.example"), 20000);
        QVERIFY(smtp.waitForMailTo("guest@gui-co.example").front().subject.contains("invited"));
        // No account that could never sign in: a pending invitation, no user row.
        const auto invited =
            live->client->get("/api/enterprise/admin/invitations", bearer(tenant.accessToken));
        QVERIFY(invited.body.contains("guest@gui-co.example"));
        QCOMPARE(rowWith(page->model(), console::UserTableModel::Email, "guest@gui-co.example"), -1);

        // The pending invitation is listed under the users; resend it, then revoke it.
        auto* table = child<QTableWidget>(page, "invitationsTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 1 && table->isVisible(), 20000);
        QCOMPARE(table->item(0, 0)->text(), QString("guest@gui-co.example"));
        table->selectRow(0);
        click(child<QPushButton>(page, "resendInvitationButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("new invitation was mailed"), 20000);
        QCOMPARE(smtp.waitForMailTo("guest@gui-co.example", 2).size(), std::size_t(2));
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 1, 20000);
        table->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QPushButton>(page, "revokeInvitationButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("was revoked"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 20000);
        const auto left = live->client->get("/api/enterprise/admin/invitations", bearer(tenant.accessToken));
        QVERIFY(!left.body.contains("guest@gui-co.example"));
    }

    void anAdminSendsAResetMailAndEndsAUsersSessions()
    {
        auto* page = usersPage();
        const auto hire =
            login(*live->client, tenant.slug, "new.hire@gui-co.example", "a long enough password");
        QCOMPARE(live->client->get("/api/auth/me", bearer(hire.accessToken)).status, 200);
        QVERIFY(selectRow(child<QTableView>(page, "usersView"), console::UserTableModel::Email,
                          "new.hire@gui-co.example"));
        QVERIFY(child<QToolButton>(page, "accountActionsButton")->isEnabled());
        child<QAction>(page, "resetPasswordAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("password reset mail"), 20000);
        QVERIFY(smtp.waitForMailTo("new.hire@gui-co.example").front().subject.startsWith("Reset"));
        child<QAction>(page, "endSessionsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("Every session"), 20000);
        QCOMPARE(live->client->get("/api/auth/me", bearer(hire.accessToken)).status, 401);
    }

    void serverRefusalStaysInTheDialog()
    {
        click(child<QToolButton>(usersPage(), "createUserButton"));
        auto* create = waitForDialog<console::CreateUserDialog>();
        QVERIFY(create);
        typeInto(child<QLineEdit>(create, "emailEdit"), "new.hire@gui-co.example");
        click(child<QPushButton>(create, "createButton"));
        auto* error = child<QLabel>(create, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains("conflicts"), 20000);
        QVERIFY(create->isVisible());
        create->reject();
    }

    void adminChangesARoleAndDeactivatesAfterConfirming()
    {
        auto* page = usersPage();
        auto* view = child<QTableView>(page, "usersView");
        QVERIFY(selectRow(view, console::UserTableModel::Email, "new.hire@gui-co.example"));
        auto* makeUser = child<QAction>(page, "roleAction_user");
        QVERIFY(makeUser->isEnabled());
        makeUser->trigger();
        const auto row = [&] {
            return rowWith(page->model(), console::UserTableModel::Email, "new.hire@gui-co.example");
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            page->model()->index(row(), console::UserTableModel::RoleColumn).data().toString(),
            QString("User"), 20000);
        QVERIFY(selectRow(view, console::UserTableModel::Email, "new.hire@gui-co.example"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QToolButton>(page, "toggleActiveButton"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->model()->index(row(), console::UserTableModel::Status).data().toString(),
            QString("Deactivated"), 20000);
        const auto listed = live->client->get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        for (const auto& value : listed.json()["data"].toArray()) {
            const auto user = value.toObject();
            if (user["email"].toString() == "new.hire@gui-co.example") {
                QCOMPARE(user["active"].toBool(), false);
                QCOMPARE(user["role"].toString(), QString("user"));
            }
        }
    }

    void theLastAdminCannotDemoteOrDeactivateThemselves()
    {
        auto* page = usersPage();
        QVERIFY(selectRow(child<QTableView>(page, "usersView"), console::UserTableModel::Email,
                          tenant.adminEmail));
        QVERIFY(!child<QAction>(page, "roleAction_user")->isEnabled());
        auto* toggle = child<QToolButton>(page, "toggleActiveButton");
        QVERIFY(!toggle->isEnabled());
        QVERIFY(toggle->toolTip().contains("only active admin"));
    }

    void newKeyShowsItsSecretOnceWithACopyButton()
    {
        app->window.showPage("apiKeysPage");
        auto* page = keysPage();
        click(child<QToolButton>(page, "createKeyButton"));
        auto* create = waitForDialog<QDialog>();
        QVERIFY(create && create->objectName() == "createKeyDialog");
        typeInto(child<QLineEdit>(create, "keyNameEdit"), "deploy-bot");
        child<QCheckBox>(create, "writeScopeCheck")->setChecked(true);
        click(child<QPushButton>(create, "createButton"));
        QPointer<console::KeySecretDialog> shown = waitForDialog<console::KeySecretDialog>(20000);
        QVERIFY(shown);
        secret = child<QLineEdit>(shown, "secretEdit")->text();
        QVERIFY(secret.startsWith("aih_live_"));
        QVERIFY(child<QLabel>(shown, "secretWarningLabel")->text().contains("shown only this once"));
        click(child<QPushButton>(shown, "copyButton"));
        QCOMPARE(QApplication::clipboard()->text(), secret);
        click(child<QPushButton>(shown, "doneButton"));
        QTRY_VERIFY(!shown);
        QCOMPARE(live->client->get("/api/gurus", apiKey(secret)).status, 200);
        QVERIFY(rowWith(page->model(), console::ApiKeyTableModel::Name, "deploy-bot") >= 0);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            for (int column = 0; column < page->model()->columnCount(); ++column) {
                QVERIFY(!page->model()->index(row, column).data().toString().contains(secret));
            }
        }
    }

    void aKeyLimitedToNetworksIsRefusedElsewhere()
    {
        auto* page = keysPage();
        click(child<QToolButton>(page, "createKeyButton"));
        auto* create = waitForDialog<QDialog>();
        QVERIFY(create && create->objectName() == "createKeyDialog");
        typeInto(child<QLineEdit>(create, "keyNameEdit"), "office-only");
        auto* networks = child<QLineEdit>(create, "allowedIpsEdit");
        auto* createButton = child<QPushButton>(create, "createButton");
        // A block that is no network is named before anything is sent.
        typeInto(networks, "203.0.113.0/24, 10.0.0.0/33");
        QVERIFY(!createButton->isEnabled());
        QVERIFY(child<QLabel>(create, "errorLabel")->text().contains("10.0.0.0/33"));
        networks->clear();
        typeInto(networks, "203.0.113.0/24 2001:db8::/32");
        QVERIFY(createButton->isEnabled());
        child<QSpinBox>(create, "burstLimitSpin")->setValue(7);
        click(createButton);
        QPointer<console::KeySecretDialog> shown = waitForDialog<console::KeySecretDialog>(20000);
        QVERIFY(shown);
        const auto limited = child<QLineEdit>(shown, "secretEdit")->text();
        click(child<QPushButton>(shown, "doneButton"));
        QTRY_VERIFY(!shown);
        // The test calls from loopback, which is in neither block.
        const auto refused = live->client->get("/api/gurus", apiKey(limited));
        QCOMPARE(refused.status, 403);
        const int row = rowWith(page->model(), console::ApiKeyTableModel::Name, "office-only");
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->index(row, console::ApiKeyTableModel::Networks).data().toString(),
                 QString("203.0.113.0/24, 2001:db8::/32"));
        QCOMPARE(page->model()->recordAt(row)->burstLimit, 7);
    }

    void theKeysAndUsersAsShownExportAsCsv()
    {
        auto* page = keysPage();
        auto* view = child<QTableView>(page, "keysView");
        typeInto(child<QLineEdit>(page, "keyFilterEdit"), "OFFICE");
        QCOMPARE(view->model()->rowCount(), 1);
        QTemporaryDir dir;
        const auto keysFile = dir.filePath("keys.csv");
        console::FileDialog::setNextFileName(keysFile);
        click(child<QToolButton>(page, "exportKeysButton"));
        QTRY_VERIFY(page->banner()->text().contains("Exported 1 row"));
        QFile keys(keysFile);
        QVERIFY(keys.open(QIODevice::ReadOnly));
        const auto keyLines = keys.readAll().split('\n');
        QVERIFY(keyLines[0].startsWith("Name,Key,Scopes,Status"));
        QVERIFY(keyLines[1].startsWith("office-only,"));
        QVERIFY(keyLines[1].contains("\"203.0.113.0/24, 2001:db8::/32\""));
        QCOMPARE(keyLines.size(), 3); // the header, one key, and the end of the last line
        child<QLineEdit>(page, "keyFilterEdit")->clear();
        QVERIFY(view->model()->rowCount() > 1);

        // A name a spreadsheet would run as a formula is written as text.
        QCOMPARE(live->client
                     ->post("/api/enterprise/admin/users",
                            {{"email", "calc@gui-co.example"},
                             {"name", "=HYPERLINK(\"http://evil.example\")"},
                             {"password", "a long enough passphrase"}},
                            bearer(tenant.accessToken))
                     .status,
                 201);
        app->window.showPage("usersPage");
        auto* users = app->window.page("usersPage");
        users->refresh();
        typeInto(child<QLineEdit>(users, "userFilterEdit"), "calc@");
        QTRY_COMPARE(child<QTableView>(users, "usersView")->model()->rowCount(), 1);
        const auto usersFile = dir.filePath("users.csv");
        console::FileDialog::setNextFileName(usersFile);
        click(child<QToolButton>(users, "exportUsersButton"));
        QTRY_VERIFY(users->banner()->text().contains("Exported 1 row"));
        QFile written(usersFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto userLines = written.readAll().split('\n');
        QCOMPARE(userLines.size(), 3);
        QVERIFY2(userLines[1].contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
                 userLines[1].constData());
        QVERIFY(userLines[1].contains("calc@gui-co.example"));
        child<QLineEdit>(users, "userFilterEdit")->clear();
        app->window.showPage("apiKeysPage");
    }

    void aPersonsDataIsExportedThenErasedAfterTheAddressIsTyped()
    {
        QCOMPARE(live->client
                     ->post("/api/enterprise/admin/users",
                            {{"email", "leaver@gui-co.example"},
                             {"name", "Lea Ver"},
                             {"password", "a long enough passphrase"}},
                            bearer(tenant.accessToken))
                     .status,
                 201);
        app->window.showPage("usersPage");
        auto* page = usersPage();
        page->refresh();
        auto* view = child<QTableView>(page, "usersView");
        QTRY_VERIFY(selectRow(view, console::UserTableModel::Email, "leaver@gui-co.example"));
        QVERIFY(child<QToolButton>(page, "personalDataButton")->isEnabled());

        // The copy a person may ask for: the server's whole export, in a file.
        QTemporaryDir dir;
        const auto exported = dir.filePath("leaver.json");
        console::FileDialog::setNextFileName(exported);
        child<QAction>(page, "exportPersonalDataAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("is saved in"), 20000);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto data = QJsonDocument::fromJson(file.readAll());
        QVERIFY(data.isObject());
        QVERIFY(data.toJson().contains("leaver@gui-co.example"));
        QVERIFY(data.toJson().contains("Lea Ver"));

        // Erasure waits for the address typed out, then is done for good.
        child<QAction>(page, "erasePersonalDataAction")->trigger();
        auto* erasure = waitForDialog<QDialog>();
        QVERIFY(erasure && erasure->objectName() == "eraseUserDialog");
        auto* erase = child<QPushButton>(erasure, "confirmEraseButton");
        QVERIFY(!erase->isEnabled());
        typeInto(child<QLineEdit>(erasure, "confirmEmailEdit"), "leaver@gui-co.exampl");
        QVERIFY(!erase->isEnabled());
        typeInto(child<QLineEdit>(erasure, "confirmEmailEdit"), "Leaver@gui-co.example");
        QVERIFY(erase->isEnabled());
        click(erase);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("is erased"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!selectRow(view, console::UserTableModel::Email, "leaver@gui-co.example"),
                                 20000);
        const auto listed = live->client->get("/api/enterprise/admin/users", bearer(tenant.accessToken));
        QVERIFY(!listed.body.contains("leaver@gui-co.example"));
        QVERIFY(!listed.body.contains("Lea Ver"));
        QCOMPARE(login(*live->client, tenant.slug, "leaver@gui-co.example", "a long enough passphrase")
                     .response.status,
                 401);
    }

    void rotationShowsANewSecretAndRetiresTheOld()
    {
        auto* page = keysPage();
        QVERIFY(
            selectRow(child<QTableView>(page, "keysView"), console::ApiKeyTableModel::Name, "deploy-bot"));
        click(child<QToolButton>(page, "rotateKeyButton"));
        auto* rotate = waitForDialog<console::RotateKeyDialog>();
        QVERIFY(rotate);
        click(child<QPushButton>(rotate, "rotateButton"));
        auto* shown = waitForDialog<console::KeySecretDialog>(20000);
        QVERIFY(shown);
        const auto fresh = child<QLineEdit>(shown, "secretEdit")->text();
        QVERIFY(fresh != secret);
        click(child<QPushButton>(shown, "doneButton"));
        QCOMPARE(live->client->get("/api/gurus", apiKey(fresh)).status, 200);
        QCOMPARE(live->client->get("/api/gurus", apiKey(secret)).status, 401);
        secret = fresh;
    }

    void revokeAsksFirstThenStopsTheKey()
    {
        auto* page = keysPage();
        auto* view = child<QTableView>(page, "keysView");
        QVERIFY(selectRow(view, console::ApiKeyTableModel::Name, "deploy-bot"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(child<QToolButton>(page, "revokeKeyButton"));
        QTest::qWait(300);
        QCOMPARE(live->client->get("/api/gurus", apiKey(secret)).status, 200);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QToolButton>(page, "revokeKeyButton"));
        const auto status = [&] {
            const int row = rowWith(page->model(), console::ApiKeyTableModel::Name, "deploy-bot");
            return page->model()->index(row, console::ApiKeyTableModel::Status).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), QString("Revoked"), 20000);
        QCOMPARE(live->client->get("/api/gurus", apiKey(secret)).status, 401);
    }

    void managerOnlyGetsWhatTheServerAllows()
    {
        const auto email = QStringLiteral("mona@gui-co.example");
        createUserAndLogin(*live->client, tenant, email, "manager");
        ConsoleWindow manager;
        manager.window.show();
        QVERIFY(manager.console.signIn(profileOf(email), "password-for-" + email));
        manager.window.showPage("usersPage");
        auto* page = manager.page<console::UsersPage>("usersPage");
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 3, 20000);
        QVERIFY(selectRow(child<QTableView>(page, "usersView"), console::UserTableModel::Email,
                          tenant.adminEmail));
        QVERIFY(!child<QToolButton>(page, "changeRoleButton")->isEnabled());
        QVERIFY(!child<QToolButton>(page, "toggleActiveButton")->isEnabled());
        click(child<QToolButton>(page, "createUserButton"));
        auto* create = waitForDialog<console::CreateUserDialog>();
        QVERIFY(create);
        const auto* roles = child<QComboBox>(create, "roleCombo");
        QCOMPARE(roles->count(), 1);
        QCOMPARE(roles->itemText(0), QString("User"));
        create->reject();
    }

    void plainUserSeesOnlyTheirOwnPages()
    {
        const auto email = QStringLiteral("uma@gui-co.example");
        createUserAndLogin(*live->client, tenant, email, "user");
        ConsoleWindow plain;
        QVERIFY(plain.console.signIn(profileOf(email), "password-for-" + email));
        const auto* navigation = child<QListWidget>(&plain.window, "navigationList");
        QStringList enabled;
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->flags() & Qt::ItemIsEnabled) {
                enabled << navigation->item(row)->data(Qt::UserRole).toString();
            }
        }
        QCOMPARE(enabled,
                 QStringList({"dashboardPage", "apiKeysPage", "quotaPage", "brandingPage", "settingsPage"}));
        auto* keys = plain.page<console::ApiKeysPage>("apiKeysPage");
        keys->refresh();
        QVERIFY(!child<QCheckBox>(keys, "showAllKeysCheck")->isVisibleTo(keys));
    }

    void windowLayoutAndPageAreRememberedAcrossRuns()
    {
        app->window.showPage("apiKeysPage");
        app->window.resize(1000, 700);
        app->window.close();
        console::MainWindow nextRun(app->context);
        QCOMPARE(nextRun.size(), QSize(1000, 700));
        QCOMPARE(app->console.core().settings().value(console::Settings::Key::LastPage).toString(),
                 QString("apiKeysPage"));
        app->window.show();
    }

    void signOutEndsTheSessionAndAsksAgain()
    {
        const auto refreshToken = app->console.core().credentials().refreshToken();
        child<QAction>(&app->window, "signOutAction")->trigger();
        QVERIFY(waitForDialog<console::SignInDialog>(20000));
        QCOMPARE(usersPage()->model()->rowCount(), 0);
        QCOMPARE(app->currentPage(), QString());
        QCOMPARE(live->client->post("/api/auth/refresh", {{"refresh_token", refreshToken}}).status, 401);
        const auto saved = awaitCredential([&](QObject* context, console::CredentialStore::Done done) {
            app->console.core().credentialStore().read(profileOf(tenant.adminEmail).id(), context,
                                                       std::move(done));
        });
        QVERIFY(saved.notFound);
    }

    void aSecondFactorIsAskedForAfterThePassword()
    {
        const QString email = "twofactor@gui-co.example";
        const auto member = createUserAndLogin(*live->client, tenant, email, "user");
        const auto enrolment =
            live->client->post("/api/auth/mfa/totp", {}, bearer(member.accessToken)).json();
        const auto totpSecret = enrolment["secret"].toString();
        twoFactorRecovery = enrolment["recovery_codes"].toArray().first().toString();
        QCOMPARE(live->client
                     ->post("/api/auth/mfa/totp/confirm", {{"code", totpCode(totpSecret)}},
                            bearer(member.accessToken))
                     .status,
                 204);
        QPointer<console::SignInDialog> signIn = waitForDialog<console::SignInDialog>(20000);
        QVERIFY(signIn);
        typeInto(child<QLineEdit>(signIn, "tenantEdit"), tenant.slug);
        typeInto(child<QLineEdit>(signIn, "emailEdit"), email);
        typeInto(child<QLineEdit>(signIn, "passwordEdit"), "password-for-" + email);
        click(child<QPushButton>(signIn, "signInButton"));
        auto* code = child<QLineEdit>(signIn, "codeEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->isEnabled(), 20000);
        typeInto(code, "000000");
        click(child<QPushButton>(signIn, "signInButton"));
        auto* error = child<QLabel>(signIn, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains("code is not right"), 20000);
        typeInto(code, totpCode(totpSecret, 1));
        click(child<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!signIn, 20000);
        QVERIFY(child<QLabel>(&app->window, "accountLabel")->text().contains(email));
        twoFactorEmail = email;
        QVERIFY(login(*live->client, tenant.slug, email, "password-for-" + email)
                    .response.json()["mfa_required"]
                    .toBool());
    }

    void theAccountMenuTurnsTheSecondFactorOffAndOnAgain()
    {
        child<QAction>(&app->window, "twoFactorAction")->trigger();
        QPointer<console::TwoFactorDialog> off = waitForDialog<console::TwoFactorDialog>();
        QVERIFY(off);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(off, "introLabel")->text().contains("is on"), 20000);
        typeInto(child<QLineEdit>(off, "codeEdit"), twoFactorRecovery.toUpper());
        click(child<QPushButton>(off, "actionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!off, 20000);
        const auto direct =
            login(*live->client, tenant.slug, twoFactorEmail, "password-for-" + twoFactorEmail);
        QVERIFY(!direct.accessToken.isEmpty());

        child<QAction>(&app->window, "twoFactorAction")->trigger();
        QPointer<console::TwoFactorDialog> on = waitForDialog<console::TwoFactorDialog>();
        QVERIFY(on);
        auto* secretEdit = child<QLineEdit>(on, "secretEdit");
        QTRY_VERIFY_WITH_TIMEOUT(secretEdit->text().size() == 32, 20000);
        QVERIFY(!child<QLabel>(on, "qrLabel")->pixmap().isNull());
        QCOMPARE(child<QPlainTextEdit>(on, "recoveryCodesEdit")->toPlainText().split('\n').size(), 10);
        typeInto(child<QLineEdit>(on, "codeEdit"), totpCode(secretEdit->text()));
        click(child<QPushButton>(on, "actionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!on, 20000);
        const auto again =
            login(*live->client, tenant.slug, twoFactorEmail, "password-for-" + twoFactorEmail);
        QVERIFY(again.accessToken.isEmpty());
        QVERIFY(again.response.json()["mfa_required"].toBool());
    }

    void theAccountMenuListsAndEndsSessionsAndChangesThePassword()
    {
        // Another session of the same account, from elsewhere.
        const auto elsewhere =
            login(*live->client, tenant.slug, twoFactorEmail, "password-for-" + twoFactorEmail);
        child<QAction>(&app->window, "sessionsAction")->trigger();
        QPointer<console::SessionsDialog> sessions = waitForDialog<console::SessionsDialog>();
        QVERIFY(sessions);
        auto* table = child<QTableWidget>(sessions, "sessionsTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 2, 20000);
        auto* end = child<QPushButton>(sessions, "endSessionButton");
        int other = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            table->selectRow(row);
            const bool current = table->item(row, 0)->text().contains("(this session)");
            QCOMPARE(end->isEnabled(), !current);
            if (!current) {
                other = row;
            }
        }
        const int before = table->rowCount();
        table->selectRow(other);
        click(end);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before - 1, 20000);
        sessions->reject();
        QCOMPARE(elsewhere.response.status, 200);

        child<QAction>(&app->window, "changePasswordAction")->trigger();
        QPointer<console::ChangePasswordDialog> change = waitForDialog<console::ChangePasswordDialog>();
        QVERIFY(change);
        typeInto(child<QLineEdit>(change, "currentPasswordEdit"), "password-for-" + twoFactorEmail);
        typeInto(child<QLineEdit>(change, "newPasswordEdit"), "a new console passphrase");
        typeInto(child<QLineEdit>(change, "repeatPasswordEdit"), "a different passphrase");
        click(child<QPushButton>(change, "changeButton"));
        QVERIFY(child<QLabel>(change, "errorLabel")->text().contains("differ"));
        typeInto(child<QLineEdit>(change, "repeatPasswordEdit"), "a new console passphrase");
        click(child<QPushButton>(change, "changeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!change, 20000);
        const auto withNew = login(*live->client, tenant.slug, twoFactorEmail, "a new console passphrase");
        QCOMPARE(withNew.response.status, 200);
    }

private:
    console::ServerProfile profileOf(const QString& email) const
    {
        return ConsoleHarness::profile(live->server->port(), tenant.slug, email);
    }
    console::UsersPage* usersPage() const { return app->page<console::UsersPage>("usersPage"); }
    console::ApiKeysPage* keysPage() const { return app->page<console::ApiKeysPage>("apiKeysPage"); }

    SmtpServerProcess smtp;
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<ConsoleWindow> app;
    QPointer<console::SignInDialog> dialog;
    QString secret;
    QString twoFactorEmail;
    QString twoFactorRecovery;
};

QTEST_MAIN(TestGuiAccounts)
#include "TestGuiAccounts.moc"
