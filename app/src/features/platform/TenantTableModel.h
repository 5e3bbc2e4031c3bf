// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/TenantSummary.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The operator's tenant list, one row per tenant.
class TenantTableModel : public RecordTableModel<TenantSummary, 6>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Slug,
        Plan,
        Status,
        Users,
        Created,
        ColumnCount
    };

    explicit TenantTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Suspended, past due (payment failed) or active, as the Status column says it.
    static QString statusText(const TenantSummary& tenant);
};

} // namespace aih::console
