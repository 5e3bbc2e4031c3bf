// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// A tenant admin's permission for the platform's operators to read the tenant, read-only,
/// until `expiresAt` (`/api/enterprise/support-access`).
struct SupportGrant
{
    QString id;
    QString status; ///< active | revoked | expired
    QString reason;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt;
    int openedCount = 0;
    QDateTime lastOpenedAt;
    QString lastOpenedBy; ///< the operator account's id

    bool isActive() const { return status == QLatin1String("active"); }
    static std::optional<SupportGrant> fromJson(const QJsonObject& object);
};

/// An operator's read-only view of a tenant, opened under its grant.
struct SupportView
{
    QString accessToken;
    QDateTime expiresAt;
    QString tenantId;
    SupportGrant grant;

    static std::optional<SupportView> fromJson(const QJsonObject& object);
};

} // namespace aih::console
