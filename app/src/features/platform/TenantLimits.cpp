// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantLimits.h"

#include "core/session/Tenant.h"

namespace aih::console {
namespace {

std::optional<int> overrideOf(const QJsonObject& overrides, const QString& key)
{
    const auto value = overrides.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QJsonValue valueOrNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject LimitOverrides::toJson() const
{
    return {{"user_limit", valueOrNull(userLimit)},
            {"api_rate_limit", valueOrNull(apiRateLimit)},
            {"monthly_quota", valueOrNull(monthlyQuota)}};
}

std::optional<TenantLimits> TenantLimits::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("subscription_tier").toString());
    if (!tier || !object.value("limit_overrides").isObject()) {
        return std::nullopt;
    }
    const auto overrides = object.value("limit_overrides").toObject();
    return TenantLimits{*tier,
                        {overrideOf(overrides, "user_limit"), overrideOf(overrides, "api_rate_limit"),
                         overrideOf(overrides, "monthly_quota")}};
}

} // namespace aih::console
