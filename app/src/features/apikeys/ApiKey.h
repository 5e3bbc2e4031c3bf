// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// An API key as listed: never its secret, only the prefix that identifies it.
struct ApiKey
{
    QString id;
    QString name;
    QString prefix;
    QString mode;
    QString ownerId;
    QStringList scopes;
    qint64 rateLimit = 0;
    qint64 usageCount = 0;
    QString status;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    bool expiresSoon = false;
    QDateTime revokedAt;
    QDateTime previousSecretValidUntil;
    /// CIDR blocks the key may be used from; empty: anywhere.
    QStringList allowedIps;
    /// Calls per second on one server instance; 0: no burst limit.
    qint64 burstLimit = 0;

    bool isActive() const { return status == QLatin1String("active"); }

    static std::optional<ApiKey> fromJson(const QJsonObject& object);
};

/// A key just created or rotated: the one time its secret is known.
struct IssuedKey
{
    ApiKey key;
    QString secret;
    QString warning;

    static std::optional<IssuedKey> fromJson(const QJsonObject& object);
};

struct NewApiKey
{
    QString name;
    QStringList scopes{QStringLiteral("read")};
    /// 0: the plan's limit.
    qint64 rateLimit = 0;
    /// Invalid: never expires.
    QDateTime expiresAt;
    QString mode = QStringLiteral("live");
    /// CIDR blocks the key may be used from; empty: anywhere.
    QStringList allowedIps;
    /// Calls per second on one server instance; 0: no burst limit.
    qint64 burstLimit = 0;
};

} // namespace aih::console
