// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingAccount.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace aih::billing {

/// The configured Stripe price of each paid tier, and the way back.
class PriceCatalog
{
public:
    /// `tierToPrice` as in the configuration: tier name -> price id.
    explicit PriceCatalog(std::map<std::string, std::string> tierToPrice);

    std::optional<std::string> priceOf(Tier tier) const;
    std::optional<Tier> tierOf(std::string_view priceId) const;

private:
    std::map<std::string, std::string> tierToPrice_;
};

/// Statuses in which a subscription still pays for its tier (past_due only within the grace).
bool grantsPaidTier(std::string_view status);
/// A subscription that exists and has not ended: a second checkout would bill twice.
bool isOpen(std::string_view status);

/// How an event's subscription state relates to the state already applied.
enum class Ordering
{
    Apply,   ///< newer: apply it
    Stale,   ///< older than what is applied: a late delivery, not applied
    Resolve, ///< the same second: the order is unknown, so ask Stripe for the current state
};
Ordering orderOf(long long appliedStateAt, long long eventCreated);

/// Whether a subscription other than the tenant's current one may replace it: a paying one
/// always may (a new checkout), anything may replace one that no longer pays, but the end of
/// an old subscription must not undo the new one. Without a current one, only a paying one may.
bool mayReplace(const BillingAccount& current, const SubscriptionSnapshot& incoming);

/// The account after applying `sub` as of `eventCreated`: tier from the price (free when the
/// subscription does not pay, or is past due beyond the grace), status, period, and the grace
/// clock, which starts when the subscription first falls past due and is kept while it stays so.
BillingAccount nextState(const BillingAccount& current, const SubscriptionSnapshot& sub,
                         std::optional<Tier> priceTier, long long eventCreated, long long now,
                         long long graceSeconds);

/// True when the tenant holds a paid tier although its past-due grace has run out.
bool graceExpired(const BillingAccount& account, long long now);

} // namespace aih::billing
