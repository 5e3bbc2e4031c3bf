// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/SsoConnection.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The tenant's SSO connections, one row each.
class SsoConnectionTableModel : public RecordTableModel<SsoConnection, 5>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Issuer,
        Protocol,
        Enabled,
        RequireSso,
        ColumnCount
    };

    explicit SsoConnectionTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aih::console
