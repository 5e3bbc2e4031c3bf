// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/dashboard/Analytics.h"

namespace aih::console {

/// The calls of the Dashboard: analytics for a period.
class AnalyticsApi
{
public:
    /// The periods the server accepts, shortest first.
    static const QStringList& periods();

    explicit AnalyticsApi(const ApiClient& client) : client_(client) {}

    Pending<Analytics> analytics(const QString& period) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
