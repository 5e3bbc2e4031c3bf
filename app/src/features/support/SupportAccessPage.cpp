// SPDX-License-Identifier: Apache-2.0
#include "features/support/SupportAccessPage.h"

#include "core/ConsoleCore.h"
#include "features/support/SupportGrantTableModel.h"
#include "features/users/UserTableModel.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {

SupportAccessPage::SupportAccessPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "supportAccessPage", parent), api_(context.core.api()),
      model_(new SupportGrantTableModel(this)), duration_(new QComboBox(this)), reason_(new QLineEdit(this)),
      grant_(new QPushButton(icon("verify"), tr("Grant access"), this)), table_(new QTableView(this)),
      revoke_(new QPushButton(icon("remove"), tr("End access…"), this))
{
    content()->addWidget(buildGrantForm());
    table_->setObjectName("supportGrantTable");
    table_->setModel(model_);
    setUpRecordTable(*table_);
    content()->addWidget(table_, 1);
    revoke_->setObjectName("revokeSupportButton");
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(revoke_);
    content()->addLayout(actions);
    connect(revoke_, &QPushButton::clicked, this, &SupportAccessPage::revokeSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupportAccessPage::updateActions);
    updateActions();
}

QWidget* SupportAccessPage::buildGrantForm()
{
    auto* group = new QGroupBox(tr("Let support look"), this);
    auto* layout = new QVBoxLayout(group);
    auto* intro = new QLabel(tr("The platform's support staff cannot see your tenant unless you let them. "
                                "While access is in force they can read what an admin reads here, and "
                                "change nothing; each time they open it, it is in your audit trail, with "
                                "their name. End it whenever you like."),
                             group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    duration_->setObjectName("supportDurationCombo");
    duration_->addItem(tr("1 hour"), 60);
    duration_->addItem(tr("4 hours"), 4 * 60);
    duration_->addItem(tr("1 day"), 24 * 60);
    duration_->addItem(tr("3 days"), 3 * 24 * 60);
    duration_->addItem(tr("7 days"), 7 * 24 * 60);
    duration_->setCurrentIndex(2);
    reason_->setObjectName("supportReasonEdit");
    reason_->setMaxLength(500);
    reason_->setPlaceholderText(tr("For example, the support ticket's number"));
    grant_->setObjectName("grantSupportButton");
    auto* form = new QFormLayout;
    form->addRow(tr("For"), duration_);
    form->addRow(tr("Reason"), reason_);
    layout->addLayout(form);
    layout->addWidget(grant_, 0, Qt::AlignRight);
    connect(grant_, &QPushButton::clicked, this, &SupportAccessPage::grant);
    return group;
}

QString SupportAccessPage::title() const
{
    return tr("Support access");
}

bool SupportAccessPage::isAvailableTo(const Session& session) const
{
    return session.user().role == Role::Admin;
}

void SupportAccessPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading support access…"));
    api_.grants().then(
        this,
        [this](const QList<SupportGrant>& grants, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            model_->setRecords(grants);
            updateActions();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void SupportAccessPage::clear()
{
    model_->setRecords({});
    reason_->clear();
    invalidate();
}

void SupportAccessPage::grant()
{
    grant_->setEnabled(false);
    api_.grant(duration_->currentData().toInt(), reason_->text())
        .then(
            this,
            [this](const SupportGrant& grant) {
                grant_->setEnabled(true);
                reason_->clear();
                model_->setRecords(QList<SupportGrant>{grant} + model_->records());
                banner()->present(
                    StatusBanner::Kind::Info,
                    tr("Support may read your tenant until %1.").arg(dateText(grant.expiresAt)));
                updateActions();
            },
            [this](const ApiProblem& problem) {
                grant_->setEnabled(true);
                banner()->showProblem(problem);
            });
}

void SupportAccessPage::revokeSelected()
{
    const auto* selected = model_->recordAt(table_->currentIndex().row());
    if (!selected || !selected->isActive()) {
        return;
    }
    const auto id = selected->id;
    MessageBox::question(this, tr("End support access"),
                         tr("End this access now? Support staff reading your tenant under it are "
                            "shut out at once."),
                         QMessageBox::Yes, [this, id](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes) {
                                 return;
                             }
                             api_.revoke(id).then(
                                 this,
                                 [this](const SupportGrant& grant) {
                                     model_->upsert(grant);
                                     banner()->present(StatusBanner::Kind::Info, tr("Support access ended."));
                                     updateActions();
                                 },
                                 [this](const ApiProblem& problem) { banner()->showProblem(problem); });
                         });
}

void SupportAccessPage::updateActions()
{
    const auto* selected = model_->recordAt(table_->currentIndex().row());
    revoke_->setEnabled(selected && selected->isActive());
}

} // namespace aih::console
