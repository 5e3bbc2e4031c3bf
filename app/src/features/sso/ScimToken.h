// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// Whether the tenant has a SCIM token for its identity provider's provisioning, never the token.
struct ScimTokenStatus
{
    bool configured = false;
    QDateTime createdAt;
    /// The SCIM 2.0 endpoint to give the provider.
    QString baseUrl;

    static std::optional<ScimTokenStatus> fromJson(const QJsonObject& object);
};

/// A SCIM token just made: the one time it is known. It replaces any earlier one.
struct IssuedScimToken
{
    QString token;
    QDateTime createdAt;
    QString baseUrl;

    static std::optional<IssuedScimToken> fromJson(const QJsonObject& object);
};

} // namespace aih::console
