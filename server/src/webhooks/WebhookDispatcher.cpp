// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookDispatcher.h"

#include "logging/Logger.h"
#include "webhooks/DeliveryStore.h"

#include <algorithm>

namespace aih::webhooks {
namespace {

const logging::Logger webhookDispatcherLogger("webhooks");

constexpr int batchPerTenant = 10;
constexpr std::chrono::seconds pruneEvery{3600};

constexpr db::Sql dueTenantsSql{"webhooks.due_tenants",
                                "SELECT id::text AS id FROM aih_webhook_due_tenants() AS id"};
constexpr db::Sql pruneSql{"webhooks.prune",
                           "SELECT aih_webhook_prune(make_interval(hours => $1)) AS removed"};

long long nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string shortened(std::string text)
{
    constexpr std::size_t limit = 200;
    if (text.size() > limit) {
        text.resize(limit);
    }
    return text;
}

} // namespace

WebhookDispatcher::WebhookDispatcher(db::Database& database, const audit::AuditLog& audit,
                                     const EndpointSecrets& secrets, const egress::GuardedHttpClient& client,
                                     DispatcherSettings settings)
    : database_(database), audit_(audit), secrets_(secrets), client_(client), settings_(settings)
{
    for (int i = 0; i < std::max(1, settings_.workers); ++i) {
        const auto worker = static_cast<std::size_t>(i);
        workers_.push_back(std::make_unique<util::PeriodicWorker>([this, worker] { runOnce(worker); },
                                                                  settings_.pollInterval));
    }
}

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

void WebhookDispatcher::start()
{
    for (auto& worker : workers_) {
        worker->start();
    }
}

void WebhookDispatcher::stop()
{
    // No new attempt starts once stopping; what is claimed comes back after its lease.
    stopping_ = true;
    for (auto& worker : workers_) {
        worker->stop();
    }
}

int WebhookDispatcher::runOnce(std::size_t worker)
{
    if (stopping_) {
        return 0;
    }
    if (worker == 0) {
        prune();
    }
    std::vector<std::string> tenants;
    try {
        tenants = database_.inPlatform([](db::Transaction& tx) {
            std::vector<std::string> ids;
            for (const auto& row : tx.exec(dueTenantsSql)) {
                ids.push_back(row["id"].as<std::string>());
            }
            return ids;
        });
    } catch (const std::exception& error) {
        webhookDispatcherLogger.warning("webhook pass failed; the outbox keeps its deliveries",
                                        {{"error", error.what()}});
        return 0;
    }
    // Workers start at different tenants, so one tenant's slow endpoint holds up one worker.
    if (!tenants.empty()) {
        std::rotate(tenants.begin(), tenants.begin() + static_cast<std::ptrdiff_t>(worker % tenants.size()),
                    tenants.end());
    }
    int handled = 0;
    for (const auto& tenantId : tenants) {
        if (stopping_) {
            break;
        }
        try {
            handled += sendDue(tenantId);
        } catch (const std::exception& error) {
            webhookDispatcherLogger.warning("webhook pass failed for a tenant",
                                            {{"tenant", tenantId}, {"error", error.what()}});
        }
    }
    return handled;
}

int WebhookDispatcher::sendDue(const std::string& tenantId)
{
    // One worker of this instance per tenant: a tenant whose receivers are slow holds up one
    // worker, not all of them.
    {
        std::lock_guard lock(busyMutex_);
        if (!busyTenants_.insert(tenantId).second) {
            return 0;
        }
    }
    struct Release
    {
        WebhookDispatcher& dispatcher;
        const std::string& tenantId;
        ~Release()
        {
            std::lock_guard lock(dispatcher.busyMutex_);
            dispatcher.busyTenants_.erase(tenantId);
        }
    } release{*this, tenantId};

    // An endpoint that fails rests, so the rest of its deliveries wait and others go on.
    int handled = 0;
    while (handled < batchPerTenant && !stopping_) {
        const auto claimed = database_.inTenant(
            tenantId, [&](db::Transaction& tx) { return DeliveryStore::claimNext(tx, lease()); });
        if (!claimed) {
            break;
        }
        ++handled;
        deliver(tenantId, *claimed);
    }
    return handled;
}

void WebhookDispatcher::deliver(const std::string& tenantId, const ClaimedDelivery& delivery)
{
    if (!delivery.endpointEnabled) {
        database_.inTenant(tenantId, [&](db::Transaction& tx) {
            DeliveryStore::abandon(tx, delivery, "the endpoint is disabled");
        });
        failed_.add();
        return;
    }
    AttemptOutcome outcome;
    bool refused = false;
    const auto started = std::chrono::steady_clock::now();
    try {
        const auto secret = secrets_.open(delivery.sealedSecret, tenantId, delivery.endpointId);
        const auto previous =
            delivery.sealedPreviousSecret.empty()
                ? std::nullopt
                : std::optional(secrets_.open(delivery.sealedPreviousSecret, tenantId, delivery.endpointId));
        egress::OutboundRequest request;
        request.method = "POST";
        request.url = delivery.url;
        request.contentType = "application/json";
        request.body = delivery.payload;
        request.headers = {
            {signatureHeaderName, signatureHeader(delivery.payload, nowSeconds(), secret, previous)},
            {"AIH-Event-Id", delivery.eventId},
            {"AIH-Delivery-Id", delivery.id},
            {"User-Agent", "aihd-webhooks/1"}};
        const auto response = client_.send(request);
        outcome.responseStatus = response.status;
        if (response.status < 200 || response.status > 299) {
            outcome.error = "the endpoint answered HTTP " + std::to_string(response.status);
        }
    } catch (const egress::EgressError& error) {
        refused = error.kind == egress::EgressError::Kind::Refused;
        outcome.error = error.what();
    } catch (const std::exception& error) {
        outcome.error = error.what();
    }
    outcome.durationMs = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count());

    if (outcome.error.empty()) {
        database_.inTenant(tenantId,
                           [&](db::Transaction& tx) { DeliveryStore::recordSuccess(tx, delivery, outcome); });
        succeeded_.add();
        return;
    }
    const auto delay = retryDelay(delivery.attemptsBefore);
    const bool giveUp = refused || delivery.age + delay > settings_.retryFor;
    const auto effect = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        auto result =
            DeliveryStore::recordFailure(tx, delivery, outcome, giveUp ? std::nullopt : std::optional(delay),
                                         retryDelay(delivery.endpointFailuresBefore), settings_.disableAfter,
                                         settings_.disableAfterFailures);
        if (result.endpointDisabled) {
            audit_.record(tx, audit::systemEvent("webhook.endpoint_disabled")
                                  .on("webhook_endpoint", delivery.endpointId)
                                  .with("reason", "failing")
                                  .with("last_error", shortened(outcome.error)));
        }
        return result;
    });
    (giveUp ? failed_ : retried_).add();
    if (effect.endpointDisabled) {
        disabled_.add();
    }
    webhookDispatcherLogger.warning(
        giveUp ? "webhook delivery given up" : "webhook delivery failed; trying again later",
        {{"tenant", tenantId},
         {"delivery_id", delivery.id},
         {"error", shortened(outcome.error)},
         {"retry_in_seconds", giveUp ? std::string("none") : std::to_string(delay.count())}});
}

std::chrono::seconds WebhookDispatcher::retryDelay(int attemptsSoFar) const
{
    auto delay = settings_.firstRetry;
    for (int i = 0; i < attemptsSoFar && delay < settings_.longestRetry; ++i) {
        delay *= 2;
    }
    return std::min(delay, settings_.longestRetry);
}

std::chrono::seconds WebhookDispatcher::lease() const
{
    // Longer than an attempt can take (the client cuts one off after three timeouts), with room
    // for recording its outcome.
    return std::chrono::duration_cast<std::chrono::seconds>(settings_.timeout * 3) + std::chrono::seconds(10);
}

void WebhookDispatcher::prune()
{
    const auto now = nowSeconds();
    auto last = lastPrune_.load();
    if (now - last < pruneEvery.count() || !lastPrune_.compare_exchange_strong(last, now)) {
        return;
    }
    try {
        database_.inPlatform(
            [&](db::Transaction& tx) { tx.exec(pruneSql, static_cast<int>(settings_.keepLog.count())); });
    } catch (const std::exception& error) {
        webhookDispatcherLogger.warning("pruning the webhook delivery log failed", {{"error", error.what()}});
    }
}

void WebhookDispatcher::writeMetrics(observability::PrometheusWriter& out) const
{
    out.family("aih_webhook_deliveries_total", "counter",
               "Outbound webhook attempts by outcome: succeeded, retried (failed, tried again later), failed "
               "(given up).");
    out.sample("aih_webhook_deliveries_total", {{"outcome", "succeeded"}}, succeeded_.value());
    out.sample("aih_webhook_deliveries_total", {{"outcome", "retried"}}, retried_.value());
    out.sample("aih_webhook_deliveries_total", {{"outcome", "failed"}}, failed_.value());
    out.family("aih_webhook_endpoints_disabled_total", "counter",
               "Endpoints switched off after failing without a break for too long.");
    out.sample("aih_webhook_endpoints_disabled_total", {}, disabled_.value());
}

} // namespace aih::webhooks
