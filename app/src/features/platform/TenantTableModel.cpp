// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantTableModel.h"

#include "core/session/Tenant.h"
#include "features/users/UserTableModel.h"

#include <QColor>

namespace aih::console {

TenantTableModel::TenantTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 6);
}

QString TenantTableModel::statusText(const TenantSummary& tenant)
{
    if (tenant.deleted) {
        return tr("Closed, data deleted");
    }
    if (tenant.closing) {
        return tr("Closing: deleted %1").arg(dateText(tenant.deleteAfter));
    }
    if (tenant.suspended) {
        return tr("Suspended");
    }
    if (tenant.subscriptionStatus == QLatin1String("past_due")) {
        return tr("Past due");
    }
    return tr("Active");
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const
{
    const auto* tenant = recordOf(index);
    if (!tenant) {
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (tenant->suspended || tenant->subscriptionStatus == QLatin1String("past_due"))) {
        return QColor(tenant->suspended ? "#b91c1c" : "#b45309");
    }
    if (role == Qt::TextAlignmentRole && index.column() == Users) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return tenant->name;
    case Slug:
        return tenant->slug;
    case Plan:
        return tierTitle(tenant->tier);
    case Status:
        return statusText(*tenant);
    case Users:
        return tr("%1 of %2").arg(tenant->activeUsers).arg(tenant->userLimit);
    case Created:
        return dateText(tenant->createdAt);
    default:
        return {};
    }
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Slug"),  QT_TR_NOOP("Plan"),
                                         QT_TR_NOOP("Status"), QT_TR_NOOP("Users"), QT_TR_NOOP("Created")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
