// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantSummary.h"

#include "core/net/Json.h"
#include "core/session/Tenant.h"

namespace aih::console {

std::optional<TenantSummary> TenantSummary::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("subscription_tier").toString());
    if (!object.value("id").isString() || !tier) {
        return std::nullopt;
    }
    TenantSummary tenant;
    tenant.id = object.value("id").toString();
    tenant.name = object.value("name").toString();
    tenant.slug = object.value("slug").toString();
    tenant.tier = *tier;
    tenant.subscriptionStatus = object.value("subscription_status").toString();
    const auto status = object.value("status").toString();
    tenant.suspended = status != QLatin1String("active");
    tenant.closing = status == QLatin1String("closing");
    tenant.deleted = status == QLatin1String("deleted");
    tenant.deleteAfter = json::time(object, "delete_after");
    tenant.userLimit = static_cast<int>(json::integer(object, "user_limit"));
    tenant.apiRateLimit = static_cast<int>(json::integer(object, "api_rate_limit"));
    tenant.activeUsers = static_cast<int>(json::integer(object, "active_users"));
    tenant.createdAt = json::time(object, "created_at");
    return tenant;
}

} // namespace aih::console
