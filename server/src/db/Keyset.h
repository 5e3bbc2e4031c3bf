// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

namespace aih::db {

/// A keyset pagination position: the sort key of the last row shown, `created_at` with
/// microseconds plus the id as tie-breaker. Clients see it as an opaque string.
struct Keyset
{
    std::optional<std::string> after;   ///< `YYYY-MM-DD HH:MM:SS.US`, UTC
    std::optional<std::string> afterId; ///< UUID

    /// Throws ApiError(422, field `cursor`) for a cursor this server did not issue, as for any
    /// malformed query parameter.
    static Keyset parse(const std::optional<std::string>& cursor);
    static std::string encode(const std::string& createdAtMicros, const std::string& id);
};

} // namespace aih::db
