// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/users/UsersApi.h"
#include "gui/Page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace aih::console {

class InvitationsPanel;
class UserFilterProxy;
class UserRules;
class UserTableModel;

/// The tenant's users: a sortable, filterable table; create, change role, deactivate and
/// reactivate, with what the server would refuse disabled up front.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("users"); }
    bool isAvailableTo(const Session& session) const override;
    void refresh() override;
    void clear() override;

    UserTableModel* model() const { return model_; }
    UserFilterProxy* proxy() const { return proxy_; }

private:
    void buildToolbar();
    const User* selectedUser() const;
    UserRules rules() const;
    void updateActions();
    void openCreateDialog();
    void changeRole(Role role);
    void toggleActive();
    void applyChange(Pending<User> pending, const QString& doneMessage);
    void sendPasswordReset();
    void endSessions();
    void exportPersonalData();
    void erasePersonalData();
    void report(Pending<Done> pending, const QString& doneMessage);

    UsersApi api_;
    UserTableModel* model_;
    UserFilterProxy* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    QComboBox* roleFilter_;
    QCheckBox* showInactive_;
    QToolButton* create_;
    QToolButton* changeRole_;
    QToolButton* toggleActive_;
    QToolButton* accountActions_;
    QToolButton* personalData_;
    QAction* resetPassword_ = nullptr;
    QAction* endSessions_ = nullptr;
    InvitationsPanel* invitations_;
    QList<QAction*> roleActions_;
    QLabel* usage_;
};

} // namespace aih::console
