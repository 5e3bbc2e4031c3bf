// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aih {

enum class Tier
{
    Free,
    Basic,
    Pro,
    Enterprise
};

/// A subscription plan: its limits, monthly price and the features it grants.
struct Plan
{
    Tier tier;
    std::string_view name;
    int userLimit;
    int apiCallsPerHour;
    /// Calls that may succeed in one billing period (a month), beside the hourly limit.
    int monthlyCallQuota;
    int priceCentsPerMonth;
    /// Features granted by this tier itself; lower tiers' features are inherited.
    std::span<const std::string_view> ownFeatures;
};

std::span<const Plan> allPlans();
const Plan& planFor(Tier tier);
std::optional<Tier> tierFromName(std::string_view name);
std::string_view tierName(Tier tier);

/// Every feature the tier grants, its own and those of all cheaper tiers.
std::vector<std::string_view> featuresOf(Tier tier);
bool tierHasFeature(Tier tier, std::string_view feature);
/// The cheapest tier that grants the feature, if any does.
std::optional<Tier> cheapestTierWith(std::string_view feature);

} // namespace aih
