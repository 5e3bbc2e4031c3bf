// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/PrometheusWriter.h"

namespace aih::observability {

/// A component that reports its own figures to /metrics. Sources are read at scrape time, so
/// keeping a count costs the request path no more than an atomic addition.
class MetricsSource
{
public:
    virtual ~MetricsSource() = default;
    virtual void writeMetrics(PrometheusWriter& out) const = 0;

protected:
    MetricsSource() = default;
    MetricsSource(const MetricsSource&) = default;
    MetricsSource& operator=(const MetricsSource&) = default;
};

} // namespace aih::observability
