// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/webhooks/WebhookEndpoint.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The tenant's webhook endpoints, one row each; never a secret.
class WebhookEndpointTableModel : public RecordTableModel<WebhookEndpoint, 4>
{
    Q_OBJECT

public:
    enum Column
    {
        Url,
        Events,
        Status,
        Created,
        ColumnCount
    };

    explicit WebhookEndpointTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const WebhookEndpoint& endpoint) const;
};

/// An endpoint's deliveries, newest first.
class WebhookDeliveryTableModel : public RecordTableModel<WebhookDelivery, 6>
{
    Q_OBJECT

public:
    enum Column
    {
        Event,
        Status,
        Attempts,
        Response,
        Created,
        LastError, ///< last: it can be long, and the last column takes the rest of the width
        ColumnCount
    };

    explicit WebhookDeliveryTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const WebhookDelivery& delivery) const;
};

} // namespace aih::console
