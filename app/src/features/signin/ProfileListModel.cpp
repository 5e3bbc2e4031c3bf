// SPDX-License-Identifier: Apache-2.0
#include "features/signin/ProfileListModel.h"

#include "core/session/ProfileStore.h"

namespace aih::console {

ProfileListModel::ProfileListModel(ProfileStore& store, QObject* parent)
    : QAbstractListModel(parent), store_(store)
{
    reload();
    connect(&store_, &ProfileStore::changed, this, &ProfileListModel::reload);
}

void ProfileListModel::reload()
{
    beginResetModel();
    profiles_ = store_.profiles();
    endResetModel();
}

const ServerProfile* ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < profiles_.size() ? &profiles_[row] : nullptr;
}

int ProfileListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < profiles_.size(); ++row) {
        if (profiles_[row].id() == id) {
            return row;
        }
    }
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(profiles_.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& profile = profiles_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return profile.displayName();
    case Qt::ToolTipRole:
        return profile.server.toString();
    case IdRole:
        return profile.id();
    default:
        return {};
    }
}

} // namespace aih::console
