// SPDX-License-Identifier: Apache-2.0
#include "observability/ConnectionCounters.h"

namespace aih::observability {

void ConnectionCounters::writeMetrics(PrometheusWriter& out) const
{
    out.family("aih_http_connections_open", "gauge", "Client connections open now.");
    out.sample("aih_http_connections_open", {}, static_cast<std::uint64_t>(open.load()));
    out.family("aih_http_workers", "gauge", "HTTP workers started (they grow while requests block).");
    out.sample("aih_http_workers", {}, static_cast<std::uint64_t>(workers.load()));
    counterFamily(out, "aih_http_connections_total",
                  "Client connections by what became of them at accept or after.", "outcome",
                  {{"admitted", admitted.value()},
                   {"shed", shed.value()},
                   {"dropped", dropped.value()},
                   {"idle_closed", idleClosed.value()}});
    out.family("aih_http_malformed_requests_total", "counter",
               "Requests too malformed to route (answered 400).");
    out.sample("aih_http_malformed_requests_total", {}, malformed.value());
}

} // namespace aih::observability
