// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/account/AccountApi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace aih::console {

/// Two-factor authentication for the signed-in user. Opening it starts an enrolment: a QR
/// code for the authenticator app (and the secret, for typing in), the ten recovery codes shown
/// this once, and a field for the app's first code, which turns it on. When it is on already,
/// the dialog offers to turn it off with a code or a recovery code instead.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    TwoFactorDialog(const AccountApi& api, QWidget* parent = nullptr);

    /// Asks the server for an enrolment (or finds that the factor is on).
    void start();

signals:
    /// Turned on (true) or off (false).
    void changed(bool enabled);

private:
    void showEnrolment(const TotpEnrolment& enrolment);
    void showRemoval();
    void submit();
    void showError(const QString& text);

    const AccountApi& api_;
    QLabel* intro_;
    QLabel* qr_;
    QLineEdit* secret_;
    QPlainTextEdit* recoveryCodes_;
    QLineEdit* code_;
    QLabel* error_;
    QPushButton* action_;
    bool removing_ = false;
};

} // namespace aih::console
