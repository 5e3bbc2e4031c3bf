// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "analytics/AnalyticsStore.h"

#include <Poco/JSON/Object.h>

namespace aih::analytics {

struct Consumer
{
    std::string apiKeyId;
    KeyDetails key;
    Counts counts;
};

inline constexpr std::size_t maxConsumers = 10;

/// A tenant's analytics over one range, as `GET /api/enterprise/admin/analytics` answers it.
struct AnalyticsReport
{
    AnalyticsRange range;
    Totals totals;
    UsageBreakdown usage;
    std::vector<Consumer> topConsumers;
    SubscriptionUsage subscription;

    /// Every bucket of the range, those without calls as zeros.
    Poco::JSON::Object::Ptr toJson() const;
};

/// The API keys with the most calls (sessions are not consumers), most first, ties by key id.
std::vector<std::pair<std::string, Counts>> topKeys(const UsageBreakdown& usage);

std::string utcText(std::int64_t unixSeconds);

} // namespace aih::analytics
