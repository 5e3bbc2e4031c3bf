// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsReport.h"

#include "metering/UsageMeter.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Array.h>
#include <Poco/Timestamp.h>
#include <algorithm>

namespace aih::analytics {
namespace {

Poco::JSON::Object::Ptr newObject()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

double errorRate(const Counts& counts)
{
    return counts.calls == 0 ? 0.0 : static_cast<double>(counts.errors) / static_cast<double>(counts.calls);
}

Poco::JSON::Array::Ptr callsJson(const AnalyticsRange& range, const UsageBreakdown& usage)
{
    Poco::JSON::Array::Ptr calls = new Poco::JSON::Array;
    for (auto start = range.from; start < range.to; start += range.bucketSeconds()) {
        const auto it = usage.byBucket.find(start);
        const auto counts = it == usage.byBucket.end() ? Counts{} : it->second;
        auto bucket = newObject();
        bucket->set("start", utcText(start));
        bucket->set("calls", counts.calls);
        bucket->set("errors", counts.errors);
        calls->add(bucket);
    }
    return calls;
}

Poco::JSON::Array::Ptr consumersJson(const std::vector<Consumer>& consumers)
{
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& consumer : consumers) {
        auto row = newObject();
        row->set("api_key_id", consumer.apiKeyId);
        row->set("name", consumer.key.name);
        row->set("prefix", consumer.key.prefix);
        row->set("user_id", consumer.key.userId);
        row->set("owner_email", consumer.key.ownerEmail);
        row->set("calls", consumer.counts.calls);
        row->set("errors", consumer.counts.errors);
        row->set("error_rate", errorRate(consumer.counts));
        out->add(row);
    }
    return out;
}

} // namespace

std::string utcText(std::int64_t unixSeconds)
{
    return Poco::DateTimeFormatter::format(
        Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds)), "%Y-%m-%dT%H:%M:%SZ");
}

std::vector<std::pair<std::string, Counts>> topKeys(const UsageBreakdown& usage)
{
    std::vector<std::pair<std::string, Counts>> keys;
    for (const auto& [id, counts] : usage.byKey) {
        if (id != metering::sessionKeyId) {
            keys.emplace_back(id, counts);
        }
    }
    const auto more = [](const auto& a, const auto& b) {
        return a.second.calls != b.second.calls ? a.second.calls > b.second.calls : a.first < b.first;
    };
    const auto kept = std::min(keys.size(), maxConsumers);
    std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(kept), keys.end(), more);
    keys.resize(kept);
    return keys;
}

Poco::JSON::Object::Ptr AnalyticsReport::toJson() const
{
    auto out = newObject();
    out->set("period", range.period);
    out->set("from", utcText(range.from));
    out->set("to", utcText(range.to));
    out->set("bucket", bucketName(range.bucket));
    auto totalsJson = newObject();
    totalsJson->set("users", totals.users);
    totalsJson->set("active_users", totals.activeUsers);
    totalsJson->set("api_keys", totals.apiKeys);
    totalsJson->set("active_api_keys", totals.activeApiKeys);
    out->set("totals", totalsJson);
    out->set("calls", callsJson(range, usage));
    out->set("top_consumers", consumersJson(topConsumers));
    auto classes = newObject();
    for (std::size_t i = 0; i < usage.byClass.size(); ++i) {
        classes->set(std::to_string(i + 1) + "xx", usage.byClass.at(i));
    }
    out->set("status_classes", classes);
    auto plan = newObject();
    plan->set("tier", subscription.tier);
    plan->set("status", subscription.status);
    plan->set("user_limit", subscription.userLimit);
    plan->set("users", totals.activeUsers);
    plan->set("api_rate_limit", subscription.apiRateLimit);
    plan->set("calls_last_hour", subscription.callsLastHour);
    out->set("subscription", plan);
    return out;
}

} // namespace aih::analytics
