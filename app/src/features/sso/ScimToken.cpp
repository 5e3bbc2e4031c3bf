// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ScimToken.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<ScimTokenStatus> ScimTokenStatus::fromJson(const QJsonObject& object)
{
    if (!object.value("configured").isBool()) {
        return std::nullopt;
    }
    return ScimTokenStatus{object.value("configured").toBool(), json::time(object, "created_at"),
                           object.value("base_url").toString()};
}

std::optional<IssuedScimToken> IssuedScimToken::fromJson(const QJsonObject& object)
{
    const auto token = object.value("token").toString();
    if (token.isEmpty()) {
        return std::nullopt;
    }
    return IssuedScimToken{token, json::time(object, "created_at"), object.value("base_url").toString()};
}

} // namespace aih::console
