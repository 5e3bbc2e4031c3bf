// SPDX-License-Identifier: Apache-2.0
#include "observability/MetricsRegistry.h"

namespace aih::observability {

std::string MetricsRegistry::render() const
{
    PrometheusWriter out;
    for (const auto* source : sources_) {
        source->writeMetrics(out);
    }
    return out.text();
}

} // namespace aih::observability
