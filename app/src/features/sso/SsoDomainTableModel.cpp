// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoDomainTableModel.h"

#include "features/users/UserTableModel.h"

#include <QColor>

namespace aih::console {

SsoDomainTableModel::SsoDomainTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 4);
}

QVariant SsoDomainTableModel::data(const QModelIndex& index, int role) const
{
    const auto* domain = recordOf(index);
    if (!domain) {
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        return QColor(domain->isVerified() ? "#15803d" : "#b45309");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Domain:
        return domain->domain;
    case Status:
        return domain->isVerified() ? tr("Verified") : tr("Pending");
    case Checked:
        return dateText(domain->checkedAt);
    case Problem:
        return domain->lastError;
    default:
        return {};
    }
}

QVariant SsoDomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Domain"), QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Last checked"), QT_TR_NOOP("Last problem")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
