// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/User.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The tenant's users, one row each.
class UserTableModel : public RecordTableModel<User, 6>
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        RoleColumn,
        Status,
        LastSignIn,
        Created,
        ColumnCount
    };
    enum Roles
    {
        /// A value that sorts naturally (dates as dates, roles by power).
        SortRole = Qt::UserRole + 1,
        IdRole,
        ActiveRole,
        RoleNameRole
    };

    explicit UserTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const User& user, int column) const;
};

/// A role's name as shown to people.
QString roleTitle(Role role);
/// Dates in the table: local time, short format; "never" for none.
QString dateText(const QDateTime& time);

} // namespace aih::console
