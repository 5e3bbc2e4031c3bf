// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace aih::scim {

/// A filter SCIM cannot read (RFC 7644 §3.4.2.2); answered as 400 with scimType `invalidFilter`.
class ScimFilterError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

enum class FilterOperator
{
    Equal,
    NotEqual,
    Contains,
    StartsWith,
    EndsWith,
    Present,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
};

/// A comparison value as SCIM writes it: JSON's null, a boolean, a number or a string.
using FilterValue = std::variant<std::nullptr_t, bool, double, std::string>;

/// One node of a parsed filter. `attribute` is the attribute path in lower case, without a schema
/// URN (`userName` and `urn:ietf:params:scim:schemas:core:2.0:User:userName` both give
/// `username`; sub-attributes are joined by a dot: `name.familyname`), and `schema` is the URN
/// when one was written (lower case), for the caller to check.
struct FilterNode
{
    enum class Kind
    {
        Comparison, ///< attribute op value (or `pr`, without a value)
        And,
        Or,
        Not,
        ValuePath, ///< attribute[filter]: the children filter the attribute's values
    };
    Kind kind = Kind::Comparison;
    std::string schema;
    std::string attribute;
    FilterOperator op = FilterOperator::Equal;
    FilterValue value;
    std::vector<FilterNode> children;
};

/// Parses a SCIM filter: comparisons with eq, ne, co, sw, ew, pr, gt, ge, lt, le; `and`, `or`
/// and `not (...)` with the RFC's precedence; parentheses; value paths (`emails[type eq "work"]`).
/// Keywords and attribute names are case-insensitive. Bounded, because the text comes from
/// whoever holds the tenant's SCIM token: at most 2,048 characters, 64 comparisons, nesting 16
/// deep. Throws ScimFilterError naming what is wrong and where.
FilterNode parseScimFilter(std::string_view text);

/// The filter written back in one canonical form (lower-case keywords and attributes, parentheses
/// only where the tree needs them, JSON strings): parsing it gives the same filter.
std::string toFilterText(const FilterNode& node);

} // namespace aih::scim
