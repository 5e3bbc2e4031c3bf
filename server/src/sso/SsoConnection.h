// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <map>
#include <optional>
#include <string>

namespace aih::sso {

/// Which role a provider's user gets: the role of the first of their groups (in the claim
/// `groupsClaim`) that the map names, taking the highest when several match; else the default.
struct RoleMapping
{
    std::string groupsClaim = "groups";
    std::map<std::string, Role> groupRoles;
    Role defaultRole = Role::User;
};

/// A tenant's connection to its identity provider, by OpenID Connect ("oidc") or SAML 2.0
/// ("saml"). A SAML connection is its provider's metadata; `issuer` is then the provider's
/// entity id, taken from it, and the client and scopes are unused.
struct SsoConnection
{
    std::string id;
    std::string tenantId;
    std::string name;
    std::string protocol = "oidc";
    bool enabled = true;
    std::string issuer;
    std::string idpMetadata;
    std::string clientId;
    std::string sealedClientSecret; ///< empty: a public client
    std::string scopes = "openid email profile";
    RoleMapping mapping;
    bool requireSso = false;
    std::string breakGlassUserId;
    std::string createdAt;
    std::string updatedAt;
};

/// The fields a create sets (all) or an update changes (those present); a nullable field's
/// inner nullopt clears it.
struct ConnectionFields
{
    std::optional<std::string> protocol; ///< chosen at creation, never changed
    std::optional<std::string> idpMetadata;
    std::optional<std::string> name;
    std::optional<bool> enabled;
    std::optional<std::string> issuer;
    std::optional<std::string> clientId;
    std::optional<std::optional<std::string>> clientSecret;
    std::optional<std::string> scopes;
    std::optional<std::string> groupsClaim;
    std::optional<std::map<std::string, Role>> groupRoles;
    std::optional<Role> defaultRole;
    std::optional<bool> requireSso;
    std::optional<std::optional<std::string>> breakGlassUserId;
};

/// The role `mapping` gives a user in `groups`.
Role mappedRole(const RoleMapping& mapping, const std::vector<std::string>& groups);

} // namespace aih::sso
