// SPDX-License-Identifier: Apache-2.0
#include "features/domain/CustomDomain.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<CustomDomain> CustomDomain::fromJson(const QJsonObject& object)
{
    const auto record = object.value("verification").toObject();
    if (!object.value("domain").isString() || !object.value("status").isString() ||
        !record.value("value").isString()) {
        return std::nullopt;
    }
    CustomDomain domain;
    domain.domain = object.value("domain").toString();
    domain.status = object.value("status").toString();
    domain.recordType = record.value("type").toString();
    domain.recordName = record.value("name").toString();
    domain.recordValue = record.value("value").toString();
    domain.portalUrl = object.value("portal_url").toString();
    domain.checkedAt = json::time(object, "checked_at");
    domain.verifiedAt = json::time(object, "verified_at");
    domain.lastError = object.value("last_error").toString();
    return domain;
}

} // namespace aih::console
