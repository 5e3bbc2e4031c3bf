// SPDX-License-Identifier: Apache-2.0
#include "features/billing/BillingTypes.h"

#include "core/net/Json.h"
#include "core/session/Tenant.h"

#include <QLocale>

namespace aih::console {

std::optional<PlanOffer> PlanOffer::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("tier").toString());
    if (!tier) {
        return std::nullopt;
    }
    PlanOffer plan;
    plan.tier = *tier;
    plan.userLimit = static_cast<int>(json::integer(object, "user_limit"));
    plan.apiRateLimit = static_cast<int>(json::integer(object, "api_rate_limit"));
    plan.monthlyCallQuota = json::integer(object, "monthly_call_quota");
    const auto price = object.value("price").toObject();
    plan.priceCents = json::integer(price, "amount");
    plan.currency = price.value("currency").toString("usd");
    plan.interval = price.value("interval").toString("month");
    plan.features = json::texts(object, "features");
    plan.purchasable = object.value("purchasable").toBool();
    return plan;
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("tier").toString());
    if (!tier) {
        return std::nullopt;
    }
    Subscription subscription;
    subscription.tier = *tier;
    subscription.status = object.value("status").toString();
    subscription.currentPeriodEnd = json::time(object, "current_period_end");
    subscription.cancelAtPeriodEnd = object.value("cancel_at_period_end").toBool();
    subscription.graceEndsAt = json::time(object, "grace_ends_at");
    subscription.hasBillingAccount = object.value("has_billing_account").toBool();
    const auto payment = object.value("last_payment").toObject();
    subscription.lastPaymentResult = payment.value("result").toString();
    subscription.lastPaymentAt = json::time(payment, "at");
    return subscription;
}

QString moneyText(qint64 cents, const QString& currency)
{
    const QLocale locale;
    return locale.toCurrencyString(static_cast<double>(cents) / 100.0, currency.toUpper());
}

} // namespace aih::console
