// SPDX-License-Identifier: Apache-2.0
#include "features/dashboard/Analytics.h"

#include "core/net/Json.h"

#include <QJsonArray>

namespace aih::console {
namespace {

QJsonValue firstOf(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (object.contains(QLatin1String(key)) && !object.value(QLatin1String(key)).isNull()) {
            return object.value(QLatin1String(key));
        }
    }
    return {};
}

qint64 numberOf(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    const auto value = firstOf(object, keys);
    return value.isDouble() ? value.toInteger() : value.toString().toLongLong();
}

QList<CallBucket> bucketsOf(const QJsonArray& array)
{
    QList<CallBucket> buckets;
    for (const auto& value : array) {
        const auto object = value.toObject();
        auto start = QDateTime::fromString(
            firstOf(object, {"start", "bucket_start", "bucket", "time", "at"}).toString(), Qt::ISODateWithMs);
        if (!start.isValid()) {
            continue;
        }
        buckets.append({start.toUTC(), numberOf(object, {"calls", "count", "total", "requests"}),
                        numberOf(object, {"errors", "error_count", "failed"})});
    }
    std::sort(buckets.begin(), buckets.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return buckets;
}

QList<Consumer> consumersOf(const QJsonArray& array)
{
    QList<Consumer> consumers;
    for (const auto& value : array) {
        const auto object = value.toObject();
        Consumer consumer;
        consumer.apiKeyId = firstOf(object, {"api_key_id", "key_id"}).toString();
        consumer.userId = firstOf(object, {"user_id"}).toString();
        consumer.label = firstOf(object, {"name", "key_name", "label", "email", "prefix"}).toString();
        if (consumer.label.isEmpty()) {
            consumer.label = consumer.apiKeyId.isEmpty() ? consumer.userId : consumer.apiKeyId;
        }
        consumer.calls = numberOf(object, {"calls", "count", "requests", "total"});
        consumer.errors = numberOf(object, {"errors", "error_count"});
        consumers.append(consumer);
    }
    return consumers;
}

QList<StatusCount> statusCodesOf(const QJsonValue& value)
{
    QList<StatusCount> counts;
    if (value.isObject()) {
        const auto object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            counts.append({it.key().toInt(), it.value().toInteger()});
        }
    } else {
        for (const auto& entry : value.toArray()) {
            const auto object = entry.toObject();
            counts.append({static_cast<int>(numberOf(object, {"status", "code", "status_code"})),
                           numberOf(object, {"count", "calls", "total"})});
        }
    }
    counts.removeIf([](const StatusCount& count) { return count.status < 100 || count.status > 599; });
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.status < b.status; });
    return counts;
}

} // namespace

qint64 Analytics::totalCalls() const
{
    qint64 total = 0;
    for (const auto& bucket : calls) {
        total += bucket.calls;
    }
    return total;
}

qint64 Analytics::totalErrors() const
{
    qint64 total = 0;
    for (const auto& bucket : calls) {
        total += bucket.errors;
    }
    return total;
}

std::optional<Analytics> Analytics::fromJson(const QJsonObject& object)
{
    Analytics analytics;
    analytics.period = object.value("period").toString();
    const auto totals = object.value("totals").toObject();
    analytics.users = numberOf(totals, {"users", "total_users"});
    analytics.apiKeys = numberOf(totals, {"api_keys", "total_api_keys"});
    analytics.activeApiKeys = numberOf(totals, {"active_api_keys", "active_keys"});
    analytics.calls = bucketsOf(firstOf(object, {"api_calls", "calls", "usage", "api_usage"}).toArray());
    analytics.topConsumers = consumersOf(firstOf(object, {"top_consumers", "consumers"}).toArray());
    analytics.statusCodes = statusCodesOf(firstOf(object, {"status_codes", "status_breakdown"}));
    const auto subscription = firstOf(object, {"subscription", "plan"}).toObject();
    analytics.subscriptionTier = firstOf(subscription, {"tier", "subscription_tier"}).toString();
    analytics.subscriptionStatus = firstOf(subscription, {"status", "subscription_status"}).toString();
    analytics.userLimit = numberOf(subscription, {"user_limit"});
    analytics.apiRateLimit = numberOf(subscription, {"api_rate_limit"});
    return analytics;
}

} // namespace aih::console
