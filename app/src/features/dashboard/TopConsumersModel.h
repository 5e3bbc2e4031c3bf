// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/dashboard/Analytics.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The heaviest API consumers of the period, biggest first.
class TopConsumersModel : public RecordTableModel<aih::console::Consumer, 3>
{
    Q_OBJECT

public:
    enum Column
    {
        Consumer,
        Calls,
        Errors,
        ColumnCount
    };

    explicit TopConsumersModel(QObject* parent = nullptr);

    /// Shows the consumers, biggest first.
    void setConsumers(QList<aih::console::Consumer> consumers);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aih::console
