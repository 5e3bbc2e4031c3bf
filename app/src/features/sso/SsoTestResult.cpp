// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoTestResult.h"

#include "core/net/Json.h"
#include "core/session/User.h"

namespace aih::console {

std::optional<SsoTestResult> SsoTestResult::fromJson(const QJsonObject& object)
{
    if (!object.value("ok").isBool()) {
        return std::nullopt;
    }
    SsoTestResult result;
    result.ok = object.value("ok").toBool();
    result.error = object.value("error").toString();
    if (const auto claims = object.value("claims"); claims.isObject()) {
        const auto fields = claims.toObject();
        result.claims = SsoClaims{fields.value("iss").toString(),   fields.value("sub").toString(),
                                  fields.value("email").toString(), fields.value("email_verified").toBool(),
                                  fields.value("name").toString(),  json::texts(fields, "groups")};
    }
    result.role = roleFromText(object.value("role").toString());
    return result;
}

} // namespace aih::console
