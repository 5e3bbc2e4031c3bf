// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantDetailDialog.h"

#include "core/session/Tenant.h"
#include "features/audit/AuditTableModel.h"
#include "features/users/UserTableModel.h"
#include "gui/RecordTable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {
namespace {

/// Enough of the operators' trail for a look at a tenant; the Audit log page has all of it.
constexpr int actionsShown = 50;

QString withOverride(qint64 value, const std::optional<int>& override)
{
    const auto text = QLocale().toString(value);
    return override ? TenantDetailDialog::tr("%1 (custom deal)").arg(text) : text;
}

} // namespace

TenantDetailDialog::TenantDetailDialog(const TenantSummary& tenant, const ApiClient& client, QWidget* parent)
    : QDialog(parent), platform_(client), audit_(client), form_(new QFormLayout),
      actions_(new AuditTableModel(this)), status_(new QLabel(this))
{
    setObjectName("tenantDetailDialog");
    setWindowTitle(tr("%1 (%2)").arg(tenant.name, tenant.slug));
    resize(760, 560);
    auto* summary = new QGroupBox(tr("Tenant"), this);
    summary->setLayout(form_);
    auto* trail = new QGroupBox(tr("What operators did to it"), this);
    auto* table = new QTableView(trail);
    table->setObjectName("tenantActionsTable");
    table->setModel(actions_);
    setUpRecordTable(*table);
    auto* trailLayout = new QVBoxLayout(trail);
    trailLayout->addWidget(table);
    status_->setObjectName("tenantDetailStatus");
    status_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(trail, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    status_->setText(tr("Loading…"));
    platform_.detail(tenant.id).then(
        this, [this](const TenantDetail& detail) { present(detail); },
        [this](const ApiProblem& problem) { status_->setText(problem.message()); });
    AuditFilter filter;
    filter.text = tenant.id;
    audit_.page(filter, {}, actionsShown)
        .then(
            this, [this](const AuditBatch& batch) { actions_->setRecords(batch.entries); },
            [this](const ApiProblem& problem) { status_->setText(problem.message()); });
}

QLabel* TenantDetailDialog::field(const QString& name, const QString& label)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form_->addRow(label, value);
    return value;
}

void TenantDetailDialog::present(const TenantDetail& detail)
{
    status_->clear();
    const auto& overrides = detail.plan.overrides;
    field("detailPlan", tr("Plan"))->setText(tierTitle(detail.plan.tier));
    auto* billing = field("detailBilling", tr("Billing"));
    billing->setText(detail.subscriptionStatus.isEmpty() ? tr("No subscription") : detail.subscriptionStatus);
    if (detail.subscriptionStatus == QLatin1String("past_due")) {
        billing->setStyleSheet("color: #b45309");
    }
    QString state = tr("Active");
    if (detail.status == QLatin1String("closing")) {
        state = tr("Closing: its data is deleted on %1").arg(dateText(detail.deleteAfter));
    } else if (detail.status == QLatin1String("deleted")) {
        state = tr("Closed, its data deleted");
    } else if (detail.suspendedAt.isValid()) {
        state = tr("Suspended since %1").arg(dateText(detail.suspendedAt));
    }
    field("detailState", tr("State"))->setText(state);
    field("detailUsers", tr("Users"))
        ->setText(tr("%1 of %2, %3 invited")
                      .arg(detail.users)
                      .arg(withOverride(detail.userLimit, overrides.userLimit))
                      .arg(detail.pendingInvitations));
    field("detailHourly", tr("Calls per hour"))
        ->setText(withOverride(detail.apiRateLimit, overrides.apiRateLimit));
    field("detailMonthly", tr("Calls per month"))
        ->setText(withOverride(detail.monthlyQuota, overrides.monthlyQuota));
    field("detailDomain", tr("Custom domain"))->setText(detail.domain.isEmpty() ? tr("None") : detail.domain);
    field("detailMfa", tr("Second factor required of"))
        ->setText(detail.mfaRequired == QLatin1String("everyone") ? tr("Everyone")
                  : detail.mfaRequired == QLatin1String("admins") ? tr("Admins")
                                                                  : tr("No one"));
    field("detailCreated", tr("Created"))->setText(dateText(detail.createdAt));
}

} // namespace aih::console
