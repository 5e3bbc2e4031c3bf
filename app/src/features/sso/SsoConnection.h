// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace aih::console {

/// A tenant's connection to its identity provider (OpenID Connect or SAML 2.0), as the server
/// shows it: never the client secret, only whether one is stored.
struct SsoConnection
{
    QString id;
    QString name;
    /// "oidc" or "saml".
    QString protocol = QStringLiteral("oidc");
    bool enabled = true;
    /// OpenID Connect: the issuer; SAML: the identity provider's entity id (from its metadata).
    QString issuer;
    /// SAML: the identity provider's metadata as stored.
    QString idpMetadata;
    /// SAML: what the identity provider is given, this server's entity id for the connection,
    /// which is also where its metadata is published.
    QString metadataUrl;
    /// Where the server reads the provider's metadata (the issuer's openid-configuration).
    QString discoveryUrl;
    QString clientId;
    bool clientSecretSet = false;
    QString scopes;
    /// Where the provider sends its answer: the OpenID redirect URI to register, or the SAML
    /// assertion consumer service URL.
    QString redirectUri;
    QString groupsClaim;
    /// Provider group -> role. When it names any group, the groups decide the role at every
    /// sign-in; empty, the role is set once, when the account is made (`defaultRole`).
    QMap<QString, Role> roleMap;
    Role defaultRole = Role::User;
    bool requireSso = false;
    /// The admin who keeps password sign-in while SSO is required; empty for none.
    QString breakGlassUserId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSaml() const { return protocol == QLatin1String("saml"); }
    static std::optional<SsoConnection> fromJson(const QJsonObject& object);
};

/// What the connection dialog edits: a new connection, or every field of one being changed.
struct SsoConnectionDraft
{
    enum class Secret
    {
        /// Unchanged when editing; none (a public client) when creating.
        Keep,
        Replace,
        /// The client becomes public, its code protected by PKCE alone.
        Remove
    };

    QString name;
    /// "oidc" or "saml", chosen when the connection is made.
    QString protocol = QStringLiteral("oidc");
    /// SAML: the identity provider's metadata document.
    QString idpMetadata;
    /// OpenID Connect: the provider and this client.
    QString issuer;
    QString clientId;
    Secret secret = Secret::Keep;
    /// The new secret, with Secret::Replace.
    QString clientSecret;
    QString scopes = QStringLiteral("openid email profile");
    QString groupsClaim = QStringLiteral("groups");
    QMap<QString, Role> roleMap;
    Role defaultRole = Role::User;
    bool enabled = true;
    bool requireSso = false;
    QString breakGlassUserId;

    static SsoConnectionDraft of(const SsoConnection& connection);
    /// The body of a create or a change: every field of its protocol, the client secret only
    /// when it changes.
    QJsonObject toJson() const;
};

} // namespace aih::console
