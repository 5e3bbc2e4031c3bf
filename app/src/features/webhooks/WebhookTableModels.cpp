// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/WebhookTableModels.h"

#include "features/users/UserTableModel.h"

#include <QColor>

namespace aih::console {

WebhookEndpointTableModel::WebhookEndpointTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 4);
}

QString WebhookEndpointTableModel::statusText(const WebhookEndpoint& endpoint) const
{
    if (!endpoint.enabled) {
        return endpoint.disabledReason == QLatin1String("failing") ? tr("Disabled: kept failing")
                                                                   : tr("Disabled");
    }
    if (endpoint.failingSince.isValid()) {
        return tr("Failing since %1 (%n attempt(s))", nullptr, endpoint.consecutiveFailures)
            .arg(dateText(endpoint.failingSince));
    }
    return tr("Enabled");
}

QVariant WebhookEndpointTableModel::data(const QModelIndex& index, int role) const
{
    const auto* endpoint = recordOf(index);
    if (!endpoint) {
        return {};
    }
    if (role == Qt::ForegroundRole) {
        return !endpoint->enabled                                             ? QVariant(QColor(Qt::gray))
               : endpoint->failingSince.isValid() && index.column() == Status ? QVariant(QColor("#b45309"))
                                                                              : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Url && !endpoint->description.isEmpty()) {
        return endpoint->description;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Url:
        return endpoint->url;
    case Events:
        return endpoint->eventTypes.contains(QStringLiteral("*")) ? tr("All events")
                                                                  : endpoint->eventTypes.join(", ");
    case Status:
        return statusText(*endpoint);
    case Created:
        return dateText(endpoint->createdAt);
    default:
        return {};
    }
}

QVariant WebhookEndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("URL"), QT_TR_NOOP("Events"), QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Created")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

WebhookDeliveryTableModel::WebhookDeliveryTableModel(QObject* parent) : RecordTableModel(parent)
{
    static_assert(ColumnCount == 6);
}

QString WebhookDeliveryTableModel::statusText(const WebhookDelivery& delivery) const
{
    if (delivery.status == QLatin1String("succeeded")) {
        return tr("Delivered");
    }
    if (delivery.status == QLatin1String("failed")) {
        return tr("Given up");
    }
    return delivery.attempts == 0 ? tr("Waiting")
                                  : tr("Retrying at %1").arg(dateText(delivery.nextAttemptAt));
}

QVariant WebhookDeliveryTableModel::data(const QModelIndex& index, int role) const
{
    const auto* delivery = recordOf(index);
    if (!delivery) {
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        return delivery->status == QLatin1String("failed")      ? QVariant(QColor("#b91c1c"))
               : delivery->status == QLatin1String("succeeded") ? QVariant(QColor("#15803d"))
                                                                : QVariant(QColor("#b45309"));
    }
    if (role == Qt::ToolTipRole && index.column() == LastError) {
        return delivery->lastError;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Event:
        return delivery->replayOf.isEmpty() ? delivery->eventType
                                            : tr("%1 (replay)").arg(delivery->eventType);
    case Status:
        return statusText(*delivery);
    case Attempts:
        return delivery->attempts;
    case Response:
        return delivery->responseStatus > 0 ? QString::number(delivery->responseStatus) : tr("none");
    case LastError:
        return delivery->lastError;
    case Created:
        return dateText(delivery->createdAt);
    default:
        return {};
    }
}

QVariant WebhookDeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Event"),    QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Attempts"), QT_TR_NOOP("Response"),
                                         QT_TR_NOOP("Created"),  QT_TR_NOOP("Last error")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace aih::console
