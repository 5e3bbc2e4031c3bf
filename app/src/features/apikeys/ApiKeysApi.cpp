// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/ApiKeysApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString keysPath = QStringLiteral("/api/enterprise/api-keys");

std::optional<IssuedKey> issuedOf(const QJsonDocument& document)
{
    return json::object(document, &IssuedKey::fromJson);
}

std::optional<LimitState> limitOf(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const auto object = value.toObject();
    return LimitState{json::integer(object, "limit"), json::integer(object, "remaining"),
                      QDateTime::fromSecsSinceEpoch(json::integer(object, "reset"), Qt::UTC)};
}

} // namespace

std::optional<RateLimitStatus> RateLimitStatus::fromJson(const QJsonObject& object)
{
    const auto monthly = object.value("monthly").toObject();
    return RateLimitStatus{
        limitOf(object.value("key")),          limitOf(object.value("tenant")),
        limitOf(object.value("monthly")),      json::time(monthly, "period_start"),
        json::integers(monthly, "thresholds"), json::integers(monthly, "thresholds_notified")};
}

Pending<QList<ApiKey>> ApiKeysApi::list(bool all) const
{
    QUrlQuery query;
    if (all) {
        query.addQueryItem("all", "true");
    }
    auto request = ApiRequest::get(keysPath, query);
    request.allPages = true;
    request.cacheable = true;
    return client_.call<QList<ApiKey>>(request, [](const QJsonDocument& document) {
        return json::list<ApiKey>(document, &ApiKey::fromJson);
    });
}

Pending<IssuedKey> ApiKeysApi::create(const NewApiKey& key) const
{
    QJsonObject body{
        {"name", key.name}, {"scopes", QJsonArray::fromStringList(key.scopes)}, {"mode", key.mode}};
    if (key.rateLimit > 0) {
        body.insert("rate_limit", key.rateLimit);
    }
    if (key.expiresAt.isValid()) {
        body.insert("expires_at", json::timeText(key.expiresAt));
    }
    if (!key.allowedIps.isEmpty()) {
        body.insert("allowed_ips", QJsonArray::fromStringList(key.allowedIps));
    }
    if (key.burstLimit > 0) {
        body.insert("burst_limit", key.burstLimit);
    }
    return client_.call<IssuedKey>(ApiRequest::post(keysPath, body), issuedOf);
}

Pending<IssuedKey> ApiKeysApi::rotate(const QString& id, int graceSeconds) const
{
    return client_.call<IssuedKey>(
        ApiRequest::post(keysPath + '/' + id + "/rotate", {{"grace_seconds", graceSeconds}}), issuedOf);
}

Pending<Done> ApiKeysApi::revoke(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(keysPath + '/' + id), ignoreBody);
}

Pending<RateLimitStatus> ApiKeysApi::rateLimitStatus() const
{
    auto request = ApiRequest::get("/api/rate-limit/status");
    request.cacheable = true;
    return client_.call<RateLimitStatus>(request, [](const QJsonDocument& document) {
        return json::object(document, &RateLimitStatus::fromJson);
    });
}

} // namespace aih::console
