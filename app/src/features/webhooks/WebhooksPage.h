// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/webhooks/WebhooksApi.h"
#include "gui/Page.h"

#include <optional>

class QTableView;
class QToolButton;

namespace aih::console {

class WebhookDeliveryTableModel;
class WebhookEndpointTableModel;

/// Outbound webhooks (admins, plan feature api_access): endpoints with the events they receive,
/// add, edit, switch off and on, rotate the signing secret (shown once), delete; and the
/// selected endpoint's deliveries, each of which can be sent again.
class WebhooksPage : public Page
{
    Q_OBJECT

public:
    explicit WebhooksPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("send"); }
    bool isAvailableTo(const Session& session) const override;
    bool isIncludedIn(const Tenant& tenant) const override;
    void refresh() override;
    void clear() override;

    WebhookEndpointTableModel* endpoints() const { return endpoints_; }
    WebhookDeliveryTableModel* deliveries() const { return deliveries_; }

private:
    QWidget* buildEndpoints();
    QWidget* buildDeliveries();
    const WebhookEndpoint* selectedEndpoint() const;
    const WebhookDelivery* selectedDelivery() const;
    void updateActions();
    void loadDeliveries();
    void openDialog(const std::optional<WebhookEndpoint>& existing);
    void toggleSelected();
    void rotateSelected();
    void removeSelected();
    void replaySelected();
    void showSecret(const EndpointWithSecret& result);

    WebhooksApi api_;
    WebhookEndpointTableModel* endpoints_;
    WebhookDeliveryTableModel* deliveries_;
    QTableView* endpointsView_;
    QTableView* deliveriesView_;
    QToolButton* create_;
    QToolButton* edit_;
    QToolButton* toggle_;
    QToolButton* rotate_;
    QToolButton* remove_;
    QToolButton* reload_;
    QToolButton* replay_;
};

} // namespace aih::console
