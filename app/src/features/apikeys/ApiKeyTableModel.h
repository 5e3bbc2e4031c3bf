// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKey.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// API keys, one row each; never holds a secret.
class ApiKeyTableModel : public RecordTableModel<ApiKey, 10>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Prefix,
        Scopes,
        Status,
        RateLimit,
        Usage,
        LastUsed,
        Expires,
        Networks,
        Created,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ActiveRole
    };

    explicit ApiKeyTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ApiKey& key, int column) const;
    QVariant sortValue(const ApiKey& key, int column) const;
    QString statusText(const ApiKey& key) const;
};

} // namespace aih::console
