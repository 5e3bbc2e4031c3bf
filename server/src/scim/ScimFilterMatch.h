// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scim/ScimFilter.h"

#include <functional>
#include <string>
#include <vector>

namespace aih::scim {

/// The values one resource has at an attribute path (lower case, sub-attributes joined by a
/// dot, as the parser writes them); empty when it has none. Multi-valued attributes give one
/// value per element.
using AttributeValues = std::function<std::vector<FilterValue>(const std::string& path)>;

/// Whether a resource passes a parsed filter (RFC 7644 §3.4.2.2): a comparison holds when any
/// of the attribute's values satisfies it; strings compare without regard to case except for
/// `id` and `externalId` (caseExact in RFC 7643); `pr` means a non-empty value; a value path
/// `a[f]` filters the sub-attributes of `a`.
bool matchesFilter(const FilterNode& node, const AttributeValues& values);

} // namespace aih::scim
