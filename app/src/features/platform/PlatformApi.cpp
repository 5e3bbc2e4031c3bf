// SPDX-License-Identifier: Apache-2.0
#include "features/platform/PlatformApi.h"

#include "core/net/Json.h"
#include "core/session/Tenant.h"

namespace aih::console {
namespace {

QString tenantPath(const QString& tenantId)
{
    return QStringLiteral("/api/enterprise/tenants/") + tenantId;
}

QString platformTenantPath(const QString& tenantId)
{
    return QStringLiteral("/api/enterprise/platform/tenants/") + tenantId;
}

} // namespace

Pending<QList<TenantSummary>> PlatformApi::searchTenants(const TenantSearch& search) const
{
    QUrlQuery query;
    if (!search.text.trimmed().isEmpty()) {
        query.addQueryItem("q", search.text.trimmed());
    }
    if (search.tier) {
        query.addQueryItem("tier", tierText(*search.tier));
    }
    if (!search.state.isEmpty()) {
        query.addQueryItem("status", search.state);
    }
    auto request = ApiRequest::get(QStringLiteral("/api/enterprise/platform/tenants"), query);
    request.allPages = true;
    request.cacheable = true;
    return client_.call<QList<TenantSummary>>(request, [](const QJsonDocument& document) {
        return json::list<TenantSummary>(document, &TenantSummary::fromJson);
    });
}

Pending<PlatformOverview> PlatformApi::overview() const
{
    auto request = ApiRequest::get(QStringLiteral("/api/enterprise/platform/analytics"));
    request.cacheable = true;
    return client_.call<PlatformOverview>(request, [](const QJsonDocument& document) {
        return json::object(document, &PlatformOverview::fromJson);
    });
}

Pending<Done> PlatformApi::setSuspended(const QString& tenantId, bool suspended) const
{
    const QJsonObject body{{"status", suspended ? QStringLiteral("suspended") : QStringLiteral("active")}};
    return client_.call<Done>(ApiRequest::withJson("PATCH", tenantPath(tenantId), body), ignoreBody);
}

Pending<TenantLimits> PlatformApi::limits(const QString& tenantId) const
{
    return client_.call<TenantLimits>(
        ApiRequest::get(tenantPath(tenantId)),
        [](const QJsonDocument& document) { return json::object(document, &TenantLimits::fromJson); });
}

Pending<TenantDetail> PlatformApi::detail(const QString& tenantId) const
{
    return client_.call<TenantDetail>(
        ApiRequest::get(tenantPath(tenantId)),
        [](const QJsonDocument& document) { return json::object(document, &TenantDetail::fromJson); });
}

Pending<Done> PlatformApi::setLimits(const QString& tenantId, const LimitOverrides& overrides) const
{
    return client_.call<Done>(ApiRequest::withJson("PATCH", tenantPath(tenantId), overrides.toJson()),
                              ignoreBody);
}

Pending<Done> PlatformApi::close(const QString& tenantId, int graceDays) const
{
    return client_.call<Done>(ApiRequest::withJson("POST", platformTenantPath(tenantId) + "/close",
                                                   QJsonObject{{"grace_days", graceDays}}),
                              ignoreBody);
}

Pending<Done> PlatformApi::downloadArchive(const QString& tenantId, QIODevice* sink) const
{
    auto pending = client_.call<Done>(ApiRequest::get(platformTenantPath(tenantId) + "/archive"), ignoreBody);
    pending.job()->setSink(sink);
    return pending;
}

Pending<SupportView> PlatformApi::openSupportView(const QString& tenantId) const
{
    return client_.call<SupportView>(
        ApiRequest::post(platformTenantPath(tenantId) + "/support-access"),
        [](const QJsonDocument& document) { return json::object(document, &SupportView::fromJson); });
}

Pending<QList<User>> PlatformApi::operators() const
{
    auto request = ApiRequest::get(QStringLiteral("/api/enterprise/platform/operators"));
    request.allPages = true;
    request.cacheable = true;
    return client_.call<QList<User>>(
        request, [](const QJsonDocument& document) { return json::list<User>(document, &User::fromJson); });
}

Pending<Done> PlatformApi::inviteOperator(const QString& email, const QString& operatorRole) const
{
    return client_.call<Done>(ApiRequest::post(QStringLiteral("/api/enterprise/platform/operators"),
                                               {{"email", email}, {"operator_role", operatorRole}}),
                              ignoreBody);
}

Pending<Done> PlatformApi::eraseOperator(const QString& id) const
{
    return client_.call<Done>(ApiRequest::post(QStringLiteral("/api/enterprise/platform/operators/") + id +
                                                   QStringLiteral("/erase"),
                                               {}),
                              ignoreBody);
}

Pending<User> PlatformApi::changeOperator(const QString& id, const QString& operatorRole,
                                          std::optional<bool> active) const
{
    QJsonObject body;
    if (!operatorRole.isEmpty()) {
        body["operator_role"] = operatorRole;
    }
    if (active) {
        body["active"] = *active;
    }
    return client_.call<User>(
        ApiRequest::withJson("PATCH", QStringLiteral("/api/enterprise/platform/operators/") + id, body),
        [](const QJsonDocument& document) { return json::object(document, &User::fromJson); });
}

} // namespace aih::console
