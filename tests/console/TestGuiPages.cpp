// SPDX-License-Identifier: Apache-2.0
// The dashboard, audit, branding, billing and settings pages against a real aihd, a screenshot
// of every page for review, and the pages read from the offline cache once the server is gone.
// Tests of endpoints still being built elsewhere skip, naming the endpoint, until it is there.
#include "ApiHelpers.h"
#include "ConsoleWindow.h"
#include "DnsServerProcess.h"
#include "FakeStripe.h"
#include "LiveServer.h"
#include "features/audit/AuditDetailDialog.h"
#include "features/audit/AuditPage.h"
#include "features/audit/AuditTableModel.h"
#include "features/audit/ComplianceReportDialog.h"
#include "features/branding/BrandingPage.h"
#include "features/branding/PortalPreview.h"
#include "features/dashboard/CallsChart.h"
#include "features/dashboard/DashboardPage.h"
#include "features/dashboard/TopConsumersModel.h"
#include "features/domain/DomainPage.h"
#include "features/support/SupportGrantTableModel.h"
#include "features/users/UserTableModel.h"
#include "features/users/UsersPage.h"
#include "features/webhooks/SigningSecretDialog.h"
#include "features/webhooks/WebhookTableModels.h"
#include "features/webhooks/WebhooksPage.h"
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"
#include "gui/Translations.h"
#include "gui/UsageCard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace aih;
using namespace aih::test;

namespace {

/// The natural width of the portal logo the preview shows; 0 while none has loaded.
int logoWidthIn(console::PortalPreview* preview)
{
    int width = -1;
    preview->view()->page()->runJavaScript(
        "(function () { var logo = document.querySelector('img.portal-logo');"
        " return logo && logo.complete ? logo.naturalWidth : 0; })()",
        QWebEngineScript::ApplicationWorld, [&width](const QVariant& value) { width = value.toInt(); });
    return QTest::qWaitFor([&width] { return width >= 0; }, 5000) ? width : 0;
}

void capture(QWidget* widget, const QString& name)
{
    QDir folder(AIH_SCREENSHOT_DIR);
    QVERIFY(folder.mkpath("."));
    QTest::qWait(100);
    QVERIFY(widget->grab().save(folder.filePath(name + ".png")));
}

} // namespace

class TestGuiPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Texts and numbers are checked in English, whatever the machine's language.
        console::Translations::install("en");
        stripe = std::make_unique<FakeStripe>();
        auto environment = stripe->environment();
        environment["AIH_USAGE_FLUSH_MS"] = "200";
        QVERIFY2(dns.start(), "dnsmasq did not start (scripts/install-deps installs it)");
        environment["AIH_DNS_SERVER"] = dns.address();
        live = std::make_unique<LiveServer>(environment);
        tenant = createTenant(*live->client, "pages-co", "enterprise");
        app = std::make_unique<ConsoleWindow>();
        app->window.resize(1280, 820);
        app->window.show();
        QVERIFY(app->console.signIn(profileOf(tenant), tenant.adminPassword));
        QCOMPARE(app->currentPage(), QString("dashboardPage"));
    }

    void dashboardShowsUsageAgainstThePlan()
    {
        auto* page = app->window.page("dashboardPage");
        QTRY_COMPARE_WITH_TIMEOUT(child<console::UsageCard>(page, "usersCard")->valueText(),
                                  QString("1 of 1,000"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<console::UsageCard>(page, "hourCard")->valueText().endsWith("of 200,000"), 20000);
        QCOMPARE(child<console::UsageCard>(page, "planCard")->valueText(), QString("Enterprise"));
    }

    void dashboardChartsFollowTheAnalytics()
    {
        const auto key = createApiKey(*live->client, tenant.accessToken, {{"name", "chart-feeder"}});
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(live->client->get("/api/gurus", apiKey(key.key)).status, 200);
        }
        auto* page = qobject_cast<console::DashboardPage*>(app->window.page("dashboardPage"));
        child<QComboBox>(page, "periodCombo")->setCurrentIndex(0);
        // The calls reach the rollups with the usage flushes, which may split them; refresh until
        // all five show.
        const auto callsShown = [page] {
            return page->consumers()->rowCount() == 0
                       ? QString()
                       : page->consumers()->index(0, console::TopConsumersModel::Calls).data().toString();
        };
        // The status breakdown is a request of its own, which may have read the rollups just
        // before the flush that the table's read saw: refresh until both show the calls.
        auto* statusChart = child<console::StatusChart>(page, "statusChart");
        for (int attempt = 0; attempt < 50 && (callsShown() != "5" || statusChart->sliceCount() == 0);
             ++attempt) {
            click(child<QToolButton>(page, "refreshButton"));
            QTest::qWait(400);
        }
        QCOMPARE(page->consumers()->rowCount(), 1);
        QCOMPARE(page->consumers()->index(0, console::TopConsumersModel::Consumer).data().toString(),
                 QString("chart-feeder"));
        QCOMPARE(page->consumers()->index(0, console::TopConsumersModel::Calls).data().toString(),
                 QString("5"));
        QCOMPARE(page->callsChart()->pointCount(), 24);
        QVERIFY(statusChart->sliceCount() > 0);
    }

    void auditLogListsShowsDetailAndVerifies()
    {
        app->window.showPage("auditPage");
        auto* page = qobject_cast<console::AuditPage*>(app->window.page("auditPage"));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000);
        // The actor is named as the server resolved them, never shown as a bare id, and every
        // time fits its column on one line.
        auto* view = child<QTableView>(page, "auditView");
        int adminRow = -1;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const auto actor = page->model()->index(row, console::AuditTableModel::Actor).data().toString();
            QVERIFY2(actor != tenant.adminId, qPrintable(actor));
            if (actor.contains("<" + tenant.adminEmail + ">") || actor == tenant.adminEmail) {
                adminRow = row;
            }
            const auto time = page->model()->index(row, console::AuditTableModel::Time).data().toString();
            QVERIFY2(
                view->columnWidth(console::AuditTableModel::Time) >=
                    view->fontMetrics().horizontalAdvance(time),
                qPrintable(
                    QString("%1 in %2 px").arg(time).arg(view->columnWidth(console::AuditTableModel::Time))));
        }
        QVERIFY(adminRow >= 0);
        view->activated(page->model()->index(adminRow, 0));
        auto* detail = waitForDialog<console::AuditDetailDialog>();
        QVERIFY(detail);
        QVERIFY(child<QPlainTextEdit>(detail, "metadataView")->toPlainText().contains("\"action\""));
        const auto labels = detail->findChildren<QLabel*>();
        QVERIFY2(std::any_of(labels.begin(), labels.end(),
                             [&](QLabel* label) { return label->text() == tenant.adminId; }),
                 "the detail shows the actor's id");
        detail->reject();
        click(child<QToolButton>(page, "verifyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "verifyResultLabel")->text().contains("intact"), 20000);
    }

    void complianceReportShowsTheServersFigures()
    {
        app->window.showPage("auditPage");
        auto* page = app->window.page("auditPage");
        click(child<QToolButton>(page, "complianceReportButton"));
        QPointer<console::ComplianceReportDialog> dialog = waitForDialog<console::ComplianceReportDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), 20000);
        // The same figures as the server's own answer for the same days.
        const auto& report = *dialog->report();
        const auto query =
            "from=" + QUrl::toPercentEncoding(report.from.toUTC().toString(Qt::ISODate)).toStdString() +
            "&to=" + QUrl::toPercentEncoding(report.to.toUTC().toString(Qt::ISODate)).toStdString();
        const auto served =
            live->client->get("/api/enterprise/audit-logs/report?" + query, bearer(tenant.accessToken))
                .json();
        QVERIFY(report.total > 0);
        QCOMPARE(report.total, served["total"].toInteger());
        QCOMPARE(report.byAction.size(), served["by_action"].toArray().size());
        auto* byAction = child<QTableWidget>(dialog, "reportByActionTable");
        QCOMPARE(byAction->rowCount(), served["by_action"].toArray().size());
        QCOMPARE(byAction->item(0, 0)->text(),
                 served["by_action"].toArray()[0].toObject()["action"].toString());
        QVERIFY(
            child<QLabel>(dialog, "reportEventsLabel")->text().contains(QLocale().toString(report.total)));
        QVERIFY(
            child<QLabel>(dialog, "reportChainLabel")->text().contains(QLocale().toString(report.headSeq)));
        QVERIFY(child<QTableWidget>(dialog, "reportAdminTable")->rowCount() > 0);
        capture(dialog, "compliance-report");

        // A narrower range asks again: nothing happened before yesterday in this fresh tenant.
        child<QDateEdit>(dialog, "reportToEdit")->setDate(QDate::currentDate().addDays(-2));
        child<QDateEdit>(dialog, "reportFromEdit")->setDate(QDate::currentDate().addDays(-3));
        click(child<QPushButton>(dialog, "buildReportButton"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->report()->total, 0, 20000);
        QCOMPARE(byAction->rowCount(), 0);
        dialog->reject();
    }

    void auditExportWritesTheFileWithProgress()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("audit.csv");
        console::FileDialog::setNextFileName(file);
        auto* page = app->window.page("auditPage");
        child<QAction>(page, "exportCsvAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("Exported to"), 20000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readLine().startsWith("seq,id,occurred_at,action"));
    }

    void auditExportAsJsonLinesSavesOneEntryPerLine()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("audit.jsonl");
        console::FileDialog::setNextFileName(file);
        auto* page = app->window.page("auditPage");
        auto* action = child<QAction>(page, "exportJsonAction");
        QVERIFY(action->text().contains("JSON lines"));
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("Exported to " + file), 20000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto lines = written.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.last().isEmpty()); // every line ends in a line feed
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const auto entry = QJsonDocument::fromJson(lines[i]);
            QVERIFY2(entry.isObject() && entry.object().contains("seq"), lines[i].constData());
        }
    }

    void brandingPreviewFollowsTheEdits()
    {
        app->window.showPage("brandingPage");
        auto* page = qobject_cast<console::BrandingPage*>(app->window.page("brandingPage"));
        auto* primary = child<QLineEdit>(page, "primaryColorEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!primary->text().isEmpty(), 20000);
        typeInto(primary, "#112233");
        typeInto(child<QLineEdit>(page, "companyNameEdit"), "Pages & Co");
        // Drawn by the browser engine from the server's page: the header in the colour, the title
        // with the name, as the portal itself will show them.
        QTRY_COMPARE_WITH_TIMEOUT(page->preview()->snapshot().pixelColor(4, 4).name(), QString("#112233"),
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->preview()->view()->title().startsWith("Pages & Co"), 20000);
        click(child<QPushButton>(page, "saveBrandingButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("saved"), 20000);
        const auto saved = live->client->get("/api/customization/customization", bearer(tenant.accessToken));
        QCOMPARE(saved.json()["primary_color"].toString(), QString("#112233"));
    }

    void brandingUploadsALogo()
    {
        QTemporaryDir dir;
        QImage logo(120, 40, QImage::Format_RGB32);
        logo.fill(QColor("#e11d48"));
        QVERIFY(logo.save(dir.filePath("logo.png")));
        console::FileDialog::setNextFileName(dir.filePath("logo.png"));
        auto* page = app->window.page("brandingPage");
        click(child<QPushButton>(page, "uploadLogoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().contains("logo was uploaded"), 20000);
        const auto saved = live->client->get("/api/customization/customization", bearer(tenant.accessToken));
        QVERIFY(!saved.json()["logo_url"].toString().isEmpty());
        // The preview shows the uploaded image itself, fetched from the server.
        auto* preview = qobject_cast<console::BrandingPage*>(page)->preview();
        QTRY_COMPARE_WITH_TIMEOUT(logoWidthIn(preview), 120, 20000);
        capture(&app->window, "branding-logo");
    }

    void billingUpgradeOpensStripeCheckoutInTheBrowser()
    {
        const auto basic = createTenant(*live->client, "pages-basic", "basic");
        ConsoleWindow other;
        other.window.show();
        QVERIFY(other.console.signIn(profileOf(basic), basic.adminPassword));
        other.window.showPage("billingPage");
        auto* page = other.window.page("billingPage");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "planAction_pro"), 20000);
        auto* upgrade = child<QPushButton>(page, "planAction_pro");
        // The month beside the hour: the basic plan's quota of API-key calls.
        auto* monthly = child<console::UsageCard>(page, "billingMonthlyCard");
        QTRY_VERIFY_WITH_TIMEOUT(monthly->valueText().endsWith(QLocale().toString(1'000'000)), 20000);
        // Any use of the hour shows in its bar, and the plan cards list their features at the top.
        auto* hour = child<console::UsageCard>(page, "billingCallsCard");
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(hour, "usageBar")->value() > 0, 20000);
        auto* pro = child<QFrame>(page, "planCard_pro");
        QVERIFY(child<QLabel>(pro, "planLimitsLabel")
                    ->text()
                    .contains(QLocale().toString(5'000'000) + " API calls per month"));
        auto* features = child<QLabel>(pro, "planFeaturesLabel");
        QVERIFY(features->alignment().testFlag(Qt::AlignTop));
        QVERIFY2(upgrade->isEnabled(),
                 "the server has Stripe prices (the fake Stripe's), so upgrading is offered");
        click(upgrade);
        QTRY_COMPARE_WITH_TIMEOUT(other.browser.opened.size(), 1, 20000);
        QCOMPARE(other.browser.opened.first().scheme(), QString("https"));
        QVERIFY(other.browser.opened.first().host().endsWith("stripe.com"));
        click(child<QPushButton>(page, "manageBillingButton"));
        QTRY_COMPARE_WITH_TIMEOUT(other.browser.opened.size(), 2, 20000);
        QVERIFY(other.browser.opened.last().host().endsWith("stripe.com"));
    }

    void languageChoiceIsKeptAndItsCatalogueLoads()
    {
        app->window.showPage("settingsPage");
        auto* combo = child<QComboBox>(app->window.page("settingsPage"), "languageCombo");
        const auto restore = qScopeGuard([combo] {
            console::Translations::install("en");
            combo->setCurrentIndex(0);
        });
        combo->setCurrentIndex(combo->findData("de"));
        QCOMPARE(app->console.core().settings().value(console::Settings::Key::Language).toString(),
                 QString("de"));
        console::Translations::install("de");
        QCOMPARE(QCoreApplication::translate("aih::console::UsersPage", "Users"), QString("Benutzer"));
        console::Translations::install("fr");
        QCOMPARE(QCoreApplication::translate("aih::console::UsersPage", "Users"), QString("Utilisateurs"));
        console::Translations::install("es");
        QCOMPARE(QCoreApplication::translate("aih::console::UsersPage", "Users"), QString("Usuarios"));
        console::Translations::install("en");
        QCOMPARE(QCoreApplication::translate("aih::console::UsersPage", "Users"), QString("Users"));
    }

    void webhooksPageAddsAnEndpointAndSendsADeliveryAgain()
    {
        app->window.showPage("webhooksPage");
        auto* page = app->page<console::WebhooksPage>("webhooksPage");
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->banner()->isVisible() ||
                                     page->banner()->kind() != console::StatusBanner::Kind::Busy,
                                 20000);
        click(child<QToolButton>(page, "createEndpointButton"));
        auto* dialog = waitForDialog<QDialog>();
        QVERIFY(dialog && dialog->objectName() == "endpointDialog");
        auto* save = child<QPushButton>(dialog, "saveEndpointButton");
        QVERIFY(!save->isEnabled()); // no URL, no events yet
        // A public address (example.com's): deliveries to it fail here, with no internet, and are retried.
        typeInto(child<QLineEdit>(dialog, "endpointUrlEdit"), "https://93.184.215.14/aih");
        typeInto(child<QLineEdit>(dialog, "endpointDescriptionEdit"), "CRM sync");
        QVERIFY(!save->isEnabled());
        child<QCheckBox>(dialog, "eventCheck_key_revoked")->setChecked(true);
        QVERIFY(save->isEnabled());
        capture(dialog, "webhook-endpoint-dialog");
        click(save);
        QPointer<console::SigningSecretDialog> shown = waitForDialog<console::SigningSecretDialog>(20000);
        QVERIFY(shown);
        QVERIFY(child<QLineEdit>(shown, "signingSecretEdit")->text().startsWith("whsec_"));
        capture(shown, "webhook-signing-secret-dialog");
        click(child<QPushButton>(shown, "doneButton"));
        QTRY_COMPARE_WITH_TIMEOUT(page->endpoints()->rowCount(), 1, 20000);
        QCOMPARE(page->endpoints()->index(0, console::WebhookEndpointTableModel::Events).data().toString(),
                 QString("key.revoked"));

        // A revoked key is an event for it: its delivery is listed, and can be sent again.
        const auto key = createApiKey(*live->client, tenant.accessToken, {{"name", "webhook event"}});
        QCOMPARE(
            live->client->del("/api/enterprise/api-keys/" + key.id.toStdString(), bearer(tenant.accessToken))
                .status,
            204);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                click(child<QToolButton>(page, "reloadDeliveriesButton"));
                QTest::qWait(300);
                return page->deliveries()->rowCount() == 1;
            }(),
            20000);
        QCOMPARE(page->deliveries()->index(0, console::WebhookDeliveryTableModel::Event).data().toString(),
                 QString("key.revoked"));
        child<QTableView>(page, "deliveriesView")->selectRow(0);
        auto* replay = child<QToolButton>(page, "replayDeliveryButton");
        QVERIFY(replay->isEnabled());
        click(replay);
        QTRY_COMPARE_WITH_TIMEOUT(page->deliveries()->rowCount(), 2, 20000);

        // Switched off, it shows so and sends nothing again.
        click(child<QToolButton>(page, "toggleEndpointButton"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->endpoints()->index(0, console::WebhookEndpointTableModel::Status).data().toString(),
            QString("Disabled"), 20000);
        QCOMPARE(child<QToolButton>(page, "toggleEndpointButton")->text(), QString("Enable"));
        child<QTableView>(page, "deliveriesView")->selectRow(0);
        QVERIFY(!replay->isEnabled());
        click(child<QToolButton>(page, "toggleEndpointButton"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->endpoints()->index(0, console::WebhookEndpointTableModel::Status).data().toString(),
            QString("Enabled"), 20000);
    }

    void domainPageShowsTheProofToPublishChecksItAndRemovesIt()
    {
        app->window.showPage("domainPage");
        auto* page = app->window.page("domainPage");
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->kind() != console::StatusBanner::Kind::Busy ||
                                     !page->banner()->isVisible(),
                                 20000);
        auto* record = child<QGroupBox>(page, "domainRecordGroup");
        QVERIFY(!record->isVisible()); // none set yet
        auto* save = child<QPushButton>(page, "saveDomainButton");
        QVERIFY(!save->isEnabled());
        typeInto(child<QLineEdit>(page, "domainEdit"), "Portal.Pages-Co.test");
        QVERIFY(save->isEnabled());
        click(save);
        QTRY_VERIFY_WITH_TIMEOUT(record->isVisible(), 20000);
        const auto claim = live->client->get("/api/customization/domain", bearer(tenant.accessToken)).json();
        QCOMPARE(claim["domain"].toString(), QString("portal.pages-co.test"));
        const auto proof = claim["verification"].toObject();
        QCOMPARE(child<QLabel>(page, "recordTypeLabel")->text(), QString("TXT"));
        QCOMPARE(child<QLineEdit>(page, "recordNameEdit")->text(), proof["name"].toString());
        QCOMPARE(child<QLineEdit>(page, "recordValueEdit")->text(), proof["value"].toString());
        QVERIFY(child<QLabel>(page, "domainStatusLabel")->text().contains("waiting for its proof"));

        // DNS does not hold the record yet: the check says so, and the domain stays pending.
        auto* check = child<QLabel>(page, "domainCheckLabel");
        QVERIFY(check->text().startsWith("Not checked yet"));
        click(child<QPushButton>(page, "verifyDomainButton"));
        QTRY_VERIFY_WITH_TIMEOUT(check->text().startsWith("Last checked"), 20000);
        QVERIFY(child<QLabel>(page, "portalLinkLabel")->text().isEmpty());

        // Published, it verifies, and the page links the portal on it.
        QVERIFY(
            dns.start({{proof["name"].toString().toStdString(), proof["value"].toString().toStdString()}}));
        click(child<QPushButton>(page, "verifyDomainButton"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "domainStatusLabel")->text().contains("is verified"),
                                 20000);
        QVERIFY(child<QLabel>(page, "portalLinkLabel")->text().contains("portal.pages-co.test"));
        QVERIFY(!child<QPushButton>(page, "verifyDomainButton")->isVisible());
        capture(&app->window, "domain-page-verified");

        // Removing asks first; then the server forgets it.
        console::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QPushButton>(page, "removeDomainButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!record->isVisible(), 20000);
        QCOMPARE(live->client->get("/api/customization/domain", bearer(tenant.accessToken)).status, 404);
        QCOMPARE(child<QLineEdit>(page, "domainEdit")->text(), QString());
    }

    void quotaPageShowsThePeriodAndSavesTheAlerts()
    {
        app->window.showPage("quotaPage");
        auto* page = app->window.page("quotaPage");
        QVERIFY(page);
        auto* fifty = child<QCheckBox>(page, "threshold50Check");
        QTRY_VERIFY_WITH_TIMEOUT(fifty->isChecked(), 20000);
        auto* month = child<console::UsageCard>(page, "monthCard");
        QTRY_VERIFY_WITH_TIMEOUT(month->valueText().contains("20,000,000"), 20000);
        QVERIFY(child<QCheckBox>(page, "threshold80Check")->isChecked());
        QVERIFY(child<QCheckBox>(page, "threshold100Check")->isChecked());
        QVERIFY(!child<QCheckBox>(page, "threshold25Check")->isChecked());
        QVERIFY(child<QCheckBox>(page, "quotaMailCheck")->isChecked());

        // Six are too many: the page says so before the server would.
        auto* save = child<QPushButton>(page, "saveQuotaAlertsButton");
        for (const auto* name : {"threshold25Check", "threshold75Check", "threshold90Check"}) {
            child<QCheckBox>(page, name)->setChecked(true);
        }
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(page, "quotaAlertsHint")->text().contains("one to five"));
        child<QCheckBox>(page, "threshold75Check")->setChecked(false);
        child<QCheckBox>(page, "threshold80Check")->setChecked(false);
        child<QCheckBox>(page, "quotaMailCheck")->setChecked(false);
        QVERIFY(save->isEnabled());
        click(save);
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->text().startsWith("Saved"), 20000);
        const auto saved =
            live->client->get("/api/enterprise/quota-alerts", bearer(tenant.accessToken)).json();
        QCOMPARE(saved["thresholds"].toArray(), QJsonArray({25, 50, 90, 100}));
        QCOMPARE(saved["mail"].toBool(), false);
        capture(&app->window, "quota-page");
    }

    void supportAccessPageGrantsShowsOpeningsAndEndsIt()
    {
        app->window.showPage("supportAccessPage");
        auto* page = app->window.page("supportAccessPage");
        QVERIFY(page);
        auto* table = child<QTableView>(page, "supportGrantTable");
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->kind() != console::StatusBanner::Kind::Busy ||
                                     !page->banner()->isVisible(),
                                 20000);
        QCOMPARE(table->model()->rowCount(), 0);
        auto* duration = child<QComboBox>(page, "supportDurationCombo");
        duration->setCurrentIndex(duration->findData(4 * 60));
        typeInto(child<QLineEdit>(page, "supportReasonEdit"), "Ticket 77");
        click(child<QPushButton>(page, "grantSupportButton"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        const auto listed = live->client->get("/api/enterprise/support-access", bearer(tenant.accessToken))
                                .json()["data"]
                                .toArray();
        QCOMPARE(listed.size(), 1);
        const auto grant = listed[0].toObject();
        QCOMPARE(grant["reason"].toString(), QString("Ticket 77"));
        const auto minutes = QDateTime::fromString(grant["created_at"].toString(), Qt::ISODate)
                                 .secsTo(QDateTime::fromString(grant["expires_at"].toString(), Qt::ISODate)) /
                             60;
        QCOMPARE(minutes, 240);
        QCOMPARE(table->model()->index(0, console::SupportGrantTableModel::Status).data().toString(),
                 QString("In force"));
        QCOMPARE(table->model()->index(0, console::SupportGrantTableModel::Opened).data().toString(),
                 QString("Never"));
        capture(&app->window, "support-access");

        // Ending it asks first; the server then reports it revoked.
        auto* revoke = child<QPushButton>(page, "revokeSupportButton");
        QVERIFY(!revoke->isEnabled());
        table->selectRow(0);
        QVERIFY(revoke->isEnabled());
        console::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(revoke);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()
                                     ->index(0, console::SupportGrantTableModel::Status)
                                     .data()
                                     .toString()
                                     .startsWith("Revoked"),
                                 20000);
        QCOMPARE(live->client->get("/api/enterprise/support-access", bearer(tenant.accessToken))
                     .json()["data"]
                     .toArray()[0]
                     .toObject()["status"]
                     .toString(),
                 QString("revoked"));
        QVERIFY(!revoke->isEnabled());
    }

    void everyPageIsCapturedForReview()
    {
        QDir folder(AIH_SCREENSHOT_DIR);
        QVERIFY(folder.mkpath("."));
        int number = 1;
        for (auto* page : app->window.pages()) {
            app->window.showPage(page->objectName());
            QTRY_VERIFY_WITH_TIMEOUT(page->banner()->kind() != console::StatusBanner::Kind::Busy ||
                                         !page->banner()->isVisible(),
                                     20000);
            QTest::qWait(150);
            const auto file = folder.filePath(
                QStringLiteral("%1-%2.png").arg(number++, 2, 10, QChar('0')).arg(page->objectName()));
            QVERIFY(app->window.grab().save(file));
            QVERIFY(QFileInfo(file).size() > 0);
        }
    }

    // Stops the server: keep this last.
    void pagesShowCachedDataMarkedStaleWhenTheServerIsGone()
    {
        app->window.showPage("usersPage");
        auto* page = qobject_cast<console::UsersPage*>(app->window.page("usersPage"));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000);
        const auto rows = page->model()->rowCount();
        QCOMPARE(live->server->terminate(), 0);
        page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page->banner()->kind(), console::StatusBanner::Kind::Stale, 20000);
        QVERIFY(page->banner()->text().contains("cannot be reached"));
        QCOMPARE(page->model()->rowCount(), rows);
    }

private:
    console::ServerProfile profileOf(const TenantFixture& fixture) const
    {
        return ConsoleHarness::profile(live->server->port(), fixture.slug, fixture.adminEmail);
    }

    DnsServerProcess dns;
    std::unique_ptr<FakeStripe> stripe;
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<ConsoleWindow> app;
};

QTEST_MAIN(TestGuiPages)
#include "TestGuiPages.moc"
