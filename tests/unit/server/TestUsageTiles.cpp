// SPDX-License-Identifier: Apache-2.0
// Analytics sum per-key usage over a range from the coarsest rollup buckets that fit it; the
// tiles must cover the range exactly once, or a consumer's calls would be lost or doubled.
#include "analytics/UsageTiles.h"

#include <QtTest>

using aih::analytics::Level;
using aih::analytics::Tile;
using aih::analytics::tilesOf;

namespace {

constexpr std::int64_t hour = 3600;
constexpr std::int64_t day = 86400;
// Monday 2026-11-23 00:00 UTC.
constexpr std::int64_t monday = 1795392000;

} // namespace

class TestUsageTiles : public QObject
{
    Q_OBJECT

private slots:
    void weeksStartOnMonday()
    {
        const auto tiles = tilesOf(monday - 7 * day, monday + 7 * day, Level::Day, monday);
        QCOMPARE(tiles, (std::vector<Tile>{{Level::Week, monday - 7 * day, monday + 7 * day}}));
    }

    void closedRangeUsesFinerBucketsAtBothEdges()
    {
        // Sunday 22:00 to the next Tuesday 03:00, all in the past.
        const auto from = monday - 2 * hour;
        const auto to = monday + day + 3 * hour;
        const auto tiles = tilesOf(from, to, Level::Hour, monday + 30 * day);
        QCOMPARE(tiles, (std::vector<Tile>{{Level::Hour, from, monday},
                                           {Level::Day, monday, monday + day},
                                           {Level::Hour, monday + day, to}}));
    }

    void openRangeLetsTheLastBucketReachPastItsEnd()
    {
        // The last 7 days in hours, asked on Wednesday 10:20: Wednesday's day bucket and this
        // week's bucket hold nothing later than now.
        const auto now = monday + 2 * day + 10 * hour + 1200;
        const auto to = monday + 2 * day + 11 * hour;
        const auto from = to - 7 * day;
        const auto tiles = tilesOf(from, to, Level::Hour, now);
        QCOMPARE(tiles, (std::vector<Tile>{{Level::Hour, from, monday - 7 * day + 3 * day},
                                           {Level::Day, monday - 4 * day, monday},
                                           {Level::Week, monday, monday + 7 * day}}));
    }

    void tilesCoverEveryRangeExactlyOnce_data()
    {
        QTest::addColumn<std::int64_t>("from");
        QTest::addColumn<std::int64_t>("to");
        QTest::addColumn<int>("finest");
        QTest::addColumn<std::int64_t>("now");
        for (std::int64_t shift = 0; shift < 9 * day; shift += 7 * hour + 1380) {
            const auto from = (monday - 40 * day + shift) / 60 * 60;
            QTest::addRow("minutes +%lld", static_cast<long long>(shift))
                << from << from + 1999 * 60 << static_cast<int>(Level::Minute) << from + 1000 * 60;
            const auto hourFrom = from / hour * hour;
            QTest::addRow("hours +%lld", static_cast<long long>(shift))
                << hourFrom << hourFrom + 168 * hour << static_cast<int>(Level::Hour) << monday + 90 * day;
            const auto dayFrom = from / day * day;
            QTest::addRow("days +%lld", static_cast<long long>(shift))
                << dayFrom << dayFrom + 90 * day << static_cast<int>(Level::Day) << monday + 300 * day;
        }
    }

    void tilesCoverEveryRangeExactlyOnce()
    {
        QFETCH(std::int64_t, from);
        QFETCH(std::int64_t, to);
        QFETCH(int, finest);
        QFETCH(std::int64_t, now);
        auto position = from;
        for (const auto& tile : tilesOf(from, to, static_cast<Level>(finest), now)) {
            QCOMPARE(tile.from, position);
            QVERIFY(tile.to > tile.from);
            QCOMPARE((tile.from - (tile.level == Level::Week ? 4 * day : 0)) %
                         aih::analytics::levelSeconds(tile.level),
                     std::int64_t{0});
            QVERIFY(static_cast<int>(tile.level) <= finest);
            position = tile.to;
        }
        // Only past now may the last bucket reach beyond the range: nothing was counted there.
        QVERIFY(position == to || (to > now && position > to));
    }
};

QTEST_GUILESS_MAIN(TestUsageTiles)
#include "TestUsageTiles.moc"
