// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/billing/BillingTypes.h"

#include <QFrame>

class QPushButton;

namespace aih::console {

/// One plan offered: price, limits, features, and the button that subscribes to it.
class PlanCard : public QFrame
{
    Q_OBJECT

public:
    enum class Relation
    {
        Current,
        Upgrade,
        Lower
    };

    PlanCard(const PlanOffer& plan, Relation relation, bool mayBuy, QWidget* parent = nullptr);

    const PlanOffer& plan() const { return plan_; }

signals:
    void upgradeRequested(aih::Tier tier);

private:
    PlanOffer plan_;
    QPushButton* action_;
};

/// A plan feature's name as shown to people.
QString featureTitle(const QString& feature);

} // namespace aih::console
