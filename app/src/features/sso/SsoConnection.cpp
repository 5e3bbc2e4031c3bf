// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoConnection.h"

#include "core/net/Json.h"
#include "core/session/User.h"

namespace aih::console {

std::optional<SsoConnection> SsoConnection::fromJson(const QJsonObject& object)
{
    const auto defaultRole = roleFromText(object.value("default_role").toString());
    if (!object.value("id").isString() || !object.value("issuer").isString() || !defaultRole) {
        return std::nullopt;
    }
    SsoConnection connection;
    connection.id = object.value("id").toString();
    connection.name = object.value("name").toString();
    connection.protocol = object.value("protocol").toString(QStringLiteral("oidc"));
    connection.enabled = object.value("enabled").toBool(true);
    connection.issuer = object.value("issuer").toString();
    connection.idpMetadata = object.value("idp_metadata").toString();
    connection.metadataUrl = object.value("metadata_url").toString();
    connection.discoveryUrl = object.value("discovery_url").toString();
    connection.clientId = object.value("client_id").toString();
    connection.clientSecretSet = object.value("client_secret_set").toBool();
    connection.scopes = object.value("scopes").toString();
    connection.redirectUri = object.value("redirect_uri").toString();
    connection.groupsClaim = object.value("groups_claim").toString();
    const auto map = object.value("role_map").toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto role = roleFromText(it.value().toString());
        if (!role) {
            return std::nullopt;
        }
        connection.roleMap.insert(it.key(), *role);
    }
    connection.defaultRole = *defaultRole;
    connection.requireSso = object.value("require_sso").toBool();
    connection.breakGlassUserId = object.value("break_glass_user_id").toString();
    connection.createdAt = json::time(object, "created_at");
    connection.updatedAt = json::time(object, "updated_at");
    return connection;
}

SsoConnectionDraft SsoConnectionDraft::of(const SsoConnection& connection)
{
    SsoConnectionDraft draft;
    draft.name = connection.name;
    draft.protocol = connection.protocol;
    draft.idpMetadata = connection.idpMetadata;
    draft.issuer = connection.issuer;
    draft.clientId = connection.clientId;
    draft.scopes = connection.scopes;
    draft.groupsClaim = connection.groupsClaim;
    draft.roleMap = connection.roleMap;
    draft.defaultRole = connection.defaultRole;
    draft.enabled = connection.enabled;
    draft.requireSso = connection.requireSso;
    draft.breakGlassUserId = connection.breakGlassUserId;
    return draft;
}

QJsonObject SsoConnectionDraft::toJson() const
{
    QJsonObject roles;
    for (auto it = roleMap.cbegin(); it != roleMap.cend(); ++it) {
        roles.insert(it.key(), roleText(it.value()));
    }
    QJsonObject body{{"name", name},
                     {"protocol", protocol},
                     {"groups_claim", groupsClaim},
                     {"role_map", roles},
                     {"default_role", roleText(defaultRole)},
                     {"enabled", enabled},
                     {"require_sso", requireSso},
                     {"break_glass_user_id", breakGlassUserId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(breakGlassUserId)}};
    if (protocol == QLatin1String("saml")) {
        body.insert("idp_metadata", idpMetadata);
        return body;
    }
    body.insert("issuer", issuer);
    body.insert("client_id", clientId);
    body.insert("scopes", scopes);
    if (secret == Secret::Replace) {
        body.insert("client_secret", clientSecret);
    } else if (secret == Secret::Remove) {
        body.insert("client_secret", QJsonValue::Null);
    }
    return body;
}

} // namespace aih::console
