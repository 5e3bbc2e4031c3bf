// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/ApiKey.h"

#include "core/net/Json.h"

namespace aih::console {

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject& object)
{
    if (!object.value("id").isString() || !object.value("prefix").isString()) {
        return std::nullopt;
    }
    ApiKey key;
    key.id = object.value("id").toString();
    key.name = object.value("name").toString();
    key.prefix = object.value("prefix").toString();
    key.mode = object.value("mode").toString();
    key.ownerId = object.value("owner_id").toString();
    key.scopes = json::texts(object, "scopes");
    key.rateLimit = json::integer(object, "rate_limit");
    key.usageCount = json::integer(object, "usage_count");
    key.status = object.value("status").toString();
    key.createdAt = json::time(object, "created_at");
    key.lastUsedAt = json::time(object, "last_used_at");
    key.expiresAt = json::time(object, "expires_at");
    key.expiresSoon = object.value("expires_soon").toBool();
    key.revokedAt = json::time(object, "revoked_at");
    key.previousSecretValidUntil = json::time(object, "previous_secret_valid_until");
    key.allowedIps = json::texts(object, "allowed_ips");
    key.burstLimit = json::integer(object, "burst_limit");
    return key;
}

std::optional<IssuedKey> IssuedKey::fromJson(const QJsonObject& object)
{
    auto key = ApiKey::fromJson(object);
    const auto secret = object.value("key").toString();
    if (!key || secret.isEmpty()) {
        return std::nullopt;
    }
    return IssuedKey{*key, secret, object.value("warning").toString()};
}

} // namespace aih::console
