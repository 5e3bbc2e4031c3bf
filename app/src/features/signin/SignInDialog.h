// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "core/session/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace aih::console {

class ProfileListModel;
class ProfileStore;
class Session;

/// Sign-in: pick a saved profile or enter server, tenant and email; the password is never
/// stored, the refresh token only in the system keychain when "Stay signed in" is ticked.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session& session, ProfileStore& profiles, QWidget* parent = nullptr);

    /// A note above the form, e.g. why the previous session ended.
    void setNotice(const QString& notice);
    ServerProfile enteredProfile() const;
    /// Puts what `profile` has (server, tenant, email) in the form; the password stays to type.
    void fillIn(const ServerProfile& profile);

private:
    void fillFrom(int row);
    void submit();
    void setBusy(bool busy);
    void askForCode(const QString& error);
    void showProblem(const QString& message);

    Session& session_;
    ProfileStore& profiles_;
    ProfileListModel* model_;
    QLabel* notice_;
    QComboBox* profile_;
    QLineEdit* server_;
    QLineEdit* tenant_;
    QLineEdit* email_;
    QLineEdit* password_;
    QLabel* codeLabel_;
    QLineEdit* code_;
    bool awaitingCode_ = false;
    QCheckBox* remember_;
    QLabel* error_;
    QProgressBar* busy_;
    QPushButton* signIn_;
};

} // namespace aih::console
