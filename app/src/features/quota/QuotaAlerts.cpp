// SPDX-License-Identifier: Apache-2.0
#include "features/quota/QuotaAlerts.h"

#include "core/net/Json.h"

#include <QJsonArray>
#include <algorithm>
#include <iterator>

namespace aih::console {
namespace {

const QString alertsPath = QStringLiteral("/api/enterprise/quota-alerts");

std::optional<QuotaAlerts> alertsOf(const QJsonDocument& document)
{
    return json::object(document, &QuotaAlerts::fromJson);
}

} // namespace

QJsonObject QuotaAlerts::toJson() const
{
    QJsonArray list;
    std::copy(thresholds.begin(), thresholds.end(), std::back_inserter(list));
    return {{"thresholds", list}, {"mail", mail}};
}

std::optional<QuotaAlerts> QuotaAlerts::fromJson(const QJsonObject& object)
{
    if (!object.value("thresholds").isArray() || !object.value("mail").isBool()) {
        return std::nullopt;
    }
    return QuotaAlerts{json::integers(object, "thresholds"), object.value("mail").toBool()};
}

Pending<QuotaAlerts> QuotaAlertsApi::get() const
{
    auto request = ApiRequest::get(alertsPath);
    request.cacheable = true;
    return client_.call<QuotaAlerts>(request, alertsOf);
}

Pending<QuotaAlerts> QuotaAlertsApi::set(const QuotaAlerts& alerts) const
{
    return client_.call<QuotaAlerts>(ApiRequest::withJson("PUT", alertsPath, alerts.toJson()), alertsOf);
}

} // namespace aih::console
