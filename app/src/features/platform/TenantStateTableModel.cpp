// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantStateTableModel.h"

#include "core/session/Tenant.h"
#include "features/users/UserTableModel.h"

namespace aih::console {

TenantStateTableModel::TenantStateTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 3);
}

QVariant TenantStateTableModel::data(const QModelIndex& index, int role) const
{
    const auto* tenant = recordOf(index);
    if (!tenant || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Tenant:
        return tenant->slug;
    case Plan:
        return tierTitle(tenant->tier);
    case Since:
        return dateText(tenant->since);
    default:
        return {};
    }
}

QVariant TenantStateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Tenant"), QT_TR_NOOP("Plan"), QT_TR_NOOP("Since")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
