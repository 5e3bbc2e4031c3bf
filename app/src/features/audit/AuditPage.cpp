// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditPage.h"

#include "core/ConsoleCore.h"
#include "features/audit/AuditDetailDialog.h"
#include "features/audit/AuditTableModel.h"
#include "features/audit/ComplianceReportDialog.h"
#include "gui/FileDialog.h"
#include "gui/FileDownload.h"
#include "gui/Icons.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace aih::console {

AuditPage::AuditPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "auditPage", parent), api_(context.core.api()), model_(new AuditTableModel(this)),
      view_(new QTableView(this)), period_(new QComboBox(this)), action_(new QLineEdit(this)),
      outcome_(new QComboBox(this)), search_(new QLineEdit(this)),
      loadMore_(new QPushButton(tr("Load more"), this)), export_(new QToolButton(this)),
      verify_(new QToolButton(this)), verifyResult_(new QLabel(this))
{
    view_->setObjectName("auditView");
    view_->setModel(model_);
    setUpRecordTable(*view_);
    connect(view_, &QTableView::activated, this, &AuditPage::showDetail);
    buildFilterBar();
    buildActions();
    content()->addWidget(view_, 1);
    loadMore_->setObjectName("loadMoreButton");
    loadMore_->setEnabled(false);
    connect(loadMore_, &QPushButton::clicked, this, &AuditPage::loadMore);
    verifyResult_->setObjectName("verifyResultLabel");
    verifyResult_->setWordWrap(true);
    auto* footer = new QHBoxLayout;
    footer->addWidget(verifyResult_, 1);
    footer->addWidget(loadMore_);
    content()->addLayout(footer);
}

void AuditPage::buildFilterBar()
{
    period_->setObjectName("periodCombo");
    period_->addItem(tr("Any time"), 0);
    period_->addItem(tr("Last 24 hours"), 1);
    period_->addItem(tr("Last 7 days"), 7);
    period_->addItem(tr("Last 30 days"), 30);
    action_->setObjectName("actionFilterEdit");
    action_->setPlaceholderText(tr("Action, e.g. user.create"));
    outcome_->setObjectName("outcomeCombo");
    outcome_->addItem(tr("Any outcome"), -1);
    outcome_->addItem(tr("Succeeded"), 1);
    outcome_->addItem(tr("Failed"), 0);
    search_->setObjectName("searchEdit");
    search_->setPlaceholderText(tr("Search (3 characters or more)"));
    search_->setClearButtonEnabled(true);
    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName("applyFilterButton");
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(search_, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(action_, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    auto* bar = new QHBoxLayout;
    bar->addWidget(period_);
    bar->addWidget(action_);
    bar->addWidget(outcome_);
    bar->addWidget(search_, 1);
    bar->addWidget(apply);
    content()->addLayout(bar);
}

void AuditPage::buildActions()
{
    export_->setObjectName("exportButton");
    export_->setText(tr("Export"));
    export_->setIcon(icon("export"));
    export_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(export_);
    menu->addAction(tr("As CSV…"), this, [this] { exportAs(AuditApi::ExportFormat::Csv); })
        ->setObjectName("exportCsvAction");
    menu->addAction(tr("As JSON lines…"), this, [this] { exportAs(AuditApi::ExportFormat::JsonLines); })
        ->setObjectName("exportJsonAction");
    export_->setMenu(menu);
    verify_->setObjectName("verifyButton");
    verify_->setText(tr("Verify chain"));
    verify_->setIcon(icon("verify"));
    verify_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(verify_, &QToolButton::clicked, this, &AuditPage::verify);
    auto* report = new QToolButton(this);
    report->setObjectName("complianceReportButton");
    report->setText(tr("Compliance report…"));
    report->setIcon(icon("audit"));
    report->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(report, &QToolButton::clicked, this, [this] {
        auto* dialog = new ComplianceReportDialog(api_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->build();
    });
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(report);
    bar->addWidget(export_);
    bar->addWidget(verify_);
    content()->addLayout(bar);
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

bool AuditPage::isAvailableTo(const Session& session) const
{
    return canListUsers(session.user().role);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter filter;
    if (const int days = period_->currentData().toInt(); days > 0) {
        filter.from = QDateTime::currentDateTimeUtc().addDays(-days);
    }
    filter.action = action_->text().trimmed();
    filter.success = outcome_->currentData().toInt();
    const auto text = search_->text().trimmed();
    filter.text = text.size() >= 3 ? text : QString();
    return filter;
}

void AuditPage::refresh()
{
    const bool admin = session().user().role == Role::Admin;
    const auto adminOnly = admin ? QString() : tr("Only admins can export the log or verify it.");
    export_->setEnabled(admin);
    verify_->setEnabled(admin);
    export_->setToolTip(adminOnly);
    verify_->setToolTip(adminOnly);
    model_->setRecords({});
    cursor_.clear();
    loadMore();
}

void AuditPage::loadMore()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the audit log…"));
    loadMore_->setEnabled(false);
    api_.page(filter(), cursor_, pageSize)
        .then(
            this,
            [this](const AuditBatch& page, const Freshness& freshness) {
                model_->append(page.entries);
                cursor_ = page.nextCursor;
                loadMore_->setEnabled(!cursor_.isEmpty() && !freshness.stale);
                banner()->showFreshness(freshness);
            },
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void AuditPage::clear()
{
    model_->setRecords({});
    cursor_.clear();
    verifyResult_->clear();
    invalidate();
}

void AuditPage::showDetail(const QModelIndex& index)
{
    if (const auto* entry = model_->recordAt(index.row())) {
        auto* dialog = new AuditDetailDialog(*entry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void AuditPage::exportAs(AuditApi::ExportFormat format)
{
    const bool csv = format == AuditApi::ExportFormat::Csv;
    const auto name = QStringLiteral("audit-log-%1.%2")
                          .arg(QDate::currentDate().toString(Qt::ISODate), csv ? "csv" : "jsonl");
    FileDialog::saveFile(
        this, tr("Export the audit log"), name,
        csv ? tr("CSV files (*.csv)") : tr("JSON lines (*.jsonl *.json)"),
        [this, format](const QString& fileName) {
            if (fileName.isEmpty()) {
                return;
            }
            auto* exporter = new FileDownload(tr("Exporting the audit log"), this);
            connect(exporter, &FileDownload::finished, this, [this](bool ok, const QString& message) {
                if (ok) {
                    banner()->present(StatusBanner::Kind::Info, tr("Exported to %1.").arg(message));
                } else {
                    banner()->present(StatusBanner::Kind::Error, message);
                }
            });
            exporter->start([this, format](QIODevice* sink) { return api_.exportTo(filter(), format, sink); },
                            fileName);
        });
}

void AuditPage::verify()
{
    verifyResult_->setText(tr("Verifying the chain…"));
    api_.verify().then(
        this,
        [this](const AuditVerification& result) {
            const QLocale locale;
            if (result.valid) {
                verifyResult_->setText(tr("✔ The chain is intact: %1 entries checked.")
                                           .arg(locale.toString(result.entriesChecked)));
            } else {
                verifyResult_->setText(tr("✘ The chain is broken at entry %1 (%2): %3")
                                           .arg(result.brokenSeq)
                                           .arg(result.brokenReason, result.brokenDetail));
            }
        },
        [this](const ApiProblem& problem) { verifyResult_->setText(problem.message()); });
}

} // namespace aih::console
