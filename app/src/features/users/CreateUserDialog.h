// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/users/UsersApi.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace aih::console {

/// Asks for a new user's email, name, role (only the roles the actor may give) and an
/// optional first password, checking what the server would refuse before it is sent.
class CreateUserDialog : public QDialog
{
    Q_OBJECT

public:
    CreateUserDialog(const QList<Role>& assignableRoles, QWidget* parent = nullptr);

    NewUser newUser() const;
    /// Shows why the server refused the last attempt; the dialog stays open to fix it.
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const aih::console::NewUser& user);

private:
    void validate();

    QLineEdit* email_;
    QLineEdit* name_;
    QComboBox* role_;
    QLineEdit* password_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace aih::console
