// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace aih::console {

/// Which shares of the monthly quota the tenant is told about (`/api/enterprise/quota-alerts`).
struct QuotaAlerts
{
    static constexpr int maxThresholds = 5;

    QList<int> thresholds; ///< percentages, ascending
    bool mail = true;      ///< the admins are mailed too

    QJsonObject toJson() const;
    static std::optional<QuotaAlerts> fromJson(const QJsonObject& object);
};

class QuotaAlertsApi
{
public:
    explicit QuotaAlertsApi(const ApiClient& client) : client_(client) {}

    Pending<QuotaAlerts> get() const;
    Pending<QuotaAlerts> set(const QuotaAlerts& alerts) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
