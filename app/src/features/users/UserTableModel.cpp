// SPDX-License-Identifier: Apache-2.0
#include "features/users/UserTableModel.h"

#include <QColor>
#include <QLocale>

namespace aih::console {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Admin:
        return UserTableModel::tr("Admin");
    case Role::Manager:
        return UserTableModel::tr("Manager");
    case Role::User:
        break;
    }
    return UserTableModel::tr("User");
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : UserTableModel::tr("never");
}

UserTableModel::UserTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 6);
}

QVariant UserTableModel::display(const User& user, int column) const
{
    switch (column) {
    case Email:
        return user.email;
    case Name:
        return user.name;
    case RoleColumn:
        return roleTitle(user.role);
    case Status:
        return user.active ? tr("Active") : tr("Deactivated");
    case LastSignIn:
        return dateText(user.lastLoginAt);
    case Created:
        return dateText(user.createdAt);
    default:
        return {};
    }
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const auto* record = recordOf(index);
    if (!record) {
        return {};
    }
    const auto& user = *record;
    switch (role) {
    case Qt::DisplayRole:
        return display(user, index.column());
    case SortRole:
        if (index.column() == LastSignIn) {
            return user.lastLoginAt;
        }
        if (index.column() == Created) {
            return user.createdAt;
        }
        return index.column() == RoleColumn ? QVariant(static_cast<int>(user.role))
                                            : display(user, index.column());
    case Qt::ForegroundRole:
        return user.active ? QVariant() : QVariant(QColor(Qt::gray));
    case IdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    case RoleNameRole:
        return roleText(user.role);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    case LastSignIn:
        return tr("Last sign-in");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace aih::console
