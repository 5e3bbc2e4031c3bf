// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace aih::branding::css {

/// What tenant CSS may use. Names are compared decoded and lowercased, so `b\61ckground` and
/// `BACKGROUND` are both `background`. Anything not listed is dropped: new CSS features stay
/// out until someone has thought about what they can reach.
bool isAllowedProperty(std::u32string_view name);
bool isAllowedFunction(std::u32string_view name);
bool isAllowedElement(std::u32string_view name);
bool isAllowedPseudoClass(std::u32string_view name);
bool isAllowedPseudoElement(std::u32string_view name);
/// Properties that run code or bind behaviour in some browser; named in the issue report.
bool isScriptingProperty(std::u32string_view name);

} // namespace aih::branding::css
