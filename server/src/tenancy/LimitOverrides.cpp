// SPDX-License-Identifier: Apache-2.0
#include "tenancy/LimitOverrides.h"

#include "errors/ApiError.h"

namespace aih::tenancy {
namespace {

// Far above any plan (enterprise: 200,000 calls an hour, 1,000 users) and well inside the
// database's integer, so a typo of a few digits is refused rather than stored.
constexpr long long maxOverride = 1'000'000'000;

bool inRange(const std::optional<std::optional<long long>>& field)
{
    return !field || !*field || (**field >= 1 && **field <= maxOverride);
}

std::optional<int> applied(const std::optional<std::optional<long long>>& field, std::optional<int> current)
{
    if (!field) {
        return current;
    }
    return *field ? std::optional(static_cast<int>(**field)) : std::nullopt;
}

Poco::Dynamic::Var valueOrNull(std::optional<int> value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

} // namespace

void LimitOverridesChange::validate() const
{
    errors::ApiError error(errors::ErrorCode::ValidationFailed, "The request has invalid fields.");
    const std::string rule = "must be null or a whole number from 1 to " + std::to_string(maxOverride);
    if (!inRange(userLimit)) {
        error.withField("user_limit", rule);
    }
    if (!inRange(apiRateLimit)) {
        error.withField("api_rate_limit", rule);
    }
    if (!inRange(monthlyQuota)) {
        error.withField("monthly_quota", rule);
    }
    if (!error.fieldErrors().empty()) {
        throw error;
    }
}

LimitOverrides LimitOverridesChange::appliedTo(const LimitOverrides& current) const
{
    return {applied(userLimit, current.userLimit), applied(apiRateLimit, current.apiRateLimit),
            applied(monthlyQuota, current.monthlyQuota)};
}

Poco::JSON::Object::Ptr toJson(const LimitOverrides& overrides)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("user_limit", valueOrNull(overrides.userLimit));
    out->set("api_rate_limit", valueOrNull(overrides.apiRateLimit));
    out->set("monthly_quota", valueOrNull(overrides.monthlyQuota));
    return out;
}

} // namespace aih::tenancy
