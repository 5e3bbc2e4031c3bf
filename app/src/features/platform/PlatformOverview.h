// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace aih::console {

/// A tenant whose subscription is in a state the operator follows (past due, canceled), since when.
struct TenantInState
{
    QString id;
    QString slug;
    Tier tier = Tier::Free;
    QDateTime since;

    static std::optional<TenantInState> fromJson(const QJsonObject& object);
};

/// The platform at a glance (`GET /api/enterprise/platform/analytics`): tenants by plan and
/// subscription state, the monthly recurring revenue their plans bring, and calls in 24 hours.
struct PlatformOverview
{
    int tenants = 0;
    QMap<Tier, int> tenantsByTier;
    qint64 mrrCents = 0;
    qint64 callsLast24h = 0;
    QList<TenantInState> pastDue;
    QList<TenantInState> churned;

    static std::optional<PlatformOverview> fromJson(const QJsonObject& object);
};

} // namespace aih::console
