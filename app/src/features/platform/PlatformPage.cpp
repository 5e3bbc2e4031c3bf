// SPDX-License-Identifier: Apache-2.0
#include "features/platform/PlatformPage.h"

#include "core/ConsoleCore.h"
#include "features/billing/BillingTypes.h"
#include "features/platform/TenantStateTableModel.h"
#include "features/platform/TiersChart.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"
#include "gui/UsageCard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {

PlatformPage::PlatformPage(ConsoleContext& context, QWidget* parent)
    : OperatorPage(context, "platformPage", parent), api_(context.core.api()),
      tenants_(new UsageCard("tenantsCard", tr("Tenants"), this)),
      mrr_(new UsageCard("mrrCard", tr("Monthly recurring revenue"), this)),
      calls_(new UsageCard("platformCallsCard", tr("Calls in the last 24 hours"), this)),
      pastDueCount_(new UsageCard("pastDueCard", tr("Past due"), this)), tiers_(new TiersChart(this)),
      pastDue_(new TenantStateTableModel(this)), churned_(new TenantStateTableModel(this))
{
    auto* cards = new QHBoxLayout;
    for (auto* card : {tenants_, mrr_, calls_, pastDueCount_}) {
        cards->addWidget(card);
    }
    content()->addLayout(cards);
    content()->addWidget(tiers_, 1);
    auto* lists = new QHBoxLayout;
    auto* pastDue = new QGroupBox(tr("Past due: payment failed"), this);
    (new QVBoxLayout(pastDue))->addWidget(tableFor(pastDue_, "pastDueTable"));
    auto* churned = new QGroupBox(tr("Cancelled"), this);
    (new QVBoxLayout(churned))->addWidget(tableFor(churned_, "churnedTable"));
    lists->addWidget(pastDue);
    lists->addWidget(churned);
    content()->addLayout(lists, 1);
}

QTableView* PlatformPage::tableFor(TenantStateTableModel* model, const QString& name)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    setUpRecordTable(*view);
    return view;
}

QString PlatformPage::title() const
{
    return tr("Platform");
}

void PlatformPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the platform's figures…"));
    api_.overview().then(
        this,
        [this](const PlatformOverview& overview, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            show(overview);
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void PlatformPage::clear()
{
    show({});
}

void PlatformPage::show(const PlatformOverview& overview)
{
    const QLocale locale;
    tenants_->setText(locale.toString(overview.tenants));
    // The plans' prices in the catalogue are in US dollars.
    mrr_->setText(moneyText(overview.mrrCents, QStringLiteral("usd")), tr("from active and past-due plans"));
    calls_->setText(locale.toString(overview.callsLast24h));
    pastDueCount_->setText(locale.toString(overview.pastDue.size()),
                           tr("%n cancelled", nullptr, static_cast<int>(overview.churned.size())));
    tiers_->setCounts(overview.tenantsByTier);
    pastDue_->setRecords(overview.pastDue);
    churned_->setRecords(overview.churned);
}

} // namespace aih::console
