// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// A plan as `/api/billing/plans` offers it.
struct PlanOffer
{
    Tier tier = Tier::Free;
    int userLimit = 0;
    int apiRateLimit = 0;
    qint64 monthlyCallQuota = 0; ///< API-key calls per billing period
    qint64 priceCents = 0;
    QString currency;
    QString interval;
    QStringList features;
    /// The server can sell it (billing configured and a price set up).
    bool purchasable = false;

    static std::optional<PlanOffer> fromJson(const QJsonObject& object);
};

struct Subscription
{
    Tier tier = Tier::Free;
    QString status;
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
    QDateTime graceEndsAt;
    bool hasBillingAccount = false;
    /// "succeeded" or "failed"; empty before the first payment.
    QString lastPaymentResult;
    QDateTime lastPaymentAt;

    static std::optional<Subscription> fromJson(const QJsonObject& object);
};

/// Formats an amount in minor units ("9900", "usd") as the user's locale writes money.
QString moneyText(qint64 cents, const QString& currency);

} // namespace aih::console
