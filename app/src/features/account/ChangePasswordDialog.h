// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/account/AccountApi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace aih::console {

/// Changes the signed-in user's password: the current one, the new one twice. The server
/// checks its policy (length, common passwords) and ends the user's other sessions.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(const AccountApi& api, QWidget* parent = nullptr);

private:
    void submit();

    const AccountApi& api_;
    QLineEdit* current_;
    QLineEdit* next_;
    QLineEdit* repeat_;
    QLabel* error_;
    QPushButton* change_;
};

} // namespace aih::console
