// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QJsonObject>
#include <optional>

namespace aih::console {

/// A custom deal's limits, each set above or below the plan's, or none: the plan's applies.
struct LimitOverrides
{
    std::optional<int> userLimit;
    std::optional<int> apiRateLimit;
    std::optional<int> monthlyQuota;

    /// The PATCH body: every field, null where the plan's applies.
    QJsonObject toJson() const;
};

/// A tenant's plan and the overrides on it (`GET /api/enterprise/tenants/{id}`).
struct TenantLimits
{
    Tier tier = Tier::Free;
    LimitOverrides overrides;

    static std::optional<TenantLimits> fromJson(const QJsonObject& object);
};

} // namespace aih::console
