// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <pqxx/field>

namespace aih::db {

/// An integer column that may be NULL.
inline std::optional<int> optionalInt(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional(field.as<int>());
}

} // namespace aih::db
