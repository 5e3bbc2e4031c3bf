// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/css/CssParser.h"

#include <optional>
#include <string>

namespace aih::branding::css {

/// Why a style rule's selector list is refused, or nullopt when every part is allowed: listed
/// element names, classes, ids, the four combinators, listed pseudo-classes and -elements, and
/// :not/:is/:where/:nth-*() over the same. Attribute selectors are refused outright: matched
/// against input values they can leak what a user types.
std::optional<std::string> selectorProblem(const ComponentValues& prelude);

/// The same check for @keyframes selectors: `from`, `to` and percentages.
bool isKeyframeSelector(const ComponentValues& prelude);

} // namespace aih::branding::css
