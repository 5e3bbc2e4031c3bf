// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoConnectionTableModel.h"

#include <QColor>

namespace aih::console {

SsoConnectionTableModel::SsoConnectionTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 5);
}

QVariant SsoConnectionTableModel::data(const QModelIndex& index, int role) const
{
    const auto* connection = recordOf(index);
    if (!connection) {
        return {};
    }
    if (role == Qt::ForegroundRole) {
        return connection->enabled ? QVariant() : QVariant(QColor(Qt::gray));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return connection->name;
    case Issuer:
        return connection->issuer;
    case Protocol:
        return connection->isSaml() ? tr("SAML 2.0") : tr("OpenID Connect");
    case Enabled:
        return connection->enabled ? tr("Yes") : tr("No");
    case RequireSso:
        return connection->requireSso ? tr("Required") : tr("No");
    default:
        return {};
    }
}

QVariant SsoConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Issuer"), QT_TR_NOOP("Protocol"),
                                         QT_TR_NOOP("Enabled"), QT_TR_NOOP("Require SSO")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
