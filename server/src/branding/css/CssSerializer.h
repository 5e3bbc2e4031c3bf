// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/css/CssParser.h"

#include <string>

namespace aih::branding::css {

/// Writes tokens back as CSS that re-tokenises to the same tokens. The output is printable ASCII
/// and never contains `<`, a backslash-escaped quote or a raw control character: anything
/// outside [A-Za-z0-9_-] inside names and strings is written as a hex escape (`\3c `). That is
/// what keeps a stylesheet from ending a `<style>` element or smuggling markup, whatever the
/// input spelled.
std::string serializeIdent(std::u32string_view name);
std::string serializeString(std::u32string_view text);
std::string serializeValues(const ComponentValues& values);

} // namespace aih::branding::css
