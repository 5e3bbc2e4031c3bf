// SPDX-License-Identifier: Apache-2.0
#include "features/platform/SupportViewDialog.h"

#include "core/net/AuthorizingNetworkManager.h"
#include "core/session/Tenant.h"
#include "features/audit/AuditTableModel.h"
#include "features/users/UserTableModel.h"
#include "gui/RecordTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {
namespace {

/// The first page of the trail is what a support look needs; the tenant's admin has the rest.
constexpr int auditEntriesShown = 100;

QTableView* recordTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    setUpRecordTable(*table);
    return table;
}

} // namespace

SupportViewDialog::SupportViewDialog(const QUrl& server, const SupportView& view, const QString& tenantName,
                                     QWidget* parent)
    : QDialog(parent), network_(new AuthorizingNetworkManager(credentials_, this)),
      client_(*network_, credentials_, nullptr), users_(client_), audit_(client_), billing_(client_),
      userModel_(new UserTableModel(this)), auditModel_(new AuditTableModel(this)), plan_(new QLabel(this)),
      status_(new QLabel(this))
{
    // Only this view's token, and no refresh token: when the view ends, its calls get 401.
    credentials_.setServer(server);
    credentials_.setTokens(view.accessToken, {});
    setObjectName("supportViewDialog");
    setWindowTitle(tr("%1 (read-only support view)").arg(tenantName));
    resize(820, 520);

    auto* banner = new QLabel(tr("You are reading <b>%1</b> under its admin's support grant, until %2. "
                                 "Nothing can be changed from here, and the tenant's audit trail shows "
                                 "that you opened it.")
                                  .arg(tenantName.toHtmlEscaped(), dateText(view.expiresAt)),
                              this);
    banner->setObjectName("supportViewBanner");
    banner->setWordWrap(true);
    plan_->setObjectName("supportPlanLabel");
    status_->setObjectName("supportViewStatus");
    status_->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName("supportViewTabs");
    tabs->addTab(buildUsers(), tr("Users"));
    tabs->addTab(buildAudit(), tr("Audit trail"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(plan_);
    layout->addWidget(tabs, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    load();
}

SupportViewDialog::~SupportViewDialog() = default;

QWidget* SupportViewDialog::buildUsers()
{
    return recordTable(userModel_, "supportUsersTable", this);
}

QWidget* SupportViewDialog::buildAudit()
{
    return recordTable(auditModel_, "supportAuditTable", this);
}

void SupportViewDialog::load()
{
    status_->setText(tr("Loading…"));
    users_.list().then(
        this,
        [this](const QList<User>& users) {
            userModel_->setRecords(users);
            status_->clear();
        },
        [this](const ApiProblem& problem) { failed(problem); });
    audit_.page({}, {}, auditEntriesShown)
        .then(
            this, [this](const AuditBatch& batch) { auditModel_->setRecords(batch.entries); },
            [this](const ApiProblem& problem) { failed(problem); });
    billing_.subscription().then(
        this,
        [this](const Subscription& subscription) {
            plan_->setText(tr("Plan: %1, %2").arg(tierTitle(subscription.tier), subscription.status));
        },
        [this](const ApiProblem& problem) { failed(problem); });
}

void SupportViewDialog::failed(const ApiProblem& problem)
{
    status_->setText(problem.isHttp(401) ? tr("The support view has ended: the grant expired or was revoked.")
                                         : problem.message());
}

} // namespace aih::console
