// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingJson.h"

#include "http/Response.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Timestamp.h>

namespace aih::billing {
namespace {

Poco::Dynamic::Var timeOrNull(long long unixSeconds)
{
    if (unixSeconds == 0) {
        return {};
    }
    return Poco::DateTimeFormatter::format(
        Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds)), "%Y-%m-%dT%H:%M:%SZ");
}

Poco::JSON::Array::Ptr featuresJson(Tier tier)
{
    Poco::JSON::Array::Ptr features = new Poco::JSON::Array;
    for (const auto feature : featuresOf(tier)) {
        features->add(std::string(feature));
    }
    return features;
}

Poco::Dynamic::Var paymentJson(const std::optional<PaymentRecord>& payment)
{
    if (!payment) {
        return {};
    }
    const auto details = Poco::JSON::Parser().parse(payment->detailsJson).extract<Poco::JSON::Object::Ptr>();
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("result", payment->succeeded ? "succeeded" : "failed");
    out->set("amount", details->get("amount"));
    out->set("currency", details->get("currency"));
    out->set("invoice_id", details->get("invoice_id"));
    out->set("at", payment->occurredAt);
    return out;
}

} // namespace

Poco::JSON::Object::Ptr plansJson(const PriceCatalog& prices, bool billingConfigured)
{
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    for (const auto& plan : allPlans()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("tier", std::string(plan.name));
        entry->set("user_limit", plan.userLimit);
        entry->set("api_rate_limit", plan.apiCallsPerHour);
        entry->set("monthly_call_quota", plan.monthlyCallQuota);
        Poco::JSON::Object::Ptr price = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        price->set("amount", plan.priceCentsPerMonth);
        price->set("currency", "usd");
        price->set("interval", "month");
        entry->set("price", price);
        entry->set("features", featuresJson(plan.tier));
        entry->set("purchasable", billingConfigured && prices.priceOf(plan.tier).has_value());
        data->add(entry);
    }
    return http::listPage(data, std::nullopt);
}

Poco::JSON::Object::Ptr subscriptionJson(const SubscriptionView& view)
{
    const auto& account = view.account;
    const auto& plan = planFor(account.tier);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("tier", std::string(plan.name));
    out->set("status", account.status);
    out->set("current_period_start", timeOrNull(account.periodStart));
    out->set("current_period_end", timeOrNull(account.periodEnd));
    out->set("cancel_at_period_end", account.cancelAtPeriodEnd);
    out->set("grace_ends_at", timeOrNull(account.graceEndsAt));
    out->set("user_limit", plan.userLimit);
    out->set("api_rate_limit", plan.apiCallsPerHour);
    out->set("monthly_call_quota", plan.monthlyCallQuota);
    out->set("features", featuresJson(account.tier));
    out->set("has_billing_account", !account.customerId.empty());
    out->set("last_payment", paymentJson(view.lastPayment));
    return out;
}

} // namespace aih::billing
