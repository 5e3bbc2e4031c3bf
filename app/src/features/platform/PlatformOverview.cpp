// SPDX-License-Identifier: Apache-2.0
#include "features/platform/PlatformOverview.h"

#include "core/net/Json.h"
#include "core/session/Tenant.h"

#include <QJsonArray>

namespace aih::console {
namespace {

QList<TenantInState> tenantsIn(const QJsonArray& array)
{
    QList<TenantInState> tenants;
    for (const auto& item : array) {
        if (auto tenant = TenantInState::fromJson(item.toObject())) {
            tenants.append(*tenant);
        }
    }
    return tenants;
}

} // namespace

std::optional<TenantInState> TenantInState::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("tier").toString());
    if (!object.value("id").isString() || !tier) {
        return std::nullopt;
    }
    return TenantInState{object.value("id").toString(), object.value("slug").toString(), *tier,
                         json::time(object, "since")};
}

std::optional<PlatformOverview> PlatformOverview::fromJson(const QJsonObject& object)
{
    const auto tenants = object.value("tenants").toObject();
    if (!tenants.value("total").isDouble() || !object.value("mrr_cents").isDouble()) {
        return std::nullopt;
    }
    PlatformOverview overview;
    overview.tenants = static_cast<int>(json::integer(tenants, "total"));
    const auto byTier = tenants.value("by_tier").toObject();
    for (auto it = byTier.begin(); it != byTier.end(); ++it) {
        if (const auto tier = tierFromText(it.key())) {
            overview.tenantsByTier[*tier] = it.value().toInt();
        }
    }
    overview.mrrCents = json::integer(object, "mrr_cents");
    overview.callsLast24h = json::integer(object, "calls_last_24h");
    overview.pastDue = tenantsIn(object.value("past_due").toArray());
    overview.churned = tenantsIn(object.value("churned").toArray());
    return overview;
}

} // namespace aih::console
