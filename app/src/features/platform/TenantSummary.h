// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// The platform tenant's fixed id (server migration 0030): its members are the operators.
inline const QString platformTenantId = QStringLiteral("00000000-0000-4000-8000-00000000a1b0");

/// One tenant as the operator's tenant list shows it.
struct TenantSummary
{
    QString id;
    QString name;
    QString slug;
    Tier tier = Tier::Free;
    /// The subscription's state at Stripe: active, past_due, canceled...
    QString subscriptionStatus;
    bool suspended = false;
    /// Closed by an operator: suspended, its data deleted after `deleteAfter` (closing), or
    /// deleted already.
    bool closing = false;
    bool deleted = false;
    QDateTime deleteAfter;
    int userLimit = 0;
    int apiRateLimit = 0;
    int activeUsers = 0;
    QDateTime createdAt;

    static std::optional<TenantSummary> fromJson(const QJsonObject& object);
};

/// What the operator searches for; empty fields do not narrow.
struct TenantSearch
{
    QString text;
    std::optional<Tier> tier;
    /// active, suspended, past_due or closed; empty: all.
    QString state;
};

} // namespace aih::console
