// SPDX-License-Identifier: Apache-2.0
#include "features/users/CreateUserDialog.h"

#include "aih/Validation.h"
#include "features/users/UserTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace aih::console {

CreateUserDialog::CreateUserDialog(const QList<Role>& assignableRoles, QWidget* parent)
    : QDialog(parent), email_(new QLineEdit(this)), name_(new QLineEdit(this)), role_(new QComboBox(this)),
      password_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("createUserDialog");
    setWindowTitle(tr("New user"));
    email_->setObjectName("emailEdit");
    name_->setObjectName("nameEdit");
    role_->setObjectName("roleCombo");
    password_->setObjectName("passwordEdit");
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("Empty: mail an invitation instead"));
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    for (const auto role : assignableRoles) {
        role_->addItem(roleTitle(role), static_cast<int>(role));
    }
    buttons_->button(QDialogButtonBox::Ok)->setObjectName("createButton");
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Email"), email_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Role"), role_);
    form->addRow(tr("Password"), password_);
    form->addRow(error_);
    form->addRow(buttons_);

    connect(email_, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(password_, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { emit submitted(newUser()); });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewUser CreateUserDialog::newUser() const
{
    return {email_->text().trimmed(), name_->text().trimmed(),
            static_cast<Role>(role_->currentData().toInt()), password_->text()};
}

void CreateUserDialog::validate()
{
    const auto user = newUser();
    QString problem;
    if (!user.email.isEmpty() && !isValidEmail(user.email.toStdString())) {
        problem = tr("This is not an email address.");
    } else if (!user.password.isEmpty() && !isAcceptablePassword(user.password.toStdString())) {
        problem = tr("A password needs 10 to 256 characters.");
    }
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !user.email.isEmpty());
}

void CreateUserDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setVisible(true);
}

void CreateUserDialog::setBusy(bool busy)
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace aih::console
