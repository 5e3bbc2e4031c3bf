// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/apikeys/ApiKey.h"

namespace aih::console {

/// Rate-limit state of one subject (the calling key or the tenant).
struct LimitState
{
    qint64 limit = 0;
    qint64 remaining = 0;
    QDateTime resetAt;

    qint64 used() const { return limit - remaining; }
};

struct RateLimitStatus
{
    std::optional<LimitState> key;
    std::optional<LimitState> tenant;
    /// The tenant's monthly quota of API-key calls; `resetAt` is the end of the billing period.
    std::optional<LimitState> monthly;
    QDateTime monthStart;
    /// Percentages of the monthly quota announced, and those announced in this period so far.
    QList<int> thresholds;
    QList<int> thresholdsNotified;

    static std::optional<RateLimitStatus> fromJson(const QJsonObject& object);
};

/// The calls of the API keys page: `/api/enterprise/api-keys` and `/api/rate-limit/status`.
class ApiKeysApi
{
public:
    explicit ApiKeysApi(const ApiClient& client) : client_(client) {}

    /// The caller's own keys, or with `all` (admins and managers) the tenant's.
    Pending<QList<ApiKey>> list(bool all) const;
    Pending<IssuedKey> create(const NewApiKey& key) const;
    /// `graceSeconds`: how long the old secret keeps working (0 to 7 days).
    Pending<IssuedKey> rotate(const QString& id, int graceSeconds) const;
    Pending<Done> revoke(const QString& id) const;
    Pending<RateLimitStatus> rateLimitStatus() const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
