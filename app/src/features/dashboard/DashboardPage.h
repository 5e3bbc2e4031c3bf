// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKeysApi.h"
#include "features/dashboard/AnalyticsApi.h"
#include "gui/Page.h"

class QComboBox;
class QTableView;

namespace aih::console {

class CallsChart;
class StatusChart;
class TopConsumersModel;
class UsageCard;

/// The tenant at a glance: users and keys against the plan, calls this hour against the hourly
/// limit, and for the chosen period the calls over time, status codes and top consumers.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("dashboard"); }
    void refresh() override;
    void clear() override;

    TopConsumersModel* consumers() const { return consumers_; }
    CallsChart* callsChart() const { return calls_; }

private:
    void showTenant();
    void showAnalytics(const Analytics& analytics);
    void showKeys(const QList<ApiKey>& keys);
    /// The start of the chosen period, counted back from now.
    QDateTime periodStart() const;

    AnalyticsApi analyticsApi_;
    ApiKeysApi keysApi_;
    QComboBox* period_;
    UsageCard* users_;
    UsageCard* keys_;
    UsageCard* hour_;
    UsageCard* plan_;
    CallsChart* calls_;
    StatusChart* statuses_;
    TopConsumersModel* consumers_;
    QTableView* consumersView_;
};

} // namespace aih::console
