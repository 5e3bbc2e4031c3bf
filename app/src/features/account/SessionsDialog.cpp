// SPDX-License-Identifier: Apache-2.0
#include "features/account/SessionsDialog.h"

#include <QDialogButtonBox>
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
    Device,
    Address,
    LastUsed,
    Started,
    ColumnCount
};

} // namespace

SessionsDialog::SessionsDialog(const AccountApi& api, QWidget* parent)
    : QDialog(parent), api_(api), table_(new QTableWidget(0, ColumnCount, this)), error_(new QLabel(this)),
      end_(new QPushButton(tr("End session"), this))
{
    setObjectName("sessionsDialog");
    setWindowTitle(tr("Your sessions"));
    table_->setObjectName("sessionsTable");
    table_->setHorizontalHeaderLabels({tr("Device"), tr("Address"), tr("Last used"), tr("Started")});
    table_->horizontalHeader()->setSectionResizeMode(Device, QHeaderView::Stretch);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    end_->setObjectName("endSessionButton");
    end_->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(end_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    resize(720, 320);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(end_, &QPushButton::clicked, this, &SessionsDialog::endSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &SessionsDialog::updateButtons);
}

void SessionsDialog::reload()
{
    api_.sessions().then(
        this, [this](const QList<OwnSession>& sessions) { show(sessions); },
        [this](const ApiProblem& problem) {
            error_->setText(problem.message());
            error_->show();
        });
}

void SessionsDialog::show(const QList<OwnSession>& sessions)
{
    sessions_ = sessions;
    table_->setRowCount(static_cast<int>(sessions.size()));
    const QLocale locale;
    for (int row = 0; row < sessions.size(); ++row) {
        const auto& session = sessions[row];
        const auto device = session.userAgent.isEmpty() ? tr("Unknown device") : session.userAgent;
        table_->setItem(row, Device,
                        new QTableWidgetItem(session.current ? tr("%1 (this session)").arg(device) : device));
        table_->setItem(row, Address, new QTableWidgetItem(session.ipAddress));
        table_->setItem(
            row, LastUsed,
            new QTableWidgetItem(locale.toString(session.lastUsedAt.toLocalTime(), QLocale::ShortFormat)));
        table_->setItem(
            row, Started,
            new QTableWidgetItem(locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    updateButtons();
}

void SessionsDialog::updateButtons()
{
    const int row = table_->currentRow();
    const bool selectable = row >= 0 && row < sessions_.size() && !table_->selectedItems().isEmpty();
    end_->setEnabled(selectable && !sessions_[row].current);
    end_->setToolTip(selectable && sessions_[row].current ? tr("Sign out to end this session.") : QString());
}

void SessionsDialog::endSelected()
{
    const int row = table_->currentRow();
    if (row < 0 || row >= sessions_.size() || sessions_[row].current) {
        return;
    }
    end_->setEnabled(false);
    api_.endSession(sessions_[row].id)
        .then(
            this, [this](const Done&) { reload(); },
            [this](const ApiProblem& problem) {
                error_->setText(problem.message());
                error_->show();
                updateButtons();
            });
}

} // namespace aih::console
