// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/Analytics.h"

#include "core/net/Json.h"

#include <QJsonArray>

namespace aih::console {
namespace {

std::optional<QList<CallBucket>> bucketsOf(const QJsonValue& value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    QList<CallBucket> buckets;
    for (const auto& entry : value.toArray()) {
        const auto object = entry.toObject();
        const auto start = json::time(object, "start");
        if (!start.isValid()) {
            return std::nullopt;
        }
        buckets.append({start, json::integer(object, "calls"), json::integer(object, "errors")});
    }
    return buckets;
}

std::optional<QList<Consumer>> consumersOf(const QJsonValue& value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    QList<Consumer> consumers;
    for (const auto& entry : value.toArray()) {
        const auto object = entry.toObject();
        Consumer consumer;
        consumer.apiKeyId = object.value("api_key_id").toString();
        consumer.userId = object.value("user_id").toString();
        consumer.prefix = object.value("prefix").toString();
        consumer.ownerEmail = object.value("owner_email").toString();
        const auto name = object.value("name").toString();
        consumer.label = name.isEmpty() ? consumer.prefix : name;
        consumer.calls = json::integer(object, "calls");
        consumer.errors = json::integer(object, "errors");
        consumers.append(consumer);
    }
    return consumers;
}

} // namespace

qint64 Analytics::totalCalls() const
{
    qint64 total = 0;
    for (const auto& each : calls) {
        total += each.calls;
    }
    return total;
}

qint64 Analytics::totalErrors() const
{
    qint64 total = 0;
    for (const auto& each : calls) {
        total += each.errors;
    }
    return total;
}

std::optional<Analytics> Analytics::fromJson(const QJsonObject& object)
{
    const auto buckets = bucketsOf(object.value("calls"));
    const auto consumers = consumersOf(object.value("top_consumers"));
    const auto classes = object.value("status_classes");
    const auto totals = object.value("totals");
    const auto subscription = object.value("subscription");
    if (!buckets || !consumers || !classes.isObject() || !totals.isObject() || !subscription.isObject()) {
        return std::nullopt;
    }
    Analytics analytics;
    analytics.period = object.value("period").toString();
    analytics.from = json::time(object, "from");
    analytics.to = json::time(object, "to");
    analytics.bucket = object.value("bucket").toString();
    analytics.users = json::integer(totals.toObject(), "users");
    analytics.apiKeys = json::integer(totals.toObject(), "api_keys");
    analytics.activeApiKeys = json::integer(totals.toObject(), "active_api_keys");
    analytics.calls = *buckets;
    analytics.topConsumers = *consumers;
    const auto classObject = classes.toObject();
    for (auto it = classObject.constBegin(); it != classObject.constEnd(); ++it) {
        analytics.statusClasses.append({it.key(), it.value().toInteger()});
    }
    const auto plan = subscription.toObject();
    analytics.subscriptionTier = plan.value("tier").toString();
    analytics.subscriptionStatus = plan.value("status").toString();
    analytics.userLimit = json::integer(plan, "user_limit");
    analytics.apiRateLimit = json::integer(plan, "api_rate_limit");
    analytics.callsLastHour = json::integer(plan, "calls_last_hour");
    return analytics;
}

} // namespace aih::console
