// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/ServerProfile.h"

#include <QAbstractListModel>

namespace aih::console {

class ProfileStore;

/// The saved server profiles, most recent first, following the store as it changes.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };

    explicit ProfileListModel(ProfileStore& store, QObject* parent = nullptr);

    const ServerProfile* profileAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    ProfileStore& store_;
    QList<ServerProfile> profiles_;
};

} // namespace aih::console
