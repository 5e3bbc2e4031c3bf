// SPDX-License-Identifier: Apache-2.0
#include "core/session/Tenant.h"

#include "core/net/Json.h"

namespace aih::console {

QString tierText(Tier tier)
{
    const auto name = tierName(tier);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString tierTitle(Tier tier)
{
    auto text = tierText(tier);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

std::optional<Tier> tierFromText(const QString& text)
{
    return tierFromName(text.toStdString());
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject& object)
{
    const auto tier = tierFromText(object.value("subscription_tier").toString());
    if (!object.value("id").isString() || !tier) {
        return std::nullopt;
    }
    Tenant tenant;
    tenant.id = object.value("id").toString();
    tenant.name = object.value("name").toString();
    tenant.slug = object.value("slug").toString();
    tenant.tier = *tier;
    tenant.status = object.value("subscription_status").toString();
    tenant.userLimit = static_cast<int>(json::integer(object, "user_limit"));
    tenant.apiRateLimit = static_cast<int>(json::integer(object, "api_rate_limit"));
    tenant.features = json::texts(object, "features");
    tenant.activeUsers = static_cast<int>(json::integer(object.value("usage").toObject(), "users"));
    tenant.createdAt = json::time(object, "created_at");
    return tenant;
}

} // namespace aih::console
