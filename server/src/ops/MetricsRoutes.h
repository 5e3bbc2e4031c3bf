// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyVerifier.h"
#include "audit/DenialRecorder.h"
#include "billing/WebhookService.h"
#include "db/ConnectionPool.h"
#include "http/Router.h"
#include "observability/Metrics.h"
#include "ratelimit/FailoverRateLimiter.h"

#include <string>

namespace aih::observability {

/// Everything /metrics reports. Gauges (pool, Redis) are read at scrape time, so keeping them
/// costs the request path nothing.
struct MetricSources
{
    const Metrics& metrics;
    const db::ConnectionPool& pool;
    const apikeys::ApiKeyVerifier& keys;
    const ratelimit::FailoverRateLimiter& limiter;
    const billing::WebhookService& webhooks;
    const audit::DenialRecorder& auditDenials;
};

/// The Prometheus text exposition of every source.
std::string renderMetrics(const MetricSources& sources);

/// `GET /metrics`, for the platform operator only: route patterns, tenant-wide counts and the
/// state of dependencies are not for tenants to see.
void addMetricsRoutes(http::Router& router, MetricSources sources);

} // namespace aih::observability
