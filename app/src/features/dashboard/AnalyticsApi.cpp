// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/AnalyticsApi.h"

#include "core/net/Json.h"

namespace aih::console {

const QStringList& AnalyticsApi::periods()
{
    static const QStringList all{"24h", "7d", "30d", "90d"};
    return all;
}

Pending<Analytics> AnalyticsApi::analytics(const QString& period) const
{
    QUrlQuery query;
    query.addQueryItem("period", period);
    auto request = ApiRequest::get("/api/enterprise/admin/analytics", query);
    request.cacheable = true;
    return client_.call<Analytics>(
        request, [](const QJsonDocument& document) { return json::object(document, &Analytics::fromJson); });
}

} // namespace aih::console
