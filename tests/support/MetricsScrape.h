// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <map>

namespace aih::test {

/// One /metrics scrape: every sample line as "name{labels}" → value.
using Scrape = std::map<QString, double>;

/// A sample value or bucket bound as the exposition format writes it ("+Inf", "-Inf", "NaN" too).
double sampleNumber(const QString& text);
/// Parses the Prometheus text exposition format ("+Inf" for infinity; comments skipped).
Scrape parseScrape(const QByteArray& body);
/// One series' value in a scrape, 0 when absent.
double valueOf(const Scrape& scrape, const QString& series);

} // namespace aih::test
