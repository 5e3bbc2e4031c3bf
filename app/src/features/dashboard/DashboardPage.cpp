// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/DashboardPage.h"

#include "core/ConsoleCore.h"
#include "features/dashboard/CallsChart.h"
#include "features/dashboard/TopConsumersModel.h"
#include "gui/Icons.h"
#include "gui/StatusBanner.h"
#include "gui/UsageCard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>

namespace aih::console {

DashboardPage::DashboardPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "dashboardPage", parent), analyticsApi_(context.core.api()), keysApi_(context.core.api()),
      period_(new QComboBox(this)), users_(new UsageCard("usersCard", tr("Users"), this)),
      keys_(new UsageCard("keysCard", tr("API keys"), this)),
      hour_(new UsageCard("hourCard", tr("API calls this hour"), this)),
      plan_(new UsageCard("planCard", tr("Plan"), this)), calls_(new CallsChart(this)),
      statuses_(new StatusChart(this)), consumers_(new TopConsumersModel(this)),
      consumersView_(new QTableView(this))
{
    period_->setObjectName("periodCombo");
    const QStringList titles{tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days")};
    for (int i = 0; i < AnalyticsApi::periods().size(); ++i) {
        period_->addItem(titles[i], AnalyticsApi::periods()[i]);
    }
    const auto saved = context.core.settings().value(Settings::Key::DashboardPeriod).toString();
    period_->setCurrentIndex(std::max(0, period_->findData(saved)));
    connect(period_, &QComboBox::currentIndexChanged, this, [this] {
        context_.core.settings().setValue(Settings::Key::DashboardPeriod, period_->currentData());
        refresh();
    });
    auto* reload = new QToolButton(this);
    reload->setObjectName("refreshButton");
    reload->setIcon(icon("refresh"));
    reload->setToolTip(tr("Refresh (F5)"));
    connect(reload, &QToolButton::clicked, this, &DashboardPage::refresh);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(period_);
    bar->addStretch(1);
    bar->addWidget(reload);
    content()->addLayout(bar);

    auto* cards = new QHBoxLayout;
    for (auto* card : {users_, keys_, hour_, plan_}) {
        cards->addWidget(card, 1);
    }
    content()->addLayout(cards);

    consumersView_->setObjectName("consumersView");
    consumersView_->setModel(consumers_);
    consumersView_->verticalHeader()->hide();
    consumersView_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* grid = new QGridLayout;
    grid->addWidget(calls_, 0, 0, 1, 2);
    grid->addWidget(statuses_, 1, 0);
    grid->addWidget(consumersView_, 1, 1);
    content()->addLayout(grid, 1);
    connect(&session(), &Session::tenantChanged, this, &DashboardPage::showTenant);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::refresh()
{
    showTenant();
    keysApi_.rateLimitStatus().then(
        this,
        [this](const RateLimitStatus& status) {
            if (status.tenant) {
                hour_->setUsage(status.tenant->used(), status.tenant->limit,
                                tr("Resets at %1")
                                    .arg(QLocale().toString(status.tenant->resetAt.toLocalTime().time(),
                                                            QLocale::ShortFormat)));
            }
        },
        [this](const ApiProblem& problem) { hour_->setText(tr("unknown"), problem.summary()); });
    keysApi_.list(canListUsers(session().user().role))
        .then(
            this, [this](const QList<ApiKey>& keys) { showKeys(keys); },
            [this](const ApiProblem& problem) { keys_->setText(tr("unknown"), problem.summary()); });
    calls_->setBuckets({}, periodStart(), QDateTime::currentDateTimeUtc());
    if (!canListUsers(session().user().role)) {
        banner()->present(StatusBanner::Kind::Info, tr("Analytics are for admins and managers."));
        return;
    }
    banner()->present(StatusBanner::Kind::Busy, tr("Loading analytics…"));
    analyticsApi_.analytics(period_->currentData().toString())
        .then(
            this,
            [this](const Analytics& analytics, const Freshness& freshness) {
                showAnalytics(analytics);
                banner()->showFreshness(freshness);
            },
            [this](const ApiProblem& problem) {
                if (problem.isHttp(404)) {
                    banner()->present(StatusBanner::Kind::Info, tr("This server does not offer analytics yet "
                                                                   "(GET /api/enterprise/admin/analytics)."));
                } else {
                    banner()->showProblem(problem);
                }
            });
}

void DashboardPage::clear()
{
    consumers_->setConsumers({});
    calls_->setBuckets({}, periodStart(), QDateTime::currentDateTimeUtc());
    statuses_->setCounts({});
    invalidate();
}

void DashboardPage::showTenant()
{
    const auto& tenant = session().tenant();
    users_->setUsage(tenant.activeUsers, tenant.userLimit, tr("active users on the plan"));
    plan_->setText(tierTitle(tenant.tier), tenant.status);
}

QDateTime DashboardPage::periodStart() const
{
    static const QList<qint64> hours{24, 7 * 24, 30 * 24, 90 * 24};
    const auto index = std::clamp(period_->currentIndex(), 0, static_cast<int>(hours.size()) - 1);
    return QDateTime::currentDateTimeUtc().addSecs(-hours[index] * 3600);
}

void DashboardPage::showKeys(const QList<ApiKey>& keys)
{
    const auto active =
        std::count_if(keys.begin(), keys.end(), [](const ApiKey& key) { return key.isActive(); });
    keys_->setText(QLocale().toString(keys.size()), tr("%n active", nullptr, static_cast<int>(active)));
}

void DashboardPage::showAnalytics(const Analytics& analytics)
{
    if (analytics.userLimit > 0) {
        users_->setUsage(analytics.users, analytics.userLimit, tr("active users on the plan"));
    }
    calls_->setBuckets(analytics.calls, analytics.from, analytics.to);
    statuses_->setCounts(analytics.statusClasses);
    consumers_->setConsumers(analytics.topConsumers);
}

} // namespace aih::console
