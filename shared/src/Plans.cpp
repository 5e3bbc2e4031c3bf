// SPDX-License-Identifier: Apache-2.0
#include "aih/Plans.h"

#include <algorithm>
#include <array>

namespace aih {
namespace {

constexpr std::array<std::string_view, 2> freeFeatures{"basic_guidance", "meditation"};
constexpr std::array<std::string_view, 2> basicFeatures{"analytics", "api_access"};
constexpr std::array<std::string_view, 2> proFeatures{"custom_branding", "priority_support"};
constexpr std::array<std::string_view, 3> enterpriseFeatures{"white_label", "sso", "custom_domain"};

// The seed's plan table; each tier includes the features of the tiers before it. The monthly
// quota is a hundred hours at the hourly limit: steady use fits, a month of flat-out use does not.
const std::array<Plan, 4> plans{{
    {Tier::Free, "free", 5, 1'000, 100'000, 0, freeFeatures},
    {Tier::Basic, "basic", 25, 10'000, 1'000'000, 2'900, basicFeatures},
    {Tier::Pro, "pro", 100, 50'000, 5'000'000, 9'900, proFeatures},
    {Tier::Enterprise, "enterprise", 1'000, 200'000, 20'000'000, 29'900, enterpriseFeatures},
}};

} // namespace

std::span<const Plan> allPlans()
{
    return plans;
}

const Plan& planFor(Tier tier)
{
    return plans.at(static_cast<std::size_t>(tier));
}

std::optional<Tier> tierFromName(std::string_view name)
{
    for (const auto& plan : plans) {
        if (plan.name == name) {
            return plan.tier;
        }
    }
    return std::nullopt;
}

std::string_view tierName(Tier tier)
{
    return planFor(tier).name;
}

std::vector<std::string_view> featuresOf(Tier tier)
{
    std::vector<std::string_view> features;
    for (const auto& plan : plans) {
        if (plan.tier > tier) {
            break;
        }
        features.insert(features.end(), plan.ownFeatures.begin(), plan.ownFeatures.end());
    }
    return features;
}

bool tierHasFeature(Tier tier, std::string_view feature)
{
    const auto cheapest = cheapestTierWith(feature);
    return cheapest && *cheapest <= tier;
}

std::optional<Tier> cheapestTierWith(std::string_view feature)
{
    for (const auto& plan : plans) {
        if (std::ranges::find(plan.ownFeatures, feature) != plan.ownFeatures.end()) {
            return plan.tier;
        }
    }
    return std::nullopt;
}

} // namespace aih
