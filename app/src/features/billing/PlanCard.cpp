// SPDX-License-Identifier: Apache-2.0
#include "features/billing/PlanCard.h"

#include "core/session/Tenant.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

QString featureTitle(const QString& feature)
{
    static const QMap<QString, const char*> titles{
        {"basic_guidance", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Guidance content")},
        {"meditation", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Meditations")},
        {"analytics", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Analytics")},
        {"api_access", QT_TRANSLATE_NOOP("aih::console::PlanCard", "API keys")},
        {"custom_branding", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Custom branding")},
        {"priority_support", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Priority support")},
        {"white_label", QT_TRANSLATE_NOOP("aih::console::PlanCard", "White label and custom CSS")},
        {"sso", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Single sign-on")},
        {"custom_domain", QT_TRANSLATE_NOOP("aih::console::PlanCard", "Custom domain")}};
    const auto it = titles.find(feature);
    return it == titles.end() ? feature : PlanCard::tr(it.value());
}

PlanCard::PlanCard(const PlanOffer& plan, Relation relation, bool mayBuy, QWidget* parent)
    : QFrame(parent), plan_(plan), action_(new QPushButton(this))
{
    setObjectName("planCard_" + tierText(plan.tier));
    setFrameShape(QFrame::StyledPanel);
    if (relation == Relation::Current) {
        setStyleSheet("aih--console--PlanCard { border: 2px solid palette(highlight); border-radius: 6px; }");
    }
    auto* name = new QLabel(tierTitle(plan.tier), this);
    auto font = name->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    name->setFont(font);
    auto* price = new QLabel(
        plan.priceCents == 0 ? tr("Free") : tr("%1 per month").arg(moneyText(plan.priceCents, plan.currency)),
        this);
    const QLocale locale;
    auto* limits = new QLabel(tr("%1 users\n%2 API calls per hour\n%3 API calls per month")
                                  .arg(locale.toString(plan.userLimit), locale.toString(plan.apiRateLimit),
                                       locale.toString(plan.monthlyCallQuota)),
                              this);
    limits->setObjectName("planLimitsLabel");
    QStringList features;
    for (const auto& feature : plan.features) {
        features << "✓ " + featureTitle(feature);
    }
    auto* list = new QLabel(features.join('\n'), this);
    list->setObjectName("planFeaturesLabel");
    list->setWordWrap(true);
    // The cards stand side by side: features start under the limits, the button sits at the foot.
    list->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    action_->setObjectName("planAction_" + tierText(plan.tier));
    switch (relation) {
    case Relation::Current:
        action_->setText(tr("Current plan"));
        action_->setEnabled(false);
        break;
    case Relation::Upgrade:
        action_->setText(tr("Upgrade"));
        action_->setEnabled(mayBuy && plan.purchasable);
        action_->setToolTip(!plan.purchasable ? tr("This server does not sell this plan.")
                            : !mayBuy         ? tr("Only admins can change the plan.")
                                              : QString());
        break;
    case Relation::Lower:
        action_->setText(tr("Downgrade in the portal"));
        action_->setEnabled(false);
        action_->setToolTip(tr("Use Manage billing to change to a smaller plan."));
        break;
    }
    connect(action_, &QPushButton::clicked, this, [this] { emit upgradeRequested(plan_.tier); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(price);
    layout->addWidget(limits);
    layout->addWidget(list, 1);
    layout->addWidget(action_);
}

} // namespace aih::console
