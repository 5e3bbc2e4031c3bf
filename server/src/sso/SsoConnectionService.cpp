// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoConnectionService.h"

#include "crypto/SecretBox.h"
#include "errors/ApiError.h"
#include "saml/SamlError.h"
#include "saml/SamlMetadata.h"
#include "sso/SsoConnectionStore.h"
#include "users/UserStore.h"

#include <Poco/URI.h>

namespace aih::sso {
namespace {

using errors::ApiError;
using errors::ErrorCode;

std::string secretContext(const std::string& tenantId)
{
    return "aih sso client secret|" + tenantId;
}

ApiError connectionNotFound()
{
    return {ErrorCode::NotFound, "No such single sign-on connection."};
}

/// An issuer is an https URL with no query or fragment (OIDC Discovery §2); http is accepted
/// here and refused at sign-in unless the operator allowed the address (a provider on loopback).
void checkIssuer(const std::string& issuer)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(issuer);
    } catch (const Poco::Exception&) {
        throw ApiError::validation("issuer", "must be an https URL");
    }
    if ((uri.getScheme() != "https" && uri.getScheme() != "http") || uri.getHost().empty() ||
        !uri.getQuery().empty() || !uri.getFragment().empty() || !uri.getUserInfo().empty()) {
        throw ApiError::validation("issuer", "must be an https URL without query, fragment or user name");
    }
}

void checkScopes(const std::string& scopes)
{
    if ((" " + scopes + " ").find(" openid ") == std::string::npos) {
        throw ApiError::validation("scopes", "must include openid");
    }
    for (const char c : scopes) {
        if (c != ' ' && (c < 0x21 || c > 0x7e || c == '"' || c == '\\')) {
            throw ApiError::validation("scopes", "must be scope tokens separated by spaces");
        }
    }
}

/// The fields only one protocol has are refused for the other, so a mistaken admin is told.
void checkProtocolFields(const SsoConnection& connection, const ConnectionFields& fields)
{
    if (connection.protocol == "saml") {
        const auto* oidcOnly = fields.issuer         ? "issuer"
                               : fields.clientId     ? "client_id"
                               : fields.clientSecret ? "client_secret"
                               : fields.scopes       ? "scopes"
                                                     : nullptr;
        if (oidcOnly != nullptr) {
            throw ApiError::validation(oidcOnly,
                                       "is not used by a SAML connection (it comes from idp_metadata)");
        }
    } else if (fields.idpMetadata) {
        throw ApiError::validation("idp_metadata", "is used by SAML connections only");
    }
}

/// Applies the present fields of `fields` to `connection`, checking each.
void apply(SsoConnection& connection, const ConnectionFields& fields)
{
    checkProtocolFields(connection, fields);
    if (fields.idpMetadata) {
        try {
            connection.issuer = saml::readIdentityProvider(*fields.idpMetadata).entityId;
        } catch (const saml::SamlError& error) {
            throw ApiError::validation("idp_metadata", error.what());
        }
        connection.idpMetadata = *fields.idpMetadata;
    }
    if (fields.name) {
        if (fields.name->empty() || fields.name->size() > 100) {
            throw ApiError::validation("name", "must be 1 to 100 characters");
        }
        connection.name = *fields.name;
    }
    if (fields.enabled) {
        connection.enabled = *fields.enabled;
    }
    if (fields.issuer) {
        checkIssuer(*fields.issuer);
        connection.issuer = *fields.issuer;
    }
    if (fields.clientId) {
        if (fields.clientId->empty()) {
            throw ApiError::validation("client_id", "must not be empty");
        }
        connection.clientId = *fields.clientId;
    }
    if (fields.scopes) {
        checkScopes(*fields.scopes);
        connection.scopes = *fields.scopes;
    }
    if (fields.groupsClaim) {
        if (fields.groupsClaim->empty()) {
            throw ApiError::validation("groups_claim", "must not be empty");
        }
        connection.mapping.groupsClaim = *fields.groupsClaim;
    }
    if (fields.groupRoles) {
        connection.mapping.groupRoles = *fields.groupRoles;
    }
    if (fields.defaultRole) {
        connection.mapping.defaultRole = *fields.defaultRole;
    }
    if (fields.requireSso) {
        connection.requireSso = *fields.requireSso;
    }
    if (fields.breakGlassUserId) {
        connection.breakGlassUserId = fields.breakGlassUserId->value_or("");
    }
}

/// The break-glass user must be an active admin of this tenant: it is the way back in when the
/// provider fails, and only an admin can repair the connection.
void checkBreakGlass(db::Transaction& tx, const SsoConnection& connection)
{
    if (connection.breakGlassUserId.empty()) {
        return;
    }
    const auto user = users::UserStore::findById(tx, connection.breakGlassUserId);
    if (!user || !user->active || user->role != Role::Admin) {
        throw ApiError::validation("break_glass_user_id", "must be an active admin of this tenant");
    }
}

audit::AuditEvent& describe(audit::AuditEvent& event, const SsoConnection& connection)
{
    return event.on("sso_connection", connection.id)
        .with("name", connection.name)
        .with("protocol", connection.protocol)
        .with("issuer", connection.issuer)
        .with("client_id", connection.clientId)
        .with("enabled", connection.enabled)
        .with("require_sso", connection.requireSso);
}

} // namespace

SsoConnectionService::SsoConnectionService(db::Database& database, const audit::AuditLog& audit,
                                           const SsoKeys& keys)
    : database_(database), audit_(audit), keys_(keys)
{
}

std::string SsoConnectionService::sealSecret(const std::string& tenantId, const std::string& secret) const
{
    return secret.empty() ? std::string() : crypto::seal(secret, keys_.sealing, secretContext(tenantId));
}

std::string SsoConnectionService::clientSecret(const SsoConnection& connection) const
{
    if (connection.sealedClientSecret.empty()) {
        return {};
    }
    const auto secret =
        crypto::open(connection.sealedClientSecret, keys_.sealing, secretContext(connection.tenantId));
    if (!secret) {
        // SECRET_KEY changed since the secret was stored: the admin has to enter it again.
        throw ApiError(ErrorCode::IdentityProviderError,
                       "The connection's client secret cannot be read; set it again.");
    }
    return *secret;
}

std::vector<SsoConnection> SsoConnectionService::list(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) { return SsoConnectionStore::list(tx); });
}

SsoConnection SsoConnectionService::get(identity::Caller& caller, const std::string& id)
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto connection = SsoConnectionStore::find(tx, id);
        if (!connection) {
            throw connectionNotFound();
        }
        return *connection;
    });
}

SsoConnection SsoConnectionService::create(identity::Caller& caller, const ConnectionFields& fields)
{
    SsoConnection connection;
    connection.protocol = fields.protocol.value_or("oidc");
    const bool saml = connection.protocol == "saml";
    const auto* missing = !fields.name                  ? "name"
                          : saml && !fields.idpMetadata ? "idp_metadata"
                          : !saml && !fields.issuer     ? "issuer"
                          : !saml && !fields.clientId   ? "client_id"
                                                        : nullptr;
    if (missing != nullptr) {
        throw ApiError::validation(missing, "is required");
    }
    apply(connection, fields);
    connection.tenantId = caller.tenantId;
    if (fields.clientSecret && *fields.clientSecret) {
        connection.sealedClientSecret = sealSecret(caller.tenantId, **fields.clientSecret);
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        if (SsoConnectionStore::list(tx).size() >= maxConnections) {
            throw ApiError(ErrorCode::Conflict,
                           "A tenant has at most " + std::to_string(maxConnections) + " connections.");
        }
        checkBreakGlass(tx, connection);
        connection.id = SsoConnectionStore::insert(tx, connection);
        auto event = audit::eventFrom(caller, "sso.connection_created");
        audit_.record(tx, describe(event, connection));
        return *SsoConnectionStore::find(tx, connection.id);
    });
}

SsoConnection SsoConnectionService::update(identity::Caller& caller, const std::string& id,
                                           const ConnectionFields& fields)
{
    std::optional<std::string> sealed;
    if (fields.clientSecret) {
        sealed = *fields.clientSecret ? sealSecret(caller.tenantId, **fields.clientSecret) : std::string();
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto connection = SsoConnectionStore::find(tx, id);
        if (!connection) {
            throw connectionNotFound();
        }
        if (fields.protocol && *fields.protocol != connection->protocol) {
            throw ApiError::validation("protocol", "cannot change; create a new connection");
        }
        apply(*connection, fields);
        if (sealed) {
            connection->sealedClientSecret = *sealed;
        }
        checkBreakGlass(tx, *connection);
        SsoConnectionStore::update(tx, *connection);
        auto event = audit::eventFrom(caller, "sso.connection_updated");
        describe(event, *connection);
        if (sealed) {
            event.with("client_secret_changed", true);
        }
        audit_.record(tx, event);
        return *SsoConnectionStore::find(tx, id);
    });
}

void SsoConnectionService::remove(identity::Caller& caller, const std::string& id)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto connection = SsoConnectionStore::find(tx, id);
        if (!connection || !SsoConnectionStore::remove(tx, id)) {
            throw connectionNotFound();
        }
        auto event = audit::eventFrom(caller, "sso.connection_deleted");
        audit_.record(tx, describe(event, *connection));
    });
}

} // namespace aih::sso
