// SPDX-License-Identifier: Apache-2.0
#include "observability/MetricsRoutes.h"

#include "http/RequestContext.h"

namespace aih::observability {
namespace {

void counter(PrometheusWriter& out, std::string_view name, std::string_view help, std::string_view label,
             std::initializer_list<std::pair<std::string_view, std::uint64_t>> values)
{
    out.family(name, "counter", help);
    for (const auto& [value, count] : values) {
        out.sample(name, {{label, value}}, count);
    }
}

void writeRateLimits(PrometheusWriter& out, const RateLimitCounters& counters)
{
    constexpr std::string_view name = "aih_rate_limit_decisions_total";
    out.family(name, "counter", "Rate-limit decisions by the limit concerned (key or tenant).");
    out.sample(name, {{"scope", "key"}, {"decision", "admitted"}}, counters.keyAdmitted.value());
    out.sample(name, {{"scope", "key"}, {"decision", "refused"}}, counters.keyRefused.value());
    out.sample(name, {{"scope", "tenant"}, {"decision", "admitted"}}, counters.tenantAdmitted.value());
    out.sample(name, {{"scope", "tenant"}, {"decision", "refused"}}, counters.tenantRefused.value());
}

void writePool(PrometheusWriter& out, const db::ConnectionPool& pool)
{
    const auto stats = pool.stats();
    out.family("aih_db_pool_size", "gauge", "Database connections the pool may open.");
    out.sample("aih_db_pool_size", {}, static_cast<std::uint64_t>(pool.size()));
    out.family("aih_db_pool_connections", "gauge", "Open database connections by state.");
    out.sample("aih_db_pool_connections", {{"state", "in_use"}}, static_cast<std::uint64_t>(stats.inUse));
    out.sample("aih_db_pool_connections", {{"state", "idle"}}, static_cast<std::uint64_t>(stats.idle));
    out.family("aih_db_pool_waits_total", "counter",
               "Connection requests that found the pool busy and waited.");
    out.sample("aih_db_pool_waits_total", {}, stats.waits);
    out.family("aih_db_pool_timeouts_total", "counter", "Waits for a connection that gave up (503).");
    out.sample("aih_db_pool_timeouts_total", {}, stats.timeouts);
}

void writeConnections(PrometheusWriter& out, const ConnectionCounters& connections)
{
    out.family("aih_http_connections_open", "gauge", "Client connections open now.");
    out.sample("aih_http_connections_open", {}, static_cast<std::uint64_t>(connections.open.load()));
    out.family("aih_http_workers", "gauge", "HTTP workers started (they grow while requests block).");
    out.sample("aih_http_workers", {}, static_cast<std::uint64_t>(connections.workers.load()));
    counter(out, "aih_http_connections_total",
            "Client connections by what became of them at accept or after.", "outcome",
            {{"admitted", connections.admitted.value()},
             {"shed", connections.shed.value()},
             {"dropped", connections.dropped.value()},
             {"idle_closed", connections.idleClosed.value()}});
    out.family("aih_http_malformed_requests_total", "counter",
               "Requests too malformed to route (answered 400).");
    out.sample("aih_http_malformed_requests_total", {}, connections.malformed.value());
}

void writeRedis(PrometheusWriter& out, const ratelimit::FailoverRateLimiter& limiter)
{
    using State = ratelimit::FailoverRateLimiter::State;
    const auto current = limiter.state();
    out.family("aih_redis_state", "gauge",
               "Where rate limits are decided: 1 for the current state (ok: Redis, local: no Redis "
               "configured, unavailable: Redis down, local limits in force).");
    for (const auto state : {State::Shared, State::Local, State::Degraded}) {
        out.sample("aih_redis_state", {{"state", ratelimit::stateName(state)}},
                   static_cast<std::uint64_t>(state == current ? 1 : 0));
    }
    out.family("aih_rate_limit_local_fallbacks_total", "counter",
               "Decisions taken on local limits because Redis was unavailable.");
    out.sample("aih_rate_limit_local_fallbacks_total", {}, limiter.fallbackDecisions());
}

} // namespace

std::string renderMetrics(const MetricSources& sources)
{
    PrometheusWriter out;
    sources.metrics.requests.write(out);
    writeRateLimits(out, sources.metrics.rateLimit);
    counter(out, "aih_api_key_cache_lookups_total",
            "API-key lookups answered from the cache or the database.", "result",
            {{"hit", sources.keys.cacheHits()}, {"miss", sources.keys.cacheMisses()}});
    writePool(out, sources.pool);
    writeConnections(out, sources.metrics.connections);
    writeRedis(out, sources.limiter);
    const auto& webhooks = sources.webhooks.outcomes();
    counter(out, "aih_billing_webhook_events_total", "Stripe webhook deliveries by outcome.", "outcome",
            {{"applied", webhooks.applied.value()},
             {"duplicate", webhooks.duplicate.value()},
             {"stale", webhooks.stale.value()},
             {"ignored", webhooks.ignored.value()},
             {"rejected", webhooks.rejected.value()},
             {"failed", webhooks.failed.value()}});
    counter(out, "aih_usage_flush_batches_total", "Per-tenant usage batches written to the rollups.",
            "result",
            {{"ok", sources.metrics.usageFlushes.value()},
             {"failed", sources.metrics.usageFlushFailures.value()}});
    counter(
        out, "aih_audit_batch_writes_total", "Per-tenant batches of audited refusals written.", "result",
        {{"ok", sources.auditDenials.batchesWritten()}, {"failed", sources.auditDenials.batchesFailed()}});
    return out.text();
}

void addMetricsRoutes(http::Router& router, MetricSources sources)
{
    router.add({"GET", "/metrics", http::Access::Operator, Role::User,
                [sources](http::RequestContext&) {
                    return http::Response::text(200, renderMetrics(sources), PrometheusWriter::contentType);
                },
                "Prometheus metrics of this instance"});
}

} // namespace aih::observability
