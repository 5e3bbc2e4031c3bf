// SPDX-License-Identifier: Apache-2.0
#include "http/RequestMetrics.h"

#include <algorithm>
#include <string>

namespace aih::http {
namespace {

constexpr auto statusLookup = [] {
    std::array<std::uint8_t, 600> table{};
    table.fill(static_cast<std::uint8_t>(RequestMetrics::statuses.size()));
    for (std::size_t i = 0; i < RequestMetrics::statuses.size(); ++i) {
        table[static_cast<std::size_t>(RequestMetrics::statuses[i])] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

std::size_t bucketOf(std::chrono::microseconds elapsed) noexcept
{
    const double seconds = static_cast<double>(elapsed.count()) / 1e6;
    const auto& bounds = RequestMetrics::bounds;
    // `le` is inclusive: an observation equal to a bound belongs to that bound's bucket.
    return static_cast<std::size_t>(std::lower_bound(bounds.begin(), bounds.end(), seconds) - bounds.begin());
}

} // namespace

std::size_t RequestMetrics::statusSlot(int status) noexcept
{
    if (status < 0 || static_cast<std::size_t>(status) >= statusLookup.size()) {
        return statuses.size();
    }
    return statusLookup[static_cast<std::size_t>(status)];
}

void RequestMetrics::bind(const Router& router)
{
    const auto& routes = router.routes();
    first_ = routes.data();
    routeCount_ = routes.size();
    slots_ = std::make_unique<RouteSlots[]>(routeCount_ + 1);
}

void RequestMetrics::record(const Route* route, int status, std::chrono::microseconds elapsed) noexcept
{
    if (!slots_) {
        return;
    }
    std::size_t index = routeCount_;
    if (route && route >= first_ && route < first_ + routeCount_) {
        index = static_cast<std::size_t>(route - first_);
    }
    auto& series = slots_[index].byStatus[statusSlot(status)];
    series.buckets[bucketOf(elapsed)].fetch_add(1, std::memory_order_relaxed);
    series.sumMicros.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(elapsed.count(), 0)),
                               std::memory_order_relaxed);
}

void RequestMetrics::writeMetrics(observability::PrometheusWriter& out) const
{
    struct Row
    {
        observability::Labels labels;
        std::array<std::uint64_t, bounds.size() + 1> counts;
        double sum;
    };
    std::vector<Row> rows;
    std::vector<std::string> statusNames;
    statusNames.reserve(statuses.size() + 1);
    for (const int status : statuses) {
        statusNames.push_back(std::to_string(status));
    }
    statusNames.emplace_back("other");
    for (std::size_t r = 0; slots_ && r <= routeCount_; ++r) {
        const bool matched = r < routeCount_;
        for (std::size_t s = 0; s < statusSlots; ++s) {
            const auto& series = slots_[r].byStatus[s];
            Row row{{}, {}, 0.0};
            // Sum first: a request recorded meanwhile then shows in the buckets, never only in
            // the sum, and the buckets (hence _count) stay consistent with each other.
            row.sum = static_cast<double>(series.sumMicros.load(std::memory_order_relaxed)) / 1e6;
            std::uint64_t total = 0;
            for (std::size_t b = 0; b < row.counts.size(); ++b) {
                row.counts[b] = series.buckets[b].load(std::memory_order_relaxed);
                total += row.counts[b];
            }
            if (total == 0) {
                continue;
            }
            row.labels = {{"method", matched ? std::string_view(first_[r].method) : "*"},
                          {"route", matched ? std::string_view(first_[r].pattern) : "unmatched"},
                          {"status", statusNames[s]}};
            rows.push_back(std::move(row));
        }
    }
    out.family("aih_http_requests_total", "counter", "HTTP requests answered, by route pattern and status.");
    for (const auto& row : rows) {
        std::uint64_t total = 0;
        for (const auto count : row.counts) {
            total += count;
        }
        out.sample("aih_http_requests_total", row.labels, total);
    }
    out.family("aih_http_request_duration_seconds", "histogram",
               "Time from reading the request to the last byte of the response.");
    for (const auto& row : rows) {
        out.histogram("aih_http_request_duration_seconds", row.labels, bounds, row.counts, row.sum);
    }
}

} // namespace aih::http
