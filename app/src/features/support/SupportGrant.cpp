// SPDX-License-Identifier: Apache-2.0
#include "features/support/SupportGrant.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<SupportGrant> SupportGrant::fromJson(const QJsonObject& object)
{
    SupportGrant grant;
    grant.id = object["id"].toString();
    grant.status = object["status"].toString();
    grant.expiresAt = json::time(object, "expires_at");
    if (grant.id.isEmpty() || grant.status.isEmpty() || !grant.expiresAt.isValid()) {
        return std::nullopt;
    }
    grant.reason = object["reason"].toString();
    grant.createdAt = json::time(object, "created_at");
    grant.revokedAt = json::time(object, "revoked_at");
    grant.openedCount = object["opened_count"].toInt();
    grant.lastOpenedAt = json::time(object, "last_opened_at");
    grant.lastOpenedBy = object["last_opened_by"].toString();
    return grant;
}

std::optional<SupportView> SupportView::fromJson(const QJsonObject& object)
{
    auto grant = SupportGrant::fromJson(object["grant"].toObject());
    SupportView view{object["access_token"].toString(), json::time(object, "expires_at"),
                     object["tenant_id"].toString(), grant.value_or(SupportGrant{})};
    if (!grant || view.accessToken.isEmpty() || !view.expiresAt.isValid()) {
        return std::nullopt;
    }
    return view;
}

} // namespace aih::console
