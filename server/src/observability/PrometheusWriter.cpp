// SPDX-License-Identifier: Apache-2.0
#include "observability/PrometheusWriter.h"

#include <charconv>
#include <cmath>

namespace aih::observability {

std::string formatValue(double value)
{
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "+Inf" : "-Inf";
    }
    // Plain decimals where they stay short (bucket bounds read `0.0005`, not `5e-04`).
    const auto magnitude = std::fabs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
    char buffer[64];
    const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, result.ptr};
}

std::string escapeLabelValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string escapeHelp(std::string_view help)
{
    std::string out;
    out.reserve(help.size());
    for (const char c : help) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

void PrometheusWriter::family(std::string_view name, std::string_view type, std::string_view help)
{
    out_.append("# HELP ").append(name).append(" ").append(escapeHelp(help)).append("\n");
    out_.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void PrometheusWriter::series(std::string_view name, const Labels& labels, std::string_view extraName,
                              std::string_view extraValue)
{
    out_.append(name);
    if (labels.empty() && extraName.empty()) {
        return;
    }
    out_ += '{';
    bool first = true;
    const auto label = [&](std::string_view key, std::string_view value) {
        if (!first) {
            out_ += ',';
        }
        first = false;
        out_.append(key).append("=\"").append(escapeLabelValue(value)).append("\"");
    };
    for (const auto& [key, value] : labels) {
        label(key, value);
    }
    if (!extraName.empty()) {
        label(extraName, extraValue);
    }
    out_ += '}';
}

void PrometheusWriter::sample(std::string_view name, const Labels& labels, double value)
{
    series(name, labels);
    out_.append(" ").append(formatValue(value)).append("\n");
}

void PrometheusWriter::sample(std::string_view name, const Labels& labels, std::uint64_t value)
{
    series(name, labels);
    out_.append(" ").append(std::to_string(value)).append("\n");
}

void PrometheusWriter::histogram(std::string_view name, const Labels& labels, std::span<const double> bounds,
                                 std::span<const std::uint64_t> counts, double sum)
{
    const std::string base(name);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        cumulative += counts[i];
        const auto le = i < bounds.size() ? formatValue(bounds[i]) : std::string("+Inf");
        series(base + "_bucket", labels, "le", le);
        out_.append(" ").append(std::to_string(cumulative)).append("\n");
    }
    sample(base + "_sum", labels, sum);
    sample(base + "_count", labels, cumulative);
}

void counterFamily(PrometheusWriter& out, std::string_view name, std::string_view help,
                   std::string_view label,
                   std::initializer_list<std::pair<std::string_view, std::uint64_t>> values)
{
    out.family(name, "counter", help);
    for (const auto& [value, count] : values) {
        out.sample(name, {{label, value}}, count);
    }
}

} // namespace aih::observability
