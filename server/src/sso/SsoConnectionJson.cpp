// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoConnectionJson.h"

#include "errors/ApiError.h"
#include "sso/OidcDiscovery.h"

#include <Poco/UUID.h>

namespace aih::sso {
namespace {

using errors::ApiError;

Role roleField(const std::string& field, const std::string& name)
{
    const auto role = roleFromName(name);
    if (!role) {
        throw ApiError::validation(field, "must be admin, manager or user");
    }
    return *role;
}

std::map<std::string, Role> roleMapFromJson(const Poco::JSON::Object& object)
{
    constexpr std::size_t maxGroups = 100;
    if (object.size() > maxGroups) {
        throw ApiError::validation("role_map", "may map at most 100 groups");
    }
    std::map<std::string, Role> roles;
    for (const auto& [group, value] : object) {
        if (group.empty() || group.size() > 255) {
            throw ApiError::validation("role_map", "group names must be 1 to 255 bytes");
        }
        if (!value.isString()) {
            throw ApiError::validation("role_map", "maps each group to a role name");
        }
        roles.emplace(group, roleField("role_map", value.extract<std::string>()));
    }
    return roles;
}

} // namespace

Poco::JSON::Object::Ptr toJson(const SsoConnection& connection, const SsoEndpoints& endpoints)
{
    const bool saml = connection.protocol == "saml";
    const auto orNull = [saml](bool forSaml, const std::string& value) {
        return forSaml == saml ? Poco::Dynamic::Var(value) : Poco::Dynamic::Var();
    };
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", connection.id);
    out->set("name", connection.name);
    out->set("protocol", connection.protocol);
    out->set("enabled", connection.enabled);
    out->set("issuer", connection.issuer);
    out->set("discovery_url", orNull(false, discoveryUrl(connection.issuer)));
    out->set("client_id", orNull(false, connection.clientId));
    out->set("client_secret_set", !connection.sealedClientSecret.empty());
    out->set("scopes", orNull(false, connection.scopes));
    out->set("redirect_uri", saml ? endpoints.samlAcs() : endpoints.oidcCallback());
    out->set("idp_metadata", orNull(true, connection.idpMetadata));
    out->set("sp_entity_id", orNull(true, endpoints.samlEntityId(connection.id)));
    out->set("metadata_url", orNull(true, endpoints.samlEntityId(connection.id)));
    out->set("groups_claim", connection.mapping.groupsClaim);
    Poco::JSON::Object::Ptr roles = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [group, role] : connection.mapping.groupRoles) {
        roles->set(group, std::string(roleName(role)));
    }
    out->set("role_map", roles);
    out->set("default_role", std::string(roleName(connection.mapping.defaultRole)));
    out->set("require_sso", connection.requireSso);
    out->set("break_glass_user_id", connection.breakGlassUserId.empty()
                                        ? Poco::Dynamic::Var()
                                        : Poco::Dynamic::Var(connection.breakGlassUserId));
    out->set("created_at", connection.createdAt);
    out->set("updated_at", connection.updatedAt);
    return out;
}

ConnectionFields connectionFieldsOf(http::JsonBody& body)
{
    ConnectionFields fields;
    fields.protocol = body.optionalString("protocol", 10);
    if (fields.protocol && *fields.protocol != "oidc" && *fields.protocol != "saml") {
        throw ApiError::validation("protocol", "must be oidc or saml");
    }
    fields.idpMetadata = body.optionalString("idp_metadata", 200000);
    fields.name = body.optionalString("name", 100);
    fields.enabled = body.optionalBool("enabled");
    fields.issuer = body.optionalString("issuer", 512);
    fields.clientId = body.optionalString("client_id", 255);
    fields.clientSecret = body.optionalNullableString("client_secret", 512);
    fields.scopes = body.optionalString("scopes", 512);
    fields.groupsClaim = body.optionalString("groups_claim", 100);
    if (const auto roles = body.optionalObject("role_map")) {
        fields.groupRoles = roleMapFromJson(*roles);
    }
    if (const auto role = body.optionalString("default_role", 20)) {
        fields.defaultRole = roleField("default_role", *role);
    }
    fields.requireSso = body.optionalBool("require_sso");
    fields.breakGlassUserId = body.optionalNullableString("break_glass_user_id", 36);
    if (fields.breakGlassUserId && *fields.breakGlassUserId) {
        Poco::UUID parsed;
        if (!parsed.tryParse(**fields.breakGlassUserId)) {
            throw ApiError::validation("break_glass_user_id", "must be a user id");
        }
    }
    body.finish();
    return fields;
}

} // namespace aih::sso
