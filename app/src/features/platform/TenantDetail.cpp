// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantDetail.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<TenantDetail> TenantDetail::fromJson(const QJsonObject& object)
{
    const auto plan = TenantLimits::fromJson(object);
    if (!plan || !object.value("usage").isObject()) {
        return std::nullopt;
    }
    const auto usage = object.value("usage").toObject();
    TenantDetail detail;
    detail.plan = *plan;
    detail.status = object.value("status").toString();
    detail.subscriptionStatus = object.value("subscription_status").toString();
    detail.users = static_cast<int>(json::integer(usage, "users"));
    detail.pendingInvitations = static_cast<int>(json::integer(usage, "pending_invitations"));
    detail.userLimit = static_cast<int>(json::integer(object, "user_limit"));
    detail.apiRateLimit = static_cast<int>(json::integer(object, "api_rate_limit"));
    detail.monthlyQuota = json::integer(object, "monthly_quota");
    detail.domain = object.value("domain").toString();
    detail.mfaRequired = object.value("mfa_required").toString();
    detail.suspendedAt = json::time(object, "suspended_at");
    detail.deleteAfter = json::time(object, "delete_after");
    detail.createdAt = json::time(object, "created_at");
    return detail;
}

} // namespace aih::console
