// SPDX-License-Identifier: Apache-2.0
#include "MetricsScrape.h"

#include <QStringList>
#include <limits>

namespace aih::test {

double sampleNumber(const QString& text)
{
    // The exposition format's three special values, spelled as the writer spells them.
    if (text == "+Inf") {
        return std::numeric_limits<double>::infinity();
    }
    if (text == "-Inf") {
        return -std::numeric_limits<double>::infinity();
    }
    if (text == "NaN") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return text.toDouble();
}

Scrape parseScrape(const QByteArray& body)
{
    Scrape samples;
    for (const auto& line : QString::fromUtf8(body).split('\n', Qt::SkipEmptyParts)) {
        if (line.startsWith('#')) {
            continue;
        }
        const auto space = line.lastIndexOf(' ');
        samples[line.left(space)] = sampleNumber(line.mid(space + 1));
    }
    return samples;
}

double valueOf(const Scrape& scrape, const QString& series)
{
    const auto it = scrape.find(series);
    return it == scrape.end() ? 0.0 : it->second;
}

} // namespace aih::test
