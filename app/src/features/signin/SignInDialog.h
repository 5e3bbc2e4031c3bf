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
class UrlOpener;

/// Sign-in: pick a saved profile or enter server, tenant and email; the password is never
/// stored, the refresh token only in the system keychain when "Stay signed in" is ticked.
/// "Sign in with SSO" goes through the organisation's identity provider in the system browser
/// instead, by the tenant or by the email's verified domain, and waits for it until cancelled.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session& session, ProfileStore& profiles, UrlOpener& browser, QWidget* parent = nullptr);

    void reject() override;

    /// A note above the form, e.g. why the previous session ended.
    void setNotice(const QString& notice);
    ServerProfile enteredProfile() const;
    /// Puts what `profile` has (server, tenant, email) in the form; the password stays to type.
    void fillIn(const ServerProfile& profile);

private:
    /// `profile` with the name it was saved under, if it is the saved one chosen.
    ServerProfile named(ServerProfile profile) const;
    void fillFrom(int row);
    void submit();
    void submitSso();
    void openBrowser(const QUrl& url);
    void cancelSso();
    void setBusy(bool busy);
    void askForCode(const QString& error);
    void showProblem(const QString& message);

    Session& session_;
    ProfileStore& profiles_;
    UrlOpener& browser_;
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
    QPushButton* sso_;
    QWidget* ssoWaiting_;
    QLabel* ssoWaitingLabel_;
    bool awaitingBrowser_ = false;
};

} // namespace aih::console
