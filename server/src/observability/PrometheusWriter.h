// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aih::observability {

using Labels = std::vector<std::pair<std::string_view, std::string_view>>;

/// Writes the Prometheus text exposition format (version 0.0.4): a `# HELP` and `# TYPE` line per
/// family, then its samples. Label values and help texts are escaped as the format requires, so
/// a route pattern or state name can never break a line.
class PrometheusWriter
{
public:
    static constexpr const char* contentType = "text/plain; version=0.0.4; charset=utf-8";

    void family(std::string_view name, std::string_view type, std::string_view help);
    void sample(std::string_view name, const Labels& labels, double value);
    void sample(std::string_view name, const Labels& labels, std::uint64_t value);
    /// One histogram's series: `counts[i]` are the observations in bucket i alone (the last
    /// one past every bound); buckets are written cumulatively, ending with `le="+Inf"`,
    /// which always equals `_count`.
    void histogram(std::string_view name, const Labels& labels, std::span<const double> bounds,
                   std::span<const std::uint64_t> counts, double sum);

    const std::string& text() const { return out_; }

private:
    void series(std::string_view name, const Labels& labels, std::string_view extraName = {},
                std::string_view extraValue = {});

    std::string out_;
};

/// A counter family with one sample per value of a single label.
void counterFamily(PrometheusWriter& out, std::string_view name, std::string_view help,
                   std::string_view label,
                   std::initializer_list<std::pair<std::string_view, std::uint64_t>> values);

/// A sample value as the format spells it: shortest round-trip decimal, `+Inf`, `-Inf`, `NaN`.
std::string formatValue(double value);
/// Escapes `\`, `"` and line feeds in a label value.
std::string escapeLabelValue(std::string_view value);
/// Escapes `\` and line feeds in a help text.
std::string escapeHelp(std::string_view help);

} // namespace aih::observability
