// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/OperatorPage.h"
#include "features/platform/PlatformApi.h"

class QTableView;

namespace aih::console {

class TenantStateTableModel;
class TiersChart;
class UsageCard;

/// The platform at a glance, for operators: tenants, monthly recurring revenue from their plans,
/// calls in the last 24 hours, tenants per plan as a chart, and which tenants are past due or
/// have cancelled.
class PlatformPage : public OperatorPage
{
    Q_OBJECT

public:
    explicit PlatformPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("dashboard"); }
    void refresh() override;
    void clear() override;

    TiersChart* tiersChart() const { return tiers_; }

private:
    void show(const PlatformOverview& overview);
    QTableView* tableFor(TenantStateTableModel* model, const QString& name);

    PlatformApi api_;
    UsageCard* tenants_;
    UsageCard* mrr_;
    UsageCard* calls_;
    UsageCard* pastDueCount_;
    TiersChart* tiers_;
    TenantStateTableModel* pastDue_;
    TenantStateTableModel* churned_;
};

} // namespace aih::console
