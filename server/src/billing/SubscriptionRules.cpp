// SPDX-License-Identifier: Apache-2.0
#include "billing/SubscriptionRules.h"

#include <algorithm>
#include <array>

namespace aih::billing {

PriceCatalog::PriceCatalog(std::map<std::string, std::string> tierToPrice)
    : tierToPrice_(std::move(tierToPrice))
{
}

std::optional<std::string> PriceCatalog::priceOf(Tier tier) const
{
    const auto it = tierToPrice_.find(std::string(tierName(tier)));
    if (tier == Tier::Free || it == tierToPrice_.end() || it->second.empty()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<Tier> PriceCatalog::tierOf(std::string_view priceId) const
{
    for (const auto& [tier, price] : tierToPrice_) {
        if (!priceId.empty() && price == priceId) {
            return tierFromName(tier);
        }
    }
    return std::nullopt;
}

bool grantsPaidTier(std::string_view status)
{
    return status == "active" || status == "trialing" || status == "past_due";
}

bool isOpen(std::string_view status)
{
    constexpr std::array<std::string_view, 5> open{"active", "trialing", "past_due", "unpaid", "paused"};
    return std::ranges::find(open, status) != open.end();
}

Ordering orderOf(long long appliedStateAt, long long eventCreated)
{
    if (eventCreated > appliedStateAt) {
        return Ordering::Apply;
    }
    return eventCreated == appliedStateAt ? Ordering::Resolve : Ordering::Stale;
}

bool mayReplace(const BillingAccount& current, const SubscriptionSnapshot& incoming)
{
    if (current.subscriptionId == incoming.id) {
        return true;
    }
    // A tenant without a subscription (free, or a tier the operator granted) takes one on only
    // once it pays: an abandoned or failed first payment changes nothing.
    if (current.subscriptionId.empty()) {
        return grantsPaidTier(incoming.status);
    }
    return grantsPaidTier(incoming.status) || !grantsPaidTier(current.status);
}

BillingAccount nextState(const BillingAccount& current, const SubscriptionSnapshot& sub,
                         std::optional<Tier> priceTier, long long eventCreated, long long now,
                         long long graceSeconds)
{
    auto next = current;
    next.subscriptionId = sub.id;
    next.status = sub.status;
    next.periodStart = sub.periodStart;
    next.periodEnd = sub.periodEnd;
    next.cancelAtPeriodEnd = sub.cancelAtPeriodEnd;
    next.stateAt = std::max(current.stateAt, eventCreated);
    if (sub.status == "past_due") {
        const bool alreadyPastDue =
            current.status == "past_due" && current.subscriptionId == sub.id && current.pastDueSince != 0;
        next.pastDueSince = alreadyPastDue ? current.pastDueSince : eventCreated;
        next.graceEndsAt = next.pastDueSince + graceSeconds;
    } else {
        next.pastDueSince = 0;
        next.graceEndsAt = 0;
    }
    const bool paying = grantsPaidTier(sub.status) && (next.graceEndsAt == 0 || now < next.graceEndsAt);
    next.tier = paying ? priceTier.value_or(Tier::Free) : Tier::Free;
    return next;
}

bool graceExpired(const BillingAccount& account, long long now)
{
    return account.tier != Tier::Free && account.status == "past_due" && account.graceEndsAt != 0 &&
           account.graceEndsAt <= now;
}

} // namespace aih::billing
