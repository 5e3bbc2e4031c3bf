// SPDX-License-Identifier: Apache-2.0
#include "features/users/UserFilterProxy.h"

#include "features/users/UserTableModel.h"

namespace aih::console {

UserFilterProxy::UserFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UserFilterProxy::setText(const QString& text)
{
    text_ = text.trimmed();
    invalidateRowsFilter();
}

void UserFilterProxy::setRole(const QString& role)
{
    role_ = role;
    invalidateRowsFilter();
}

void UserFilterProxy::setShowInactive(bool show)
{
    showInactive_ = show;
    invalidateRowsFilter();
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = sourceModel();
    const auto email = model->index(sourceRow, UserTableModel::Email, sourceParent);
    if (!showInactive_ && !email.data(UserTableModel::ActiveRole).toBool()) {
        return false;
    }
    if (!role_.isEmpty() && email.data(UserTableModel::RoleNameRole).toString() != role_) {
        return false;
    }
    if (text_.isEmpty()) {
        return true;
    }
    const auto name = model->index(sourceRow, UserTableModel::Name, sourceParent).data().toString();
    return email.data().toString().contains(text_, Qt::CaseInsensitive) ||
           name.contains(text_, Qt::CaseInsensitive);
}

} // namespace aih::console
