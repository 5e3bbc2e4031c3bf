// SPDX-License-Identifier: Apache-2.0
// The console's operator mode against a real aihd and SMTP server: an operator account (invited
// by the bootstrap token, its password chosen through the mailed link, a second factor from
// oath-toolkit) signs in with its code and lands on the platform's figures (tenants, revenue,
// tenants per plan in a chart); on the tenant list it searches and filters, suspends and
// reactivates a tenant as the server then reports, overrides its limits, closes a tenant and saves
// its archive (the file the server's digest names); platform-support
// sees the list and cannot change it; and a tenant's own admin never sees these pages.
#include "ApiHelpers.h"
#include "ConsoleWindow.h"
#include "LiveServer.h"
#include "OperatorAccounts.h"
#include "SmtpServerProcess.h"
#include "Totp.h"
#include "features/platform/CloseTenantDialog.h"
#include "features/platform/LimitsDialog.h"
#include "features/platform/OperatorTableModel.h"
#include "features/platform/PlatformPage.h"
#include "features/platform/SupportViewDialog.h"
#include "features/platform/TenantDetailDialog.h"
#include "features/platform/TenantTableModel.h"
#include "features/platform/TenantsPage.h"
#include "features/platform/TiersChart.h"
#include "features/signin/SignInDialog.h"
#include "features/users/UserTableModel.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"
#include "gui/Translations.h"
#include "gui/UsageCard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace aih;
using namespace aih::test;
using console::MessageBox;

class TestGuiOperatorMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        console::Translations::install("en");
        QVERIFY(smtp.start());
        live = std::make_unique<LiveServer>(smtp.serverEnvironment({}));
        alpha = createTenant(*live->client, "op-alpha", "basic");
        beta = createTenant(*live->client, "op-beta", "pro");
        admin = invite("ada@ops.example", "platform-admin");
        app = std::make_unique<ConsoleWindow>();
        app->window.resize(1180, 760);
        app->window.show();
        app->window.start();
    }

    void anOperatorSignsInWithItsCodeAndSeesTheTenants()
    {
        signIn(admin);
        QCOMPARE(app->currentPage(), QString("platformPage"));
        // Operator mode: the platform's figures, the tenants, the platform's audit chain and the
        // settings; none of a customer tenant's own pages.
        auto* navigation = child<QListWidget>(&app->window, "navigationList");
        QStringList shown;
        for (int i = 0; i < navigation->count(); ++i) {
            if (!navigation->item(i)->isHidden()) {
                shown << navigation->item(i)->data(Qt::UserRole).toString();
            }
        }
        QCOMPARE(shown,
                 QStringList({"platformPage", "tenantsPage", "operatorsPage", "auditPage", "settingsPage"}));
        QCOMPARE(child<QLabel>(&app->window, "accountLabel")->text(),
                 QString("ada@ops.example (Platform admin) · platform operator"));

        // The platform at a glance: two paying tenants, their plans' prices as revenue.
        auto* platform = app->page<console::PlatformPage>("platformPage");
        auto* tenants = child<console::UsageCard>(platform, "tenantsCard");
        QTRY_COMPARE_WITH_TIMEOUT(tenants->valueText(), QString("2"), 20000);
        const auto mrr = planFor(Tier::Basic).priceCentsPerMonth + planFor(Tier::Pro).priceCentsPerMonth;
        QVERIFY2(
            child<console::UsageCard>(platform, "mrrCard")->valueText().contains(QString::number(mrr / 100)),
            qPrintable(child<console::UsageCard>(platform, "mrrCard")->valueText()));
        QCOMPARE(platform->tiersChart()->counts(), QList<int>({0, 1, 1, 0}));
        QCOMPARE(child<console::UsageCard>(platform, "pastDueCard")->valueText(), QString("0"));
        capture(platform, "operator-platform");

        navigation->setCurrentRow(1);
        QCOMPARE(app->currentPage(), QString("tenantsPage"));
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2, 20000);
        // The platform tenant is no customer: only the two made above are listed.
        QVERIFY(rowWith(table->model(), console::TenantTableModel::Slug, "op-alpha") >= 0);
        QVERIFY(rowWith(table->model(), console::TenantTableModel::Slug, "op-beta") >= 0);
        const auto row = rowWith(table->model(), console::TenantTableModel::Slug, "op-beta");
        QCOMPARE(table->model()->index(row, console::TenantTableModel::Plan).data().toString(),
                 QString("Pro"));
        QCOMPARE(table->model()->index(row, console::TenantTableModel::Users).data().toString(),
                 QString("1 of 100"));
    }

    void searchAndFiltersNarrowTheList()
    {
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        typeInto(child<QLineEdit>(page, "tenantSearchEdit"), "ALPHA");
        QTest::keyClick(child<QLineEdit>(page, "tenantSearchEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 20000);
        QCOMPARE(table->model()->index(0, console::TenantTableModel::Slug).data().toString(),
                 QString("op-alpha"));
        child<QLineEdit>(page, "tenantSearchEdit")->clear();
        auto* tier = child<QComboBox>(page, "tenantTierFilter");
        tier->setCurrentIndex(tier->findData("pro"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1 &&
                                     table->model()->index(0, console::TenantTableModel::Slug).data() ==
                                         "op-beta",
                                 20000);
        tier->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2, 20000);
    }

    void aPlatformAdminSuspendsAndReactivatesATenant()
    {
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        auto* suspend = child<QPushButton>(page, "suspendTenantButton");
        auto* reactivate = child<QPushButton>(page, "reactivateTenantButton");
        QVERIFY(!suspend->isEnabled());
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-alpha"));
        QVERIFY(suspend->isEnabled());
        QVERIFY(!reactivate->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(suspend);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("is suspended"), 20000);
        const auto row = rowWith(table->model(), console::TenantTableModel::Slug, "op-alpha");
        QCOMPARE(table->model()->index(row, console::TenantTableModel::Status).data().toString(),
                 QString("Suspended"));
        // The server says so too: the tenant's admin is refused at once.
        QCOMPARE(live->client->get("/api/auth/me", bearer(alpha.accessToken)).status, 403);
        auto* state = child<QComboBox>(page, "tenantStateFilter");
        state->setCurrentIndex(state->findData("suspended"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 20000);
        capture(page, "operator-tenants");

        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-alpha"));
        QVERIFY(reactivate->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(reactivate);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("active again"), 20000);
        QCOMPARE(live->client->get("/api/auth/me", bearer(alpha.accessToken)).status, 200);
        state->setCurrentIndex(0);
    }

    void aPlatformAdminOverridesATenantsLimits()
    {
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2, 20000);
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-beta"));
        click(child<QPushButton>(page, "tenantLimitsButton"));
        QPointer<console::LimitsDialog> dialog = waitForDialog<console::LimitsDialog>(20000);
        QVERIFY(dialog);
        // Nothing overridden yet: the plan's values, switched off.
        auto* users = child<QCheckBox>(dialog, "userLimitOverride");
        QVERIFY(!users->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "userLimitSpin")->value(), planFor(Tier::Pro).userLimit);
        QVERIFY(!child<QSpinBox>(dialog, "userLimitSpin")->isEnabled());
        users->setChecked(true);
        child<QSpinBox>(dialog, "userLimitSpin")->setValue(250);
        child<QCheckBox>(dialog, "apiRateLimitOverride")->setChecked(true);
        child<QSpinBox>(dialog, "apiRateLimitSpin")->setValue(75000);
        click(child<QPushButton>(dialog, "saveLimitsButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("limits of"), 20000);
        const auto row = rowWith(table->model(), console::TenantTableModel::Slug, "op-beta");
        QCOMPARE(table->model()->index(row, console::TenantTableModel::Users).data().toString(),
                 QString("1 of 250"));
        const auto overrides =
            live->client->get("/api/enterprise/tenants/" + beta.id.toStdString(), operatorAuth())
                .json()["limit_overrides"]
                .toObject();
        QCOMPARE(overrides["user_limit"].toInt(), 250);
        QCOMPARE(overrides["api_rate_limit"].toInt(), 75000);
        QVERIFY(overrides["monthly_quota"].isNull());

        // Opened again it shows them; switched off, the plan's apply again.
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-beta"));
        click(child<QPushButton>(page, "tenantLimitsButton"));
        dialog = waitForDialog<console::LimitsDialog>(20000);
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "userLimitOverride")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "userLimitSpin")->value(), 250);
        capture(dialog, "operator-limits");
        child<QCheckBox>(dialog, "userLimitOverride")->setChecked(false);
        child<QCheckBox>(dialog, "apiRateLimitOverride")->setChecked(false);
        click(child<QPushButton>(dialog, "saveLimitsButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()
                ->index(rowWith(table->model(), console::TenantTableModel::Slug, "op-beta"),
                        console::TenantTableModel::Users)
                .data()
                .toString(),
            QString("1 of 100"), 20000);
    }

    void aTenantsDetailShowsItsPlanStateAndWhatOperatorsDid()
    {
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-beta"));
        click(child<QPushButton>(page, "tenantDetailButton"));
        QPointer<console::TenantDetailDialog> detail = waitForDialog<console::TenantDetailDialog>(20000);
        QVERIFY(detail);
        QTRY_VERIFY_WITH_TIMEOUT(detail->findChild<QLabel*>("detailPlan") != nullptr, 20000);
        QCOMPARE(child<QLabel>(detail, "detailPlan")->text(), QString("Pro"));
        QCOMPARE(child<QLabel>(detail, "detailState")->text(), QString("Active"));
        QVERIFY(child<QLabel>(detail, "detailUsers")->text().startsWith("1 of "));
        // The limits set and cleared by the test before, from the platform's chain.
        auto* actions = child<QTableView>(detail, "tenantActionsTable");
        QTRY_VERIFY_WITH_TIMEOUT(actions->model()->rowCount() >= 2, 20000);
        capture(detail, "operator-tenant-detail");
        detail->close();
        QTRY_VERIFY_WITH_TIMEOUT(!detail, 20000);
    }

    void aPlatformAdminClosesATenantAndSavesItsArchive()
    {
        const auto gamma = createTenant(*live->client, "op-gamma", "basic");
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(table->model(), console::TenantTableModel::Slug, "op-gamma") >= 0,
                                 20000);
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-gamma"));
        auto* archive = child<QPushButton>(page, "downloadArchiveButton");
        QVERIFY(!archive->isEnabled()); // not closed: no archive yet
        click(child<QPushButton>(page, "closeTenantButton"));
        QPointer<console::CloseTenantDialog> dialog = waitForDialog<console::CloseTenantDialog>(20000);
        QVERIFY(dialog);
        auto* confirm = child<QPushButton>(dialog, "confirmCloseButton");
        auto* confirmation = child<QLineEdit>(dialog, "closeConfirmationEdit");
        QVERIFY(!confirm->isEnabled());
        typeInto(confirmation, "op-gam");
        QVERIFY(!confirm->isEnabled());
        typeInto(confirmation, "op-gamma");
        QVERIFY(confirm->isEnabled());
        child<QSpinBox>(dialog, "graceDaysSpin")->setValue(14);
        capture(dialog, "operator-close");
        click(confirm);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("archive written"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->model()
                ->index(rowWith(table->model(), console::TenantTableModel::Slug, "op-gamma"),
                        console::TenantTableModel::Status)
                .data()
                .toString()
                .startsWith("Closing"),
            20000);
        capture(page, "operator-closing");
        // The server agrees: suspended at once, deleted in 14 days.
        QCOMPARE(live->client->get("/api/auth/me", bearer(gamma.accessToken)).status, 403);
        const auto shown =
            live->client->get("/api/enterprise/tenants/" + gamma.id.toStdString(), operatorAuth()).json();
        QCOMPARE(QDateTime::fromString(shown["closed_at"].toString(), Qt::ISODate)
                     .daysTo(QDateTime::fromString(shown["delete_after"].toString(), Qt::ISODate)),
                 14);

        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-gamma"));
        QVERIFY(archive->isEnabled());
        QVERIFY(!child<QPushButton>(page, "closeTenantButton")->isEnabled());
        QTemporaryDir folder;
        const auto fileName = folder.filePath("gamma.zip");
        console::FileDialog::setNextFileName(fileName);
        click(archive);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("Saved to"), 20000);
        QFile saved(fileName);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const auto bytes = saved.readAll();
        QVERIFY(bytes.startsWith("PK"));
        const auto served = live->client->get(
            "/api/enterprise/platform/tenants/" + gamma.id.toStdString() + "/archive", operatorAuth());
        QCOMPARE(QString(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 served.header("X-Archive-SHA256"));
    }

    void aPlatformAdminInvitesAndManagesOperators()
    {
        app->window.showPage("operatorsPage");
        auto* page = app->window.page("operatorsPage");
        QVERIFY(page);
        auto* table = child<QTableView>(page, "operatorTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(table->model(), console::OperatorTableModel::Email, admin.email) >= 0, 20000);
        // One's own account is not switched or deactivated from here.
        QVERIFY(selectRow(table, console::OperatorTableModel::Email, admin.email));
        QVERIFY(!child<QPushButton>(page, "operatorActiveButton")->isEnabled());

        // Invited through the page, the person gets the mail.
        typeInto(child<QLineEdit>(page, "operatorEmailEdit"), "pat@ops.example");
        auto* role = child<QComboBox>(page, "operatorRoleCombo");
        role->setCurrentIndex(role->findData("platform-admin"));
        click(child<QPushButton>(page, "inviteOperatorButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("is invited"), 20000);
        QCOMPARE(smtp.waitForMailTo("pat@ops.example").size(), std::size_t{1});

        // An operator who accepted is listed; switched to admin, then deactivated, as the server says.
        const auto olly = invite("olly@ops.example", "platform-support");
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, console::OperatorTableModel::Email, olly.email), 20000);
        const auto cell = [&](int column) {
            return table->model()
                ->index(rowWith(table->model(), console::OperatorTableModel::Email, olly.email), column)
                .data()
                .toString();
        };
        QCOMPARE(cell(console::OperatorTableModel::OperatorRole), QString("Platform support"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QPushButton>(page, "switchOperatorRoleButton"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(console::OperatorTableModel::OperatorRole), QString("Platform admin"),
                                  20000);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QPushButton>(page, "operatorActiveButton"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(console::OperatorTableModel::Status), QString("Deactivated"), 20000);
        const auto listed =
            live->client->get("/api/enterprise/platform/operators", operatorAuth()).json()["data"].toArray();
        for (const auto& value : listed) {
            const auto account = value.toObject();
            if (account["email"].toString() == olly.email) {
                QCOMPARE(account["operator_role"].toString(), QString("platform-admin"));
                QCOMPARE(account["active"].toBool(), false);
            }
        }
        capture(page, "operator-operators");

        // Deactivated, olly can be erased: gone from the list, and from the server's.
        auto* erase = child<QPushButton>(page, "eraseOperatorButton");
        QVERIFY(selectRow(table, console::OperatorTableModel::Email, olly.email));
        QTRY_VERIFY(erase->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(erase);
        QTRY_VERIFY2_WITH_TIMEOUT(page->banner()->text().contains("is erased"),
                                  qPrintable(page->banner()->text()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(table->model(), console::OperatorTableModel::Email, olly.email) < 0,
                                 20000);
        for (const auto& value : live->client->get("/api/enterprise/platform/operators", operatorAuth())
                                     .json()["data"]
                                     .toArray()) {
            QVERIFY(value.toObject()["email"].toString() != olly.email);
        }
        // Not one still active: the admin's own account stays unerasable too.
        QVERIFY(selectRow(table, console::OperatorTableModel::Email, admin.email));
        QVERIFY(!erase->isEnabled());
    }

    void platformSupportSeesTheListAndCannotChangeIt()
    {
        const auto support = invite("sam@ops.example", "platform-support");
        app->console.core().session().signOut();
        signIn(support);
        child<QListWidget>(&app->window, "navigationList")->setCurrentRow(1);
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 3, 20000);
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-beta"));
        auto* suspend = child<QPushButton>(page, "suspendTenantButton");
        QVERIFY(!suspend->isEnabled());
        QVERIFY(suspend->toolTip().contains("read-only"));
        QVERIFY(!child<QPushButton>(page, "tenantLimitsButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "closeTenantButton")->isEnabled());
        // Nor read a closed tenant's archive, which holds its personal data.
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-gamma"));
        QVERIFY(!child<QPushButton>(page, "downloadArchiveButton")->isEnabled());
    }

    void platformSupportViewsATenantOnlyUnderItsGrant()
    {
        // Signed in as platform-support by the test before.
        auto* page = app->page<console::TenantsPage>("tenantsPage");
        auto* table = child<QTableView>(page, "tenantTable");
        QVERIFY(selectRow(table, console::TenantTableModel::Slug, "op-alpha"));
        auto* viewAs = child<QPushButton>(page, "viewAsTenantButton");
        QVERIFY(viewAs->isEnabled());
        click(viewAs);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("has not granted support access"), 20000);
        QCOMPARE(page->banner()->kind(), console::StatusBanner::Kind::Error);

        // Granted by the tenant's admin, the view opens, read with its own token.
        QCOMPARE(
            live->client->post("/api/enterprise/support-access", {{"minutes", 60}}, bearer(alpha.accessToken))
                .status,
            201);
        QTRY_VERIFY_WITH_TIMEOUT(viewAs->isEnabled(), 20000);
        click(viewAs);
        QPointer<console::SupportViewDialog> view = waitForDialog<console::SupportViewDialog>(20000);
        QVERIFY(view);
        auto* users = child<QTableView>(view, "supportUsersTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(users->model(), console::UserTableModel::Email, alpha.adminEmail) >= 0, 20000);
        auto* trail = child<QTableView>(view, "supportAuditTable");
        QTRY_VERIFY_WITH_TIMEOUT(trail->model()->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(view, "supportPlanLabel")->text().contains("Basic"), 20000);
        QVERIFY(child<QLabel>(view, "supportViewBanner")->text().contains("support grant"));
        capture(view, "operator-support-view");
        // The tenant sees the opening, by this operator (their account's id).
        const auto grants = live->client->get("/api/enterprise/support-access", bearer(alpha.accessToken))
                                .json()["data"]
                                .toArray();
        QCOMPARE(grants[0].toObject()["last_opened_by"].toString(), app->console.core().session().user().id);
        view->close();
        QTRY_VERIFY_WITH_TIMEOUT(!view, 20000);
    }

    void aTenantAdminNeverSeesThePage()
    {
        ConsoleWindow tenantAdmin;
        QVERIFY(tenantAdmin.console.signIn(
            ConsoleHarness::profile(live->server->port(), beta.slug, beta.adminEmail), beta.adminPassword));
        auto* navigation = child<QListWidget>(&tenantAdmin.window, "navigationList");
        auto* page = tenantAdmin.page<console::TenantsPage>("tenantsPage");
        QVERIFY(!page->isAvailableTo(tenantAdmin.console.core().session()));
        for (int i = 0; i < navigation->count(); ++i) {
            if (navigation->item(i)->text() == page->title()) {
                QVERIFY(navigation->item(i)->isHidden());
            }
        }
        QVERIFY(tenantAdmin.currentPage() != "tenantsPage");
    }

private:
    InvitedOperator invite(const QString& email, const QString& role)
    {
        return inviteOperator(*live->client, smtp, email, role, operatorAuth());
    }

    /// Through the sign-in dialog, as a person would: password, then the code.
    void signIn(const InvitedOperator& account)
    {
        QPointer<console::SignInDialog> dialog = waitForDialog<console::SignInDialog>(20000);
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "serverEdit"),
                 QString("http://127.0.0.1:%1").arg(live->server->port()));
        typeInto(child<QLineEdit>(dialog, "tenantEdit"), "platform");
        typeInto(child<QLineEdit>(dialog, "emailEdit"), account.email);
        typeInto(child<QLineEdit>(dialog, "passwordEdit"), account.password);
        click(child<QPushButton>(dialog, "signInButton"));
        auto* code = child<QLineEdit>(dialog, "codeEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->isEnabled(), 20000);
        typeInto(code, totpCode(account.secret, 1));
        click(child<QPushButton>(dialog, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        // The first page listed, or the last one this console showed.
        QTRY_VERIFY_WITH_TIMEOUT(!app->currentPage().isEmpty(), 20000);
    }

    static void capture(QWidget* widget, const QString& name)
    {
        QDir folder(AIH_SCREENSHOT_DIR);
        QVERIFY(folder.mkpath("."));
        QTest::qWait(100);
        QVERIFY(widget->window()->grab().save(folder.filePath(name + ".png")));
    }

    SmtpServerProcess smtp;
    std::unique_ptr<LiveServer> live;
    TenantFixture alpha;
    TenantFixture beta;
    InvitedOperator admin;
    std::unique_ptr<ConsoleWindow> app;
};

QTEST_MAIN(TestGuiOperatorMode)
#include "TestGuiOperatorMode.moc"
