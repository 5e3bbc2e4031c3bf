// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/User.h"
#include "features/sso/SsoConnection.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace aih::console {

class RoleMapEditor;

/// A new connection, or a change to one: its protocol (chosen once), the provider (OpenID
/// Connect: issuer, client id and secret, scopes; SAML: the provider's metadata), how its groups
/// map to roles, and whether members must sign in through it. The stored client secret is never
/// shown: left empty it stays as it is, unless "remove" is ticked.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `admins`: the tenant's active admins, who may keep password sign-in while SSO is
    /// required. Without `existing`, the dialog makes a new connection.
    ConnectionDialog(const QList<User>& admins, const std::optional<SsoConnection>& existing,
                     QWidget* parent = nullptr);

    SsoConnectionDraft draft() const;
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const aih::console::SsoConnectionDraft& draft);

private:
    void fill(const SsoConnection& connection);
    bool isSaml() const;
    /// Shows the rows of the chosen protocol only.
    void showProtocolRows();
    void fillBreakGlass(const QList<User>& admins);
    void validate();
    bool secretStored() const;

    std::optional<SsoConnection> existing_;
    QFormLayout* form_;
    QComboBox* protocol_;
    QPlainTextEdit* idpMetadata_;
    QLineEdit* name_;
    QLineEdit* issuer_;
    QLineEdit* clientId_;
    QLineEdit* secret_;
    QCheckBox* removeSecret_;
    QLineEdit* scopes_;
    QLineEdit* groupsClaim_;
    RoleMapEditor* roleMap_;
    QComboBox* defaultRole_;
    QCheckBox* enabled_;
    QCheckBox* requireSso_;
    QComboBox* breakGlass_;
    QLabel* warning_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    QPushButton* save_ = nullptr;
};

} // namespace aih::console
