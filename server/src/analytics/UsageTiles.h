// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <vector>

namespace aih::analytics {

/// Bucket sizes of the per-key rollups, coarsest first. Weeks start on Monday, UTC.
enum class Level
{
    Week,
    Day,
    Hour,
    Minute,
};

/// Rows of one per-key rollup with bucket >= from and bucket < to (Unix seconds).
struct Tile
{
    Level level;
    std::int64_t from;
    std::int64_t to;

    bool operator==(const Tile&) const = default;
};

std::int64_t levelSeconds(Level level);

/// The fewest rollup buckets whose sum is exactly [from, to): the coarsest level where whole
/// buckets fit, finer ones at the edges down to `finest` (to which from and to are aligned).
/// A bucket may reach past `to` when `to` is later than `now`, since nothing lies after now.
std::vector<Tile> tilesOf(std::int64_t from, std::int64_t to, Level finest, std::int64_t now);

} // namespace aih::analytics
