// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/TopConsumersModel.h"

#include <QLocale>

namespace aih::console {

TopConsumersModel::TopConsumersModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 3);
}

void TopConsumersModel::setConsumers(QList<aih::console::Consumer> consumers)
{
    std::stable_sort(consumers.begin(), consumers.end(),
                     [](const auto& a, const auto& b) { return a.calls > b.calls; });
    setRecords(consumers);
}

QVariant TopConsumersModel::data(const QModelIndex& index, int role) const
{
    const auto* record = recordOf(index);
    if (!record) {
        return {};
    }
    const auto& consumer = *record;
    if (role == Qt::ToolTipRole) {
        return consumer.apiKeyId.isEmpty() ? consumer.userId : consumer.apiKeyId;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Consumer) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Consumer:
        return consumer.label;
    case Calls:
        return QLocale().toString(consumer.calls);
    case Errors:
        return QLocale().toString(consumer.errors);
    default:
        return {};
    }
}

QVariant TopConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Consumer:
        return tr("Consumer");
    case Calls:
        return tr("Calls");
    case Errors:
        return tr("Errors");
    default:
        return {};
    }
}

} // namespace aih::console
