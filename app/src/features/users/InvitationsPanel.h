// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/users/UsersApi.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aih::console {

/// The invitations neither accepted nor revoked, under the users table: each can be resent (a
/// new link, the old one dead) or revoked (its seat free again).
class InvitationsPanel : public QWidget
{
    Q_OBJECT

public:
    InvitationsPanel(const UsersApi& api, QWidget* parent = nullptr);

    void reload();
    void clear();
    int count() const { return static_cast<int>(invitations_.size()); }

signals:
    /// Something changed on the server (a seat freed or taken) or went wrong; for the banner.
    void done(const QString& message);
    void failed(const aih::console::ApiProblem& problem);

private:
    void show(const QList<PendingInvitation>& invitations);
    const PendingInvitation* selected() const;
    void resend();
    void revoke();
    void updateButtons();

    const UsersApi& api_;
    QLabel* heading_;
    QTableWidget* table_;
    QPushButton* resend_;
    QPushButton* revoke_;
    QList<PendingInvitation> invitations_;
};

} // namespace aih::console
