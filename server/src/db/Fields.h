// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/field>
#include <string>

namespace aih::db {

/// An integer column that may be NULL.
inline std::optional<int> optionalInt(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional(field.as<int>());
}

/// An optional number as the nullable text a parameter carries (with db::nullable); SQL casts it.
inline std::optional<std::string> numberText(std::optional<std::int64_t> number)
{
    return number ? std::optional(std::to_string(*number)) : std::nullopt;
}

} // namespace aih::db
