// SPDX-License-Identifier: Apache-2.0
#include "analytics/AnalyticsService.h"

namespace aih::analytics {

AnalyticsReport AnalyticsService::tenantReport(identity::Caller& caller, const AnalyticsRange& range,
                                               std::int64_t now)
{
    AnalyticsReport report{range, {}, {}, {}, {}};
    caller.inTenant(database_, [&](db::Transaction& tx) {
        report.totals = AnalyticsStore::totals(tx);
        report.usage = AnalyticsStore::usage(tx, range, now);
        const auto top = topKeys(report.usage);
        std::vector<std::string> ids;
        for (const auto& entry : top) {
            ids.push_back(entry.first);
        }
        const auto details =
            ids.empty() ? std::map<std::string, KeyDetails>{} : AnalyticsStore::keys(tx, ids);
        for (const auto& [id, counts] : top) {
            const auto it = details.find(id);
            report.topConsumers.push_back({id, it == details.end() ? KeyDetails{} : it->second, counts});
        }
        // The current minute and the 59 before it.
        report.subscription = AnalyticsStore::subscription(tx, (now / 60 - 59) * 60);
    });
    return report;
}

PlatformReport AnalyticsService::platformReport(std::int64_t now)
{
    return database_.inPlatform([&](db::Transaction& tx) { return PlatformStore::read(tx, now); });
}

} // namespace aih::analytics
