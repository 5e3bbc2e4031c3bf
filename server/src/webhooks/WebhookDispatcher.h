// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "egress/GuardedHttpClient.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "util/PeriodicWorker.h"
#include "webhooks/WebhookSigning.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace aih::webhooks {

struct ClaimedDelivery;

struct DispatcherSettings
{
    int workers = 4; ///< deliveries in flight at once, per instance
    std::chrono::milliseconds pollInterval{1000};
    /// Per step of an attempt (connect, send, receive), as GuardedHttpClient applies it.
    std::chrono::milliseconds timeout{10'000};
    std::chrono::seconds firstRetry{30};     ///< doubled after each failure ...
    std::chrono::seconds longestRetry{3600}; ///< ... up to this
    std::chrono::seconds retryFor{3 * 24 * 3600};
    /// An endpoint whose every attempt has failed for this long, at least disableAfterFailures
    /// times, is switched off (and the tenant's audit trail says so).
    std::chrono::seconds disableAfter{3 * 24 * 3600};
    int disableAfterFailures = 10;
    std::chrono::hours keepLog{24 * 30}; ///< finished deliveries are kept this long
};

/// Delivers the webhook outbox on a few threads of its own. Due deliveries are claimed for a
/// lease in a short transaction, one at a time, posted with no transaction open, and each outcome
/// recorded in a transaction of its own, by the claim's holder only: another instance skips a claimed
/// delivery, and one claimed by an instance that died is sent once its lease runs out. A receiver can thus
/// see a delivery twice (the instance died after the receiver answered), never zero times; the event id tells
/// them apart. A 2xx answer is a success; anything else, a timeout or no connection is retried with backoff
/// until retryFor has passed. A URL the egress policy refuses is given up at once.
class WebhookDispatcher final : public observability::MetricsSource
{
public:
    WebhookDispatcher(db::Database& database, const audit::AuditLog& audit, const EndpointSecrets& secrets,
                      const egress::GuardedHttpClient& client, DispatcherSettings settings);
    ~WebhookDispatcher() override;

    void start();
    void stop();
    /// One pass over the tenants with deliveries due; returns the deliveries handled.
    int runOnce(std::size_t worker = 0);

    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    int sendDue(const std::string& tenantId);
    /// Attempts one claimed delivery and records the outcome.
    void deliver(const std::string& tenantId, const ClaimedDelivery& delivery);
    std::chrono::seconds retryDelay(int attemptsSoFar) const;
    std::chrono::seconds lease() const;
    void prune();

    db::Database& database_;
    const audit::AuditLog& audit_;
    const EndpointSecrets& secrets_;
    const egress::GuardedHttpClient& client_;
    DispatcherSettings settings_;
    std::atomic<bool> stopping_{false};
    std::atomic<long long> lastPrune_{0};
    observability::Counter succeeded_;
    observability::Counter retried_;
    observability::Counter failed_;
    observability::Counter disabled_;
    std::mutex busyMutex_;
    std::set<std::string> busyTenants_; ///< tenants a worker of this instance is serving now
    std::vector<std::unique_ptr<util::PeriodicWorker>> workers_;
};

} // namespace aih::webhooks
