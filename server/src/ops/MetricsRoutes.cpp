// SPDX-License-Identifier: Apache-2.0
#include "ops/MetricsRoutes.h"

#include "http/RequestContext.h"

namespace aih::ops {

void addMetricsRoutes(http::Router& router, const observability::MetricsRegistry& registry)
{
    router.add({"GET", "/metrics", http::Access::Operator, Role::User,
                [&registry](http::RequestContext&) {
                    return http::Response::text(200, registry.render(),
                                                observability::PrometheusWriter::contentType);
                },
                "Prometheus metrics of this instance"});
}

} // namespace aih::ops
