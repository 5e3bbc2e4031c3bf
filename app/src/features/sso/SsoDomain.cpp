// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoDomain.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<SsoDomain> SsoDomain::fromJson(const QJsonObject& object)
{
    const auto verification = object.value("verification").toObject();
    if (!object.value("id").isString() || !object.value("domain").isString() ||
        !verification.value("name").isString()) {
        return std::nullopt;
    }
    SsoDomain domain;
    domain.id = object.value("id").toString();
    domain.domain = object.value("domain").toString();
    domain.connectionId = object.value("connection_id").toString();
    domain.status = object.value("status").toString();
    domain.recordName = verification.value("name").toString();
    domain.recordValue = verification.value("value").toString();
    domain.createdAt = json::time(object, "created_at");
    domain.checkedAt = json::time(object, "checked_at");
    domain.verifiedAt = json::time(object, "verified_at");
    domain.lastError = object.value("last_error").toString();
    return domain;
}

} // namespace aih::console
