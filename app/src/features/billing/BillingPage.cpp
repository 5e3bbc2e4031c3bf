// SPDX-License-Identifier: Apache-2.0
#include "features/billing/BillingPage.h"

#include "core/ConsoleCore.h"
#include "features/billing/PlanCard.h"
#include "features/users/UserTableModel.h"
#include "gui/StatusBanner.h"
#include "gui/UrlOpener.h"
#include "gui/UsageCard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace aih::console {

BillingPage::BillingPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "billingPage", parent), api_(context.core.api()), keysApi_(context.core.api()),
      status_(new QLabel(this)), users_(new UsageCard("billingUsersCard", tr("Users"), this)),
      calls_(new UsageCard("billingCallsCard", tr("API calls this hour"), this)),
      monthly_(new UsageCard("billingMonthlyCard", tr("API calls this billing period"), this)),
      manage_(new QPushButton(tr("Manage billing…"), this)), plans_(new QHBoxLayout)
{
    status_->setObjectName("subscriptionLabel");
    status_->setWordWrap(true);
    manage_->setObjectName("manageBillingButton");
    connect(manage_, &QPushButton::clicked, this,
            [this] { openInBrowser(api_.portal(), tr("the billing portal")); });
    auto* current = new QGroupBox(tr("Current plan"), this);
    auto* currentLayout = new QHBoxLayout(current);
    currentLayout->addWidget(status_, 2);
    currentLayout->addWidget(users_, 1);
    currentLayout->addWidget(calls_, 1);
    currentLayout->addWidget(monthly_, 1);
    currentLayout->addWidget(manage_, 0, Qt::AlignTop);
    auto* offers = new QGroupBox(tr("Plans"), this);
    offers->setLayout(plans_);
    content()->addWidget(current);
    content()->addWidget(offers, 1);
}

QString BillingPage::title() const
{
    return tr("Billing");
}

bool BillingPage::isAvailableTo(const Session& session) const
{
    return canListUsers(session.user().role);
}

void BillingPage::refresh()
{
    // After a checkout the plan may have changed under us.
    session().reloadTenant();
    const auto& tenant = session().tenant();
    const bool admin = session().user().role == Role::Admin;
    manage_->setEnabled(admin);
    manage_->setToolTip(admin ? QString() : tr("Only admins can manage billing."));
    users_->setUsage(tenant.activeUsers, tenant.userLimit);
    status_->setText(tr("%1 plan, %2").arg(tierTitle(tenant.tier), tenant.status));
    banner()->present(StatusBanner::Kind::Busy, tr("Loading plans…"));
    keysApi_.rateLimitStatus().then(
        this,
        [this](const RateLimitStatus& status) {
            if (status.tenant) {
                calls_->setUsage(status.tenant->used(), status.tenant->limit);
            }
            if (status.monthly) {
                monthly_->setUsage(status.monthly->used(), status.monthly->limit,
                                   tr("The period ends %1.")
                                       .arg(QLocale().toString(status.monthly->resetAt.toLocalTime(),
                                                               QLocale::ShortFormat)));
            }
        },
        [this](const ApiProblem& problem) {
            calls_->setText(tr("unknown"), problem.summary());
            monthly_->setText(tr("unknown"), problem.summary());
        });
    api_.subscription().then(
        this, [this](const Subscription& subscription) { showSubscription(subscription); },
        [this](const ApiProblem& problem) {
            if (!problem.isHttp(404)) {
                banner()->showProblem(problem);
            }
        });
    api_.plans().then(
        this,
        [this](const QList<PlanOffer>& plans, const Freshness& freshness) {
            showPlans(plans);
            banner()->showFreshness(freshness);
        },
        [this](const ApiProblem& problem) {
            banner()->present(StatusBanner::Kind::Error,
                              problem.isHttp(404)
                                  ? tr("This server does not offer billing yet (GET /api/billing/plans).")
                                  : problem.message());
        });
}

void BillingPage::clear()
{
    showPlans({});
    status_->clear();
    invalidate();
}

void BillingPage::showSubscription(const Subscription& subscription)
{
    QStringList lines{tr("%1 plan, %2").arg(tierTitle(subscription.tier), subscription.status)};
    if (subscription.currentPeriodEnd.isValid()) {
        lines << (subscription.cancelAtPeriodEnd
                      ? tr("Ends on %1").arg(dateText(subscription.currentPeriodEnd))
                      : tr("Renews on %1").arg(dateText(subscription.currentPeriodEnd)));
    }
    if (subscription.graceEndsAt.isValid()) {
        lines << tr("Payment overdue: features stay until %1").arg(dateText(subscription.graceEndsAt));
    }
    if (!subscription.lastPaymentResult.isEmpty()) {
        lines << (subscription.lastPaymentResult == "succeeded"
                      ? tr("Last payment succeeded on %1").arg(dateText(subscription.lastPaymentAt))
                      : tr("Last payment failed on %1").arg(dateText(subscription.lastPaymentAt)));
    }
    status_->setText(lines.join('\n'));
}

void BillingPage::showPlans(const QList<PlanOffer>& plans)
{
    while (auto* item = plans_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto current = session().tenant().tier;
    const bool admin = session().user().role == Role::Admin;
    for (const auto& plan : plans) {
        const auto relation = plan.tier == current  ? PlanCard::Relation::Current
                              : plan.tier > current ? PlanCard::Relation::Upgrade
                                                    : PlanCard::Relation::Lower;
        auto* card = new PlanCard(plan, relation, admin, this);
        connect(card, &PlanCard::upgradeRequested, this,
                [this](Tier tier) { openInBrowser(api_.checkout(tier), tr("Stripe Checkout")); });
        plans_->addWidget(card, 1);
    }
}

void BillingPage::openInBrowser(Pending<QUrl> pending, const QString& what)
{
    banner()->present(StatusBanner::Kind::Busy, tr("Opening %1…").arg(what));
    pending.then(
        this,
        [this, what](const QUrl& url) {
            if (context_.urlOpener.open(url)) {
                banner()->present(
                    StatusBanner::Kind::Info,
                    tr("%1 opened in your browser. Refresh this page when you are done.").arg(what));
            } else {
                banner()->present(StatusBanner::Kind::Error,
                                  tr("No browser could open %1.").arg(url.toString()));
            }
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

} // namespace aih::console
