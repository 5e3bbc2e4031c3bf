// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/ApiKeyTableModel.h"

#include "features/users/UserTableModel.h"

#include <QColor>
#include <QLocale>

namespace aih::console {

ApiKeyTableModel::ApiKeyTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 10);
}

QString ApiKeyTableModel::statusText(const ApiKey& key) const
{
    if (key.status == "revoked") {
        return tr("Revoked");
    }
    if (key.status == "expired") {
        return tr("Expired");
    }
    if (key.previousSecretValidUntil.isValid() &&
        key.previousSecretValidUntil > QDateTime::currentDateTimeUtc()) {
        return tr("Active (old secret valid until %1)").arg(dateText(key.previousSecretValidUntil));
    }
    return key.expiresSoon ? tr("Active, expires soon") : tr("Active");
}

QVariant ApiKeyTableModel::display(const ApiKey& key, int column) const
{
    switch (column) {
    case Name:
        return key.name;
    case Prefix:
        return key.prefix + QStringLiteral("…");
    case Scopes:
        return key.scopes.join(", ");
    case Status:
        return statusText(key);
    case RateLimit:
        return tr("%1 / hour").arg(QLocale().toString(key.rateLimit));
    case Usage:
        return QLocale().toString(key.usageCount);
    case LastUsed:
        return dateText(key.lastUsedAt);
    case Expires:
        return key.expiresAt.isValid() ? dateText(key.expiresAt) : tr("never");
    case Networks:
        return key.allowedIps.isEmpty() ? tr("anywhere") : key.allowedIps.join(", ");
    case Created:
        return dateText(key.createdAt);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::sortValue(const ApiKey& key, int column) const
{
    switch (column) {
    case RateLimit:
        return key.rateLimit;
    case Usage:
        return key.usageCount;
    case LastUsed:
        return key.lastUsedAt;
    case Expires:
        return key.expiresAt;
    case Created:
        return key.createdAt;
    default:
        return display(key, column);
    }
}

QVariant ApiKeyTableModel::data(const QModelIndex& index, int role) const
{
    const auto* record = recordOf(index);
    if (!record) {
        return {};
    }
    const auto& key = *record;
    switch (role) {
    case Qt::DisplayRole:
        return display(key, index.column());
    case SortRole:
        return sortValue(key, index.column());
    case Qt::ForegroundRole:
        if (!key.isActive()) {
            return QColor(Qt::gray);
        }
        return key.expiresSoon && index.column() == Expires ? QVariant(QColor("#b45309")) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RateLimit || index.column() == Usage
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole:
        return key.id;
    case ActiveRole:
        return key.isActive();
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {
        QT_TR_NOOP("Name"),       QT_TR_NOOP("Key"),    QT_TR_NOOP("Scopes"),    QT_TR_NOOP("Status"),
        QT_TR_NOOP("Rate limit"), QT_TR_NOOP("Calls"),  QT_TR_NOOP("Last used"), QT_TR_NOOP("Expires"),
        QT_TR_NOOP("Networks"),   QT_TR_NOOP("Created")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
