// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/account/AccountApi.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace aih::console {

/// The signed-in user's sessions (device, address, last use), any of which but this one can be
/// ended: a lost laptop's session stops working at once.
class SessionsDialog : public QDialog
{
    Q_OBJECT

public:
    SessionsDialog(const AccountApi& api, QWidget* parent = nullptr);

    void reload();

private:
    void show(const QList<OwnSession>& sessions);
    void endSelected();
    void updateButtons();

    const AccountApi& api_;
    QTableWidget* table_;
    QLabel* error_;
    QPushButton* end_;
    QList<OwnSession> sessions_;
};

} // namespace aih::console
