// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::util {

/// `text` made safe inside HTML or XML text and quoted attribute values: & < > " ' escaped.
std::string escapeMarkup(std::string_view text);

} // namespace aih::util
