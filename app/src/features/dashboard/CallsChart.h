// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/dashboard/Analytics.h"

#include <QChartView>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace aih::console {

/// API calls over the period with the errors among them, one point per bucket.
class CallsChart : public QChartView
{
    Q_OBJECT

public:
    explicit CallsChart(QWidget* parent = nullptr);

    /// Plots the buckets over `from`..`to` (the period asked for, so an empty period still
    /// shows its time span).
    void setBuckets(const QList<CallBucket>& buckets, const QDateTime& from, const QDateTime& to);
    int pointCount() const;

private:
    QLineSeries* calls_;
    QLineSeries* errors_;
    QDateTimeAxis* time_;
    QValueAxis* count_;
};

/// How the period's responses split by status class.
class StatusChart : public QChartView
{
    Q_OBJECT

public:
    explicit StatusChart(QWidget* parent = nullptr);

    void setCounts(const QList<StatusClassCount>& counts);
    int sliceCount() const;
};

} // namespace aih::console
