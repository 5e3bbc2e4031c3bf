// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/OperatorPage.h"
#include "features/platform/PlatformApi.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aih::console {

class OperatorTableModel;

/// The platform's operator accounts: platform-admins invite people by email (they choose a
/// password through the mailed link and set up a second factor before acting), switch an
/// operator between admin and support, deactivate or reactivate one, and erase the personal data
/// of one deactivated. Support reads.
class OperatorsPage : public OperatorPage
{
    Q_OBJECT

public:
    explicit OperatorsPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("users"); }
    void refresh() override;
    void clear() override;

private:
    QWidget* buildInvite();
    const User* selected() const;
    void invite();
    void switchRole();
    void setActive();
    void erase();
    void changed(const User& account, const QString& notice);
    void updateActions();

    PlatformApi api_;
    OperatorTableModel* model_;
    QLineEdit* email_;
    QComboBox* role_;
    QPushButton* invite_;
    QTableView* table_;
    QPushButton* switchRole_;
    QPushButton* active_;
    QPushButton* erase_;
};

} // namespace aih::console
