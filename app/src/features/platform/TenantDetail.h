// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/TenantLimits.h"

#include <QDateTime>
#include <QString>

namespace aih::console {

/// A tenant as an operator looks it over (`GET /api/enterprise/tenants/{id}`): its plan and
/// overrides, the limits in force, its seats, its billing and operator state, and its settings
/// that matter to support.
struct TenantDetail
{
    TenantLimits plan;
    QString status;             ///< active, suspended, closing or deleted
    QString subscriptionStatus; ///< Stripe's: active, past_due, canceled...
    int users = 0;
    int pendingInvitations = 0;
    int userLimit = 0;
    int apiRateLimit = 0;
    qint64 monthlyQuota = 0;
    QString domain;
    QString mfaRequired; ///< none, admins or everyone
    QDateTime suspendedAt;
    QDateTime deleteAfter;
    QDateTime createdAt;

    static std::optional<TenantDetail> fromJson(const QJsonObject& object);
};

} // namespace aih::console
