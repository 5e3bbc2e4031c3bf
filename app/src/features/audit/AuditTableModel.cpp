// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditTableModel.h"

#include "features/users/UserTableModel.h"

#include <QColor>

namespace aih::console {

AuditTableModel::AuditTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 6);
}

QVariant AuditTableModel::display(const AuditEntry& entry, int column) const
{
    switch (column) {
    case Time:
        return dateText(entry.occurredAt);
    case Action:
        return entry.action;
    case Actor:
        return entry.actorLabel();
    case Outcome:
        return entry.success ? tr("Succeeded") : tr("Failed");
    case Address:
        return entry.ipAddress;
    case Request:
        return entry.method.isEmpty() ? QString() : entry.method + ' ' + entry.path;
    default:
        return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const auto* record = recordOf(index);
    if (!record) {
        return {};
    }
    const auto& entry = *record;
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return entry.success ? QVariant() : QVariant(entry.errorDetail);
    case Qt::ForegroundRole:
        return entry.success || index.column() != Outcome ? QVariant() : QVariant(QColor("#b3261e"));
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Time"),    QT_TR_NOOP("Action"),  QT_TR_NOOP("Actor"),
                                         QT_TR_NOOP("Outcome"), QT_TR_NOOP("Address"), QT_TR_NOOP("Request")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
