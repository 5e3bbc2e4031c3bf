// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace aih::db {

/// A named SQL statement. Stores declare these as constants beside their code; a connection
/// prepares each one the first time it is used and reuses the plan afterwards.
struct Sql
{
    std::string_view name;
    std::string_view text;
};

} // namespace aih::db
