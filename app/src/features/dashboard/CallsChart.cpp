// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/CallsChart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace aih::console {
namespace {

QColor colourOf(const QString& statusClass)
{
    if (statusClass.startsWith('5')) {
        return QColor("#b3261e");
    }
    if (statusClass.startsWith('4')) {
        return QColor("#f59e0b");
    }
    return statusClass.startsWith('2') ? QColor("#16a34a") : QColor("#64748b");
}

} // namespace

CallsChart::CallsChart(QWidget* parent)
    // The chart is handed to the view at construction: setChart() would release (and so leak)
    // the default chart QChartView(parent) creates.
    : QChartView(new QChart, parent), calls_(new QLineSeries), errors_(new QLineSeries),
      time_(new QDateTimeAxis), count_(new QValueAxis)
{
    setObjectName("callsChart");
    setRenderHint(QPainter::Antialiasing);
    auto* chart = this->chart();
    chart->setTitle(tr("API calls"));
    calls_->setName(tr("Calls"));
    errors_->setName(tr("Errors"));
    errors_->setColor(QColor("#b3261e"));
    chart->addSeries(calls_);
    chart->addSeries(errors_);
    count_->setLabelFormat("%d");
    count_->setTickCount(6);
    chart->addAxis(time_, Qt::AlignBottom);
    chart->addAxis(count_, Qt::AlignLeft);
    for (auto* series : {calls_, errors_}) {
        series->attachAxis(time_);
        series->attachAxis(count_);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

void CallsChart::setBuckets(const QList<CallBucket>& buckets, const QDateTime& from, const QDateTime& to)
{
    QList<QPointF> calls;
    QList<QPointF> errors;
    // A floor keeps an idle period from drawing an axis of repeated zeros.
    qint64 highest = 5;
    for (const auto& bucket : buckets) {
        const auto x = static_cast<qreal>(bucket.start.toMSecsSinceEpoch());
        calls.append({x, static_cast<qreal>(bucket.calls)});
        errors.append({x, static_cast<qreal>(bucket.errors)});
        highest = std::max(highest, bucket.calls);
    }
    calls_->replace(calls);
    errors_->replace(errors);
    const auto first = buckets.isEmpty() ? from : std::min(from, buckets.first().start);
    const auto last = buckets.isEmpty() ? to : std::max(to, buckets.last().start);
    time_->setRange(first.toLocalTime(), last.toLocalTime());
    time_->setFormat(first.daysTo(last) > 2 ? "dd MMM" : "HH:mm");
    count_->setRange(0, static_cast<qreal>(highest));
    count_->applyNiceNumbers();
}

int CallsChart::pointCount() const
{
    return static_cast<int>(calls_->count());
}

StatusChart::StatusChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setObjectName("statusChart");
    setRenderHint(QPainter::Antialiasing);
    auto* chart = this->chart();
    chart->setTitle(tr("Status classes"));
    chart->addSeries(new QPieSeries);
    chart->legend()->setAlignment(Qt::AlignRight);
    setMinimumHeight(220);
}

void StatusChart::setCounts(const QList<StatusClassCount>& counts)
{
    auto* series = static_cast<QPieSeries*>(chart()->series().first());
    series->clear();
    for (const auto& count : counts) {
        // Classes without calls would only add empty legend entries.
        if (count.count > 0) {
            series->append(count.statusClass, static_cast<qreal>(count.count))
                ->setColor(colourOf(count.statusClass));
        }
    }
}

int StatusChart::sliceCount() const
{
    return static_cast<int>(static_cast<QPieSeries*>(chart()->series().first())->count());
}

} // namespace aih::console
