// SPDX-License-Identifier: Apache-2.0
#include "features/platform/OperatorTableModel.h"

#include "features/users/UserTableModel.h"

#include <QColor>
#include <QCoreApplication>

namespace aih::console {

QString operatorRoleText(const QString& operatorRole)
{
    return operatorRole == QLatin1String("platform-admin")
               ? QCoreApplication::translate("aih::console::OperatorTableModel", "Platform admin")
               : QCoreApplication::translate("aih::console::OperatorTableModel", "Platform support");
}

OperatorTableModel::OperatorTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 5);
}

QVariant OperatorTableModel::data(const QModelIndex& index, int role) const
{
    const auto* account = recordOf(index);
    if (!account) {
        return {};
    }
    if (role == Qt::ForegroundRole) {
        return account->active ? QVariant() : QVariant(QColor(Qt::gray));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Email:
        return account->email;
    case Name:
        return account->name;
    case OperatorRole:
        return operatorRoleText(account->operatorRole);
    case Status:
        return account->active ? tr("Active") : tr("Deactivated");
    case LastSignIn:
        return account->lastLoginAt.isValid() ? dateText(account->lastLoginAt) : tr("Never");
    default:
        return {};
    }
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Email"), QT_TR_NOOP("Name"), QT_TR_NOOP("Operator role"),
                                         QT_TR_NOOP("Status"), QT_TR_NOOP("Last sign-in")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
