// SPDX-License-Identifier: Apache-2.0
#include "features/audit/ComplianceReportDialog.h"

#include "features/users/UserTableModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aih::console {
namespace {

constexpr int defaultDays = 30;

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

void fill(QTableWidget* table, const QList<ComplianceReport::ActionCount>& rows)
{
    table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, cell(rows[row].action));
        table->setItem(row, 1, cell(count(rows[row].total), true));
        table->setItem(row, 2, cell(count(rows[row].failures), true));
    }
    table->resizeColumnsToContents();
}

} // namespace

ComplianceReportDialog::ComplianceReportDialog(const AuditApi& api, QWidget* parent)
    : QDialog(parent), api_(api), from_(new QDateEdit(this)), to_(new QDateEdit(this)),
      build_(new QPushButton(tr("Build report"), this)), status_(new QLabel(this)), events_(new QLabel(this)),
      signIns_(new QLabel(this)), chain_(new QLabel(this))
{
    setObjectName("complianceReportDialog");
    setWindowTitle(tr("Compliance report"));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);

    const auto today = QDate::currentDate();
    for (auto* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
    }
    from_->setObjectName("reportFromEdit");
    to_->setObjectName("reportToEdit");
    from_->setDate(today.addDays(-defaultDays));
    to_->setDate(today);
    build_->setObjectName("buildReportButton");
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(from_);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(to_);
    range->addWidget(build_);
    range->addStretch(1);
    layout->addLayout(range);

    status_->setObjectName("reportStatusLabel");
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* summary = new QFormLayout;
    events_->setObjectName("reportEventsLabel");
    signIns_->setObjectName("reportSignInsLabel");
    chain_->setObjectName("reportChainLabel");
    chain_->setWordWrap(true);
    summary->addRow(tr("Events"), events_);
    summary->addRow(tr("Failed sign-ins"), signIns_);
    summary->addRow(tr("Chain"), chain_);
    layout->addLayout(summary);

    auto* tabs = new QTabWidget(this);
    byAction_ = addTable("reportByActionTable", {tr("Action"), tr("Events"), tr("Failures")});
    adminActions_ = addTable("reportAdminTable", {tr("Admin"), tr("Action"), tr("Count")});
    keyEvents_ = addTable("reportKeyTable", {tr("Action"), tr("Events"), tr("Failures")});
    tabs->addTab(byAction_, tr("By action"));
    tabs->addTab(adminActions_, tr("Admin actions"));
    tabs->addTab(keyEvents_, tr("API keys"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(build_, &QPushButton::clicked, this, &ComplianceReportDialog::build);
    connect(from_, &QDateEdit::dateChanged, to_, [this](QDate date) { to_->setMinimumDate(date); });
}

QTableWidget* ComplianceReportDialog::addTable(const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void ComplianceReportDialog::build()
{
    // Whole days in the computer's time zone: from the first one's start to the last one's end.
    const QDateTime from(from_->date().startOfDay());
    const QDateTime to(to_->date().addDays(1).startOfDay());
    build_->setEnabled(false);
    status_->setText(tr("Building the report…"));
    api_.report(from, to).then(
        this,
        [this](const ComplianceReport& report, const Freshness&) {
            build_->setEnabled(true);
            report_ = report;
            show(report);
            emit built(false);
        },
        [this](const ApiProblem& problem) {
            build_->setEnabled(true);
            status_->setText(problem.message());
            emit built(true);
        });
}

void ComplianceReportDialog::show(const ComplianceReport& report)
{
    // The server's `to` is the end of the last day: the first moment after it.
    const QLocale locale;
    status_->setText(
        tr("From %1 to %2, whole days")
            .arg(locale.toString(report.from.toLocalTime().date(), QLocale::ShortFormat),
                 locale.toString(report.to.toLocalTime().addSecs(-1).date(), QLocale::ShortFormat)));
    events_->setText(tr("%1, of which %2 failed").arg(count(report.total), count(report.failures)));
    signIns_->setText(
        tr("%1 on %2 accounts").arg(count(report.failedSignIns), count(report.accountsTargeted)));
    const auto checkpoint = report.checkpointSeq < 0
                                ? tr("no checkpoint signed yet")
                                : tr("newest checkpoint at entry %1, signed %2 with key %3")
                                      .arg(count(report.checkpointSeq), dateText(report.checkpointSignedAt),
                                           report.checkpointKeyId);
    chain_->setText(tr("%1 entries; %2").arg(count(report.headSeq), checkpoint));
    fill(byAction_, report.byAction);
    fill(keyEvents_, report.keyEvents);
    adminActions_->setRowCount(static_cast<int>(report.adminActions.size()));
    for (int row = 0; row < report.adminActions.size(); ++row) {
        const auto& action = report.adminActions[row];
        adminActions_->setItem(row, 0, cell(action.userId));
        adminActions_->setItem(row, 1, cell(action.action));
        adminActions_->setItem(row, 2, cell(count(action.count), true));
    }
    adminActions_->resizeColumnsToContents();
}

} // namespace aih::console
