// SPDX-License-Identifier: Apache-2.0
#include "features/platform/CloseTenantDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aih::console {
namespace {

// The server's bounds and default (offboarding/ClosureService).
constexpr int defaultGraceDays = 30;
constexpr int maxGraceDays = 365;

} // namespace

CloseTenantDialog::CloseTenantDialog(const TenantSummary& tenant, QWidget* parent)
    : QDialog(parent), slug_(tenant.slug), grace_(new QSpinBox(this)), confirmation_(new QLineEdit(this)),
      error_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName("closeTenantDialog");
    setWindowTitle(tr("Close %1").arg(tenant.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Closing suspends %1 at once and writes an archive of all its data, which "
                                "you can download here. When the grace period ends, its users, keys, "
                                "usage and settings are deleted; its audit trail stays with the personal "
                                "data in it made unreadable. Reactivating it before then cancels the "
                                "closing.")
                                 .arg(tenant.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    grace_->setObjectName("graceDaysSpin");
    grace_->setRange(0, maxGraceDays);
    grace_->setValue(defaultGraceDays);
    grace_->setSuffix(tr(" days"));
    form->addRow(tr("Grace period"), grace_);
    confirmation_->setObjectName("closeConfirmationEdit");
    confirmation_->setPlaceholderText(tenant.slug);
    form->addRow(tr("Type %1 to confirm").arg(tenant.slug), confirmation_);
    layout->addLayout(form);
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    layout->addWidget(error_);
    auto* close = buttons_->addButton(tr("Close tenant"), QDialogButtonBox::AcceptRole);
    close->setObjectName("confirmCloseButton");
    layout->addWidget(buttons_);
    connect(confirmation_, &QLineEdit::textChanged, this, &CloseTenantDialog::updateButtons);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { emit submitted(graceDays()); });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

int CloseTenantDialog::graceDays() const
{
    return grace_->value();
}

void CloseTenantDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void CloseTenantDialog::setBusy(bool busy)
{
    buttons_->setEnabled(!busy);
    if (!busy) {
        updateButtons();
    }
}

void CloseTenantDialog::updateButtons()
{
    for (auto* button : buttons_->buttons()) {
        if (buttons_->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(confirmation_->text().trimmed() == slug_);
        }
    }
}

} // namespace aih::console
