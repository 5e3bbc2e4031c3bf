// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TiersChart.h"

#include "core/session/Tenant.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>
#include <array>

namespace aih::console {
namespace {

constexpr std::array tiers{Tier::Free, Tier::Basic, Tier::Pro, Tier::Enterprise};

} // namespace

TiersChart::TiersChart(QWidget* parent)
    // Given at construction: setChart() would release (and so leak) the view's default chart.
    : QChartView(new QChart, parent), tenants_(new QBarSet(tr("Tenants"))), plans_(new QBarCategoryAxis),
      count_(new QValueAxis)
{
    setObjectName("tiersChart");
    setRenderHint(QPainter::Antialiasing);
    auto* chart = this->chart();
    chart->setTitle(tr("Tenants by plan"));
    auto* series = new QBarSeries;
    tenants_->setColor(QColor("#2563eb"));
    series->append(tenants_);
    chart->addSeries(series);
    QStringList names;
    for (const auto tier : tiers) {
        names << tierTitle(tier);
    }
    plans_->append(names);
    count_->setLabelFormat("%d");
    chart->addAxis(plans_, Qt::AlignBottom);
    chart->addAxis(count_, Qt::AlignLeft);
    series->attachAxis(plans_);
    series->attachAxis(count_);
    chart->legend()->hide();
    setMinimumHeight(220);
}

void TiersChart::setCounts(const QMap<Tier, int>& tenantsByTier)
{
    tenants_->remove(0, tenants_->count());
    // A floor keeps a young platform from drawing an axis of repeated zeros.
    int highest = 4;
    for (const auto tier : tiers) {
        const auto count = tenantsByTier.value(tier, 0);
        tenants_->append(count);
        highest = std::max(highest, count);
    }
    count_->setRange(0, highest);
    count_->applyNiceNumbers();
}

QList<int> TiersChart::counts() const
{
    QList<int> counts;
    for (int i = 0; i < tenants_->count(); ++i) {
        counts.append(static_cast<int>(tenants_->at(i)));
    }
    return counts;
}

} // namespace aih::console
