// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <optional>

namespace aih::tenancy {

/// Limits the platform operator set for one tenant in place of its plan's, for a custom deal.
/// nullopt: the plan's value applies.
struct LimitOverrides
{
    std::optional<int> userLimit;
    std::optional<int> apiRateLimit;
    std::optional<int> monthlyQuota;

    bool operator==(const LimitOverrides&) const = default;
};

/// What an operator asks of a tenant's overrides, field by field: absent (outer nullopt) keeps
/// the override, an empty value (JSON `null`) clears it, a number sets it.
struct LimitOverridesChange
{
    std::optional<std::optional<long long>> userLimit;
    std::optional<std::optional<long long>> apiRateLimit;
    std::optional<std::optional<long long>> monthlyQuota;

    bool empty() const { return !userLimit && !apiRateLimit && !monthlyQuota; }
    /// 422 naming every field outside 1..1e9.
    void validate() const;
    LimitOverrides appliedTo(const LimitOverrides& current) const;
};

/// `{"user_limit": n|null, "api_rate_limit": n|null, "monthly_quota": n|null}`, as responses and
/// audit entries show them.
Poco::JSON::Object::Ptr toJson(const LimitOverrides& overrides);

} // namespace aih::tenancy
