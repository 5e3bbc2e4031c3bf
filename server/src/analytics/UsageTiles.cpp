// SPDX-License-Identifier: Apache-2.0
#include "analytics/UsageTiles.h"

namespace aih::analytics {
namespace {

// 1970-01-01 was a Thursday: weeks are aligned to the Monday four days later.
constexpr std::int64_t weekOrigin = 4 * 86400;

std::int64_t origin(Level level)
{
    return level == Level::Week ? weekOrigin : 0;
}

std::int64_t floorToTile(std::int64_t seconds, Level level)
{
    const auto size = levelSeconds(level);
    const auto shifted = seconds - origin(level);
    return (shifted / size - (shifted % size < 0 ? 1 : 0)) * size + origin(level);
}

std::int64_t ceilTo(std::int64_t seconds, Level level)
{
    const auto floor = floorToTile(seconds, level);
    return floor == seconds ? floor : floor + levelSeconds(level);
}

Level finer(Level level)
{
    return static_cast<Level>(static_cast<int>(level) + 1);
}

void cover(std::int64_t from, std::int64_t to, Level level, Level finest, std::int64_t now,
           std::vector<Tile>& tiles)
{
    if (from >= to) {
        return;
    }
    if (level == finest) {
        tiles.push_back({level, from, to});
        return;
    }
    const auto first = ceilTo(from, level);
    const auto last = to > now ? ceilTo(to, level) : floorToTile(to, level);
    if (first >= last) {
        cover(from, to, finer(level), finest, now, tiles);
        return;
    }
    cover(from, first, finer(level), finest, now, tiles);
    tiles.push_back({level, first, last});
    if (last < to) {
        cover(last, to, finer(level), finest, now, tiles);
    }
}

} // namespace

std::int64_t levelSeconds(Level level)
{
    switch (level) {
    case Level::Week:
        return 7 * 86400;
    case Level::Day:
        return 86400;
    case Level::Hour:
        return 3600;
    case Level::Minute:
        break;
    }
    return 60;
}

std::vector<Tile> tilesOf(std::int64_t from, std::int64_t to, Level finest, std::int64_t now)
{
    std::vector<Tile> tiles;
    cover(from, to, Level::Week, finest, now, tiles);
    return tiles;
}

} // namespace aih::analytics
