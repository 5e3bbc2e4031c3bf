// SPDX-License-Identifier: Apache-2.0
#include "features/users/InvitationsPanel.h"

#include "features/users/UserTableModel.h"
#include "gui/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aih::console {
namespace {

enum Column
{
    Email,
    RoleColumn,
    Expires,
    ColumnCount
};

} // namespace

InvitationsPanel::InvitationsPanel(const UsersApi& api, QWidget* parent)
    : QWidget(parent), api_(api), heading_(new QLabel(this)), table_(new QTableWidget(0, ColumnCount, this)),
      resend_(new QPushButton(tr("Resend"), this)), revoke_(new QPushButton(tr("Revoke"), this))
{
    setObjectName("invitationsPanel");
    heading_->setObjectName("invitationsHeading");
    table_->setObjectName("invitationsTable");
    table_->setHorizontalHeaderLabels({tr("Invited email"), tr("Role"), tr("Link expires")});
    table_->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setMaximumHeight(160);
    resend_->setObjectName("resendInvitationButton");
    revoke_->setObjectName("revokeInvitationButton");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(heading_, 1);
    buttons->addWidget(resend_);
    buttons->addWidget(revoke_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(table_);
    connect(resend_, &QPushButton::clicked, this, &InvitationsPanel::resend);
    connect(revoke_, &QPushButton::clicked, this, &InvitationsPanel::revoke);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &InvitationsPanel::updateButtons);
    show({});
}

void InvitationsPanel::reload()
{
    api_.invitations().then(
        this, [this](const QList<PendingInvitation>& invitations) { show(invitations); },
        [this](const ApiProblem& problem) { emit failed(problem); });
}

void InvitationsPanel::clear()
{
    show({});
}

void InvitationsPanel::show(const QList<PendingInvitation>& invitations)
{
    invitations_ = invitations;
    heading_->setText(tr("Pending invitations: %n", nullptr, static_cast<int>(invitations.size())));
    table_->setRowCount(static_cast<int>(invitations.size()));
    const QLocale locale;
    for (int row = 0; row < invitations.size(); ++row) {
        const auto& invitation = invitations[row];
        table_->setItem(row, Email, new QTableWidgetItem(invitation.email));
        table_->setItem(row, RoleColumn, new QTableWidgetItem(roleTitle(invitation.role)));
        table_->setItem(row, Expires,
                        new QTableWidgetItem(
                            invitation.expired
                                ? tr("Expired")
                                : locale.toString(invitation.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    }
    setVisible(!invitations.isEmpty());
    updateButtons();
}

const PendingInvitation* InvitationsPanel::selected() const
{
    const int row = table_->currentRow();
    if (row < 0 || row >= invitations_.size() || table_->selectedItems().isEmpty()) {
        return nullptr;
    }
    return &invitations_[row];
}

void InvitationsPanel::updateButtons()
{
    resend_->setEnabled(selected() != nullptr);
    revoke_->setEnabled(selected() != nullptr);
}

void InvitationsPanel::resend()
{
    if (const auto* invitation = selected()) {
        const auto email = invitation->email;
        api_.resendInvitation(invitation->id)
            .then(
                this,
                [this, email](const Done&) {
                    emit done(tr("A new invitation was mailed to %1; the earlier link no longer works.")
                                  .arg(email));
                    reload();
                },
                [this](const ApiProblem& problem) { emit failed(problem); });
    }
}

void InvitationsPanel::revoke()
{
    const auto* invitation = selected();
    if (!invitation) {
        return;
    }
    const auto id = invitation->id;
    const auto email = invitation->email;
    MessageBox::question(this, tr("Revoke invitation"),
                         tr("Revoke the invitation of %1? Its link stops working at once.").arg(email),
                         QMessageBox::Yes, [this, id, email](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes) {
                                 return;
                             }
                             api_.revokeInvitation(id).then(
                                 this,
                                 [this, email](const Done&) {
                                     emit done(tr("The invitation of %1 was revoked.").arg(email));
                                     reload();
                                 },
                                 [this](const ApiProblem& problem) { emit failed(problem); });
                         });
}

} // namespace aih::console
