// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimFilterMatch.h"

#include <Poco/String.h>
#include <algorithm>

namespace aih::scim {
namespace {

bool caseExact(const std::string& path)
{
    return path == "id" || path == "externalid";
}

bool present(const FilterValue& value)
{
    if (std::holds_alternative<std::nullptr_t>(value)) {
        return false;
    }
    const auto* text = std::get_if<std::string>(&value);
    return text == nullptr || !text->empty();
}

/// -1, 0 or 1, or nothing when the two cannot be ordered (different types).
std::optional<int> order(const FilterValue& left, const FilterValue& right, bool exact)
{
    if (left.index() != right.index()) {
        return std::nullopt;
    }
    if (const auto* a = std::get_if<std::string>(&left)) {
        const auto& b = std::get<std::string>(right);
        const int c = exact ? a->compare(b) : Poco::icompare(*a, b);
        return (c > 0) - (c < 0);
    }
    if (const auto* a = std::get_if<double>(&left)) {
        const auto b = std::get<double>(right);
        return (*a > b) - (*a < b);
    }
    if (const auto* a = std::get_if<bool>(&left)) {
        return *a == std::get<bool>(right) ? 0 : (*a ? 1 : -1);
    }
    return 0; // null and null
}

bool textTest(const FilterValue& value, const FilterValue& operand, bool exact, FilterOperator op)
{
    const auto* text = std::get_if<std::string>(&value);
    const auto* part = std::get_if<std::string>(&operand);
    if (text == nullptr || part == nullptr) {
        return false;
    }
    const auto haystack = exact ? *text : Poco::toLower(*text);
    const auto needle = exact ? *part : Poco::toLower(*part);
    switch (op) {
    case FilterOperator::Contains:
        return haystack.find(needle) != std::string::npos;
    case FilterOperator::StartsWith:
        return haystack.rfind(needle, 0) == 0;
    case FilterOperator::EndsWith:
        return haystack.size() >= needle.size() &&
               haystack.compare(haystack.size() - needle.size(), needle.size(), needle) == 0;
    default:
        return false;
    }
}

bool compare(const FilterValue& value, const FilterNode& node, bool exact)
{
    const auto ordered = order(value, node.value, exact);
    switch (node.op) {
    case FilterOperator::Equal:
        return ordered == 0;
    case FilterOperator::NotEqual:
        return ordered != 0;
    case FilterOperator::Greater:
        return ordered == 1;
    case FilterOperator::GreaterOrEqual:
        return ordered.has_value() && *ordered >= 0;
    case FilterOperator::Less:
        return ordered == -1;
    case FilterOperator::LessOrEqual:
        return ordered.has_value() && *ordered <= 0;
    case FilterOperator::Present:
        return present(value);
    default:
        return textTest(value, node.value, exact, node.op);
    }
}

bool comparison(const FilterNode& node, const AttributeValues& values)
{
    const auto found = values(node.attribute);
    const bool exact = caseExact(node.attribute);
    if (node.op == FilterOperator::NotEqual) {
        // "ne" holds when no value equals the operand, including when there is none.
        return std::ranges::none_of(
            found, [&](const FilterValue& value) { return order(value, node.value, exact) == 0; });
    }
    return std::ranges::any_of(found, [&](const FilterValue& value) { return compare(value, node, exact); });
}

} // namespace

bool matchesFilter(const FilterNode& node, const AttributeValues& values)
{
    switch (node.kind) {
    case FilterNode::Kind::Comparison:
        return comparison(node, values);
    case FilterNode::Kind::And:
        return std::ranges::all_of(node.children,
                                   [&](const FilterNode& child) { return matchesFilter(child, values); });
    case FilterNode::Kind::Or:
        return std::ranges::any_of(node.children,
                                   [&](const FilterNode& child) { return matchesFilter(child, values); });
    case FilterNode::Kind::Not:
        return !node.children.empty() && !matchesFilter(node.children.front(), values);
    case FilterNode::Kind::ValuePath: {
        // Our multi-valued attributes have one element each (one email address) or plain
        // values (groups, members): the sub-filter reads the attribute's sub-attributes.
        const auto prefix = node.attribute + ".";
        const AttributeValues inner = [&](const std::string& path) { return values(prefix + path); };
        return std::ranges::all_of(node.children,
                                   [&](const FilterNode& child) { return matchesFilter(child, inner); });
    }
    }
    return false;
}

} // namespace aih::scim
