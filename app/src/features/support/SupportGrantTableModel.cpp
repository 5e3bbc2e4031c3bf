// SPDX-License-Identifier: Apache-2.0
#include "features/support/SupportGrantTableModel.h"

#include "features/users/UserTableModel.h"

#include <QColor>

namespace aih::console {

SupportGrantTableModel::SupportGrantTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 5);
}

QString SupportGrantTableModel::statusText(const SupportGrant& grant) const
{
    if (grant.isActive()) {
        return tr("In force");
    }
    return grant.status == QLatin1String("revoked") ? tr("Revoked %1").arg(dateText(grant.revokedAt))
                                                    : tr("Expired");
}

QString SupportGrantTableModel::openedText(const SupportGrant& grant) const
{
    if (grant.openedCount == 0) {
        return tr("Never");
    }
    return tr("%n time(s), last by %1 on %2", nullptr, grant.openedCount)
        .arg(grant.lastOpenedBy.left(8), dateText(grant.lastOpenedAt)); // the account id's start
}

QVariant SupportGrantTableModel::data(const QModelIndex& index, int role) const
{
    const auto* grant = recordOf(index);
    if (!grant) {
        return {};
    }
    if (role == Qt::ForegroundRole) {
        return grant->isActive() ? QVariant() : QVariant(QColor(Qt::gray));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Status:
        return statusText(*grant);
    case Until:
        return dateText(grant->expiresAt);
    case Opened:
        return openedText(*grant);
    case Granted:
        return dateText(grant->createdAt);
    case Reason:
        return grant->reason;
    default:
        return {};
    }
}

QVariant SupportGrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Status"), QT_TR_NOOP("Until"), QT_TR_NOOP("Opened"),
                                         QT_TR_NOOP("Granted"), QT_TR_NOOP("Reason")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
