// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QChartView>
#include <QMap>

class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace aih::console {

/// Tenants per plan, one bar each.
class TiersChart : public QChartView
{
    Q_OBJECT

public:
    explicit TiersChart(QWidget* parent = nullptr);

    void setCounts(const QMap<Tier, int>& tenantsByTier);
    /// The bar of each plan, in plan order (free first), for tests and screen readers.
    QList<int> counts() const;

private:
    QBarSet* tenants_;
    QBarCategoryAxis* plans_;
    QValueAxis* count_;
};

} // namespace aih::console
