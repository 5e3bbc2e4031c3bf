// SPDX-License-Identifier: Apache-2.0
// The sign-in named on the command line (aih-console --server --tenant --email, the password
// in AIH_CONSOLE_PASSWORD) against a real aihd: signed in at once with the password, the form
// filled in without it or when the sign-in fails.
#include "ApiHelpers.h"
#include "ConsoleWindow.h"
#include "LiveServer.h"
#include "features/signin/SignInDialog.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"

#include <QLabel>
#include <QStatusBar>

using namespace aih;
using namespace aih::test;

class TestGuiCommandLineSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        console::Translations::install("en");
        live = std::make_unique<LiveServer>();
        tenant = createTenant(*live->client, "cli-co", "basic");
        app = std::make_unique<ConsoleWindow>();
        app->window.show();
    }

    void withoutAPasswordTheFormIsFilledIn()
    {
        app->window.signInAs(profile(), {});
        QPointer dialog = waitForDialog<console::SignInDialog>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "serverEdit")->text(), profile().server.toString());
        QCOMPARE(child<QLineEdit>(dialog, "tenantEdit")->text(), tenant.slug);
        QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), tenant.adminEmail);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!app->console.core().session().isActive());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void aWrongPasswordShowsTheFilledFormWithTheReason()
    {
        app->window.signInAs(profile(), "not-the-password");
        QPointer dialog = waitForDialog<console::SignInDialog>(20000);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "noticeLabel")->text().contains("password is not right"));
        QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), tenant.adminEmail);
        QVERIFY(app->console.core().profiles().profiles().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void theRightPasswordSignsInWithoutTheFormAndRemembersTheProfile()
    {
        app->window.signInAs(profile(), tenant.adminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(app->console.core().session().state() == console::Session::State::SignedIn,
                                 20000);
        QVERIFY(child<QLabel>(&app->window, "accountLabel")->text().contains(tenant.adminEmail));
        QCOMPARE(app->currentPage(), QString("dashboardPage"));
        QVERIFY(!app->window.signInDialog());
        QVERIFY(app->window.statusBar()->currentMessage().isEmpty());
        const auto last = app->console.core().profiles().lastUsed();
        QVERIFY(last);
        QCOMPARE(last->id(), profile().id());
    }

private:
    console::ServerProfile profile() const
    {
        return ConsoleHarness::profile(live->server->port(), tenant.slug, tenant.adminEmail);
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<ConsoleWindow> app;
};

QTEST_MAIN(TestGuiCommandLineSignIn)
#include "TestGuiCommandLineSignIn.moc"
