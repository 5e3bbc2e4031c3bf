// SPDX-License-Identifier: Apache-2.0
#include "features/platform/OperatorsPage.h"

#include "core/ConsoleCore.h"
#include "features/platform/OperatorTableModel.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {

OperatorsPage::OperatorsPage(ConsoleContext& context, QWidget* parent)
    : OperatorPage(context, "operatorsPage", parent), api_(context.core.api()),
      model_(new OperatorTableModel(this)), email_(new QLineEdit(this)), role_(new QComboBox(this)),
      invite_(new QPushButton(icon("send"), tr("Invite"), this)), table_(new QTableView(this)),
      switchRole_(new QPushButton(tr("Switch role…"), this)),
      active_(new QPushButton(tr("Deactivate…"), this)),
      erase_(new QPushButton(icon("remove"), tr("Erase personal data…"), this))
{
    content()->addWidget(buildInvite());
    table_->setObjectName("operatorTable");
    table_->setModel(model_);
    setUpRecordTable(*table_);
    content()->addWidget(table_, 1);
    switchRole_->setObjectName("switchOperatorRoleButton");
    active_->setObjectName("operatorActiveButton");
    erase_->setObjectName("eraseOperatorButton");
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(switchRole_);
    actions->addWidget(active_);
    actions->addWidget(erase_);
    content()->addLayout(actions);
    connect(switchRole_, &QPushButton::clicked, this, &OperatorsPage::switchRole);
    connect(active_, &QPushButton::clicked, this, &OperatorsPage::setActive);
    connect(erase_, &QPushButton::clicked, this, &OperatorsPage::erase);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperatorsPage::updateActions);
    updateActions();
}

QWidget* OperatorsPage::buildInvite()
{
    auto* group = new QGroupBox(tr("Invite an operator"), this);
    auto* layout = new QHBoxLayout(group);
    email_->setObjectName("operatorEmailEdit");
    email_->setPlaceholderText(tr("name@example.com"));
    email_->setMaxLength(254);
    role_->setObjectName("operatorRoleCombo");
    role_->addItem(operatorRoleText("platform-support"), QStringLiteral("platform-support"));
    role_->addItem(operatorRoleText("platform-admin"), QStringLiteral("platform-admin"));
    invite_->setObjectName("inviteOperatorButton");
    layout->addWidget(email_, 1);
    layout->addWidget(role_);
    layout->addWidget(invite_);
    connect(invite_, &QPushButton::clicked, this, &OperatorsPage::invite);
    connect(email_, &QLineEdit::returnPressed, this, &OperatorsPage::invite);
    connect(email_, &QLineEdit::textChanged, this, &OperatorsPage::updateActions);
    return group;
}

QString OperatorsPage::title() const
{
    return tr("Operators");
}

void OperatorsPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the operators…"));
    api_.operators().then(
        this,
        [this](const QList<User>& operators, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            model_->setRecords(operators);
            updateActions();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void OperatorsPage::clear()
{
    model_->setRecords({});
    email_->clear();
    invalidate();
}

const User* OperatorsPage::selected() const
{
    return model_->recordAt(table_->currentIndex().row());
}

void OperatorsPage::invite()
{
    const auto email = email_->text().trimmed();
    if (email.isEmpty() || !invite_->isEnabled()) {
        return;
    }
    invite_->setEnabled(false);
    api_.inviteOperator(email, role_->currentData().toString())
        .then(
            this,
            [this, email](const Done&) {
                email_->clear();
                banner()->present(StatusBanner::Kind::Info,
                                  tr("%1 is invited: they choose a password through the mailed link and set "
                                     "up a second factor before acting.")
                                      .arg(email));
                updateActions();
            },
            [this](const ApiProblem& problem) {
                updateActions();
                banner()->showProblem(problem);
            });
}

void OperatorsPage::switchRole()
{
    const auto* account = selected();
    if (!account) {
        return;
    }
    const auto chosen = *account;
    const auto next =
        chosen.isPlatformAdmin() ? QStringLiteral("platform-support") : QStringLiteral("platform-admin");
    MessageBox::question(
        this, tr("Switch operator role"),
        tr("Make %1 %2? It applies at once, on every server.").arg(chosen.email, operatorRoleText(next)),
        QMessageBox::Yes, [this, chosen, next](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.changeOperator(chosen.id, next, std::nullopt)
                .then(
                    this,
                    [this](const User& updated) {
                        changed(
                            updated,
                            tr("%1 is now %2.").arg(updated.email, operatorRoleText(updated.operatorRole)));
                    },
                    [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void OperatorsPage::setActive()
{
    const auto* account = selected();
    if (!account) {
        return;
    }
    const auto chosen = *account;
    const bool activate = !chosen.active;
    const auto question = activate
                              ? tr("Reactivate %1? They can sign in again.").arg(chosen.email)
                              : tr("Deactivate %1? Their sessions end at once, and so do the support views "
                                   "they opened.")
                                    .arg(chosen.email);
    MessageBox::question(this, activate ? tr("Reactivate operator") : tr("Deactivate operator"), question,
                         QMessageBox::Yes, [this, chosen, activate](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes) {
                                 return;
                             }
                             api_.changeOperator(chosen.id, QString(), activate)
                                 .then(
                                     this,
                                     [this, activate](const User& updated) {
                                         changed(updated, activate
                                                              ? tr("%1 is active again.").arg(updated.email)
                                                              : tr("%1 is deactivated.").arg(updated.email));
                                     },
                                     [this](const ApiProblem& problem) { banner()->showProblem(problem); });
                         });
}

void OperatorsPage::erase()
{
    const auto* account = selected();
    if (!account) {
        return;
    }
    const auto chosen = *account;
    MessageBox::question(
        this, tr("Erase operator's personal data"),
        tr("Erase the personal data of %1? Their address, name, sessions and second factors go for good; "
           "what they did stays in the audit trails under their account's id. This cannot be undone.")
            .arg(chosen.email),
        QMessageBox::Yes, [this, chosen](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.eraseOperator(chosen.id).then(
                this,
                [this, chosen](const Done&) {
                    // An erased account is no longer listed, by the server either.
                    model_->remove(chosen.id);
                    banner()->present(StatusBanner::Kind::Info,
                                      tr("The personal data of %1 is erased.").arg(chosen.email));
                    updateActions();
                },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void OperatorsPage::changed(const User& account, const QString& notice)
{
    model_->upsert(account);
    banner()->present(StatusBanner::Kind::Info, notice);
    updateActions();
}

void OperatorsPage::updateActions()
{
    const bool admin = session().isActive() && session().user().isPlatformAdmin();
    const auto* account = selected();
    const bool other = account && account->id != session().user().id;
    invite_->setEnabled(admin && email_->text().contains('@'));
    email_->setEnabled(admin);
    role_->setEnabled(admin);
    switchRole_->setEnabled(admin && other && account->active);
    active_->setEnabled(admin && other);
    active_->setText(account && !account->active ? tr("Reactivate…") : tr("Deactivate…"));
    // Only a former operator: an account in use is deactivated on purpose first.
    erase_->setEnabled(admin && other && !account->active);
    const auto readOnly = admin ? QString() : tr("Platform support is read-only.");
    for (QWidget* control : {static_cast<QWidget*>(invite_), static_cast<QWidget*>(switchRole_),
                             static_cast<QWidget*>(active_), static_cast<QWidget*>(erase_)}) {
        control->setToolTip(readOnly);
    }
}

} // namespace aih::console
