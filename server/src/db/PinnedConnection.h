// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <pqxx/connection>
#include <string>

namespace aih::db {

/// What every connection of aihd calls itself in pg_stat_activity.
inline constexpr const char* applicationName = "aihd";

/// Opens a connection that stays the session it was set up as: libpqxx may not reopen it by
/// itself once it breaks, and it is named `aihd` for the operator. A broken one throws
/// pqxx::broken_connection on its next use, and its owner opens and sets up a new one.
std::unique_ptr<pqxx::connection> openPinned(const std::string& url);

} // namespace aih::db
