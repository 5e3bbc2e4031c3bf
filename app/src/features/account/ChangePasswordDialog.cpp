// SPDX-License-Identifier: Apache-2.0
#include "features/account/ChangePasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace aih::console {

ChangePasswordDialog::ChangePasswordDialog(const AccountApi& api, QWidget* parent)
    : QDialog(parent), api_(api), current_(new QLineEdit(this)), next_(new QLineEdit(this)),
      repeat_(new QLineEdit(this)), error_(new QLabel(this)),
      change_(new QPushButton(tr("Change password"), this))
{
    setObjectName("changePasswordDialog");
    setWindowTitle(tr("Change password"));
    current_->setObjectName("currentPasswordEdit");
    next_->setObjectName("newPasswordEdit");
    repeat_->setObjectName("repeatPasswordEdit");
    for (auto* edit : {current_, next_, repeat_}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(256);
    }
    next_->setPlaceholderText(tr("At least 12 characters"));
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    change_->setObjectName("changeButton");
    change_->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(change_, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Current password"), current_);
    form->addRow(tr("New password"), next_);
    form->addRow(tr("New password again"), repeat_);
    form->addRow(new QLabel(tr("Your other sessions end when the password changes."), this));
    form->addRow(error_);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::submit()
{
    const auto showError = [this](const QString& text) {
        error_->setText(text);
        error_->show();
        change_->setEnabled(true);
    };
    if (current_->text().isEmpty() || next_->text().isEmpty()) {
        showError(tr("Enter the current password and the new one."));
        return;
    }
    if (next_->text() != repeat_->text()) {
        showError(tr("The new password and its repetition differ."));
        return;
    }
    change_->setEnabled(false);
    api_.changePassword(current_->text(), next_->text())
        .then(
            this, [this](const Done&) { accept(); },
            [showError](const ApiProblem& problem) { showError(problem.message()); });
}

} // namespace aih::console
