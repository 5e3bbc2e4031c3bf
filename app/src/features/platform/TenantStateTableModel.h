// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/PlatformOverview.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// Tenants in a subscription state (past due, canceled): which, on which plan, since when.
class TenantStateTableModel : public RecordTableModel<TenantInState, 3>
{
    Q_OBJECT

public:
    enum Column
    {
        Tenant,
        Plan,
        Since,
        ColumnCount
    };

    explicit TenantStateTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aih::console
