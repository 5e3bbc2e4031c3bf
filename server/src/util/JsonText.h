// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Dynamic/Var.h>
#include <string>
#include <string_view>

namespace aih::util {

/// Compact JSON text of a Poco JSON value (object, array or scalar), strings escaped.
std::string toJsonText(const Poco::Dynamic::Var& value);

/// Appends `text` as a JSON string literal, quotes included: `"` and `\` escaped, control
/// characters as `\n`, `\t`, ... or `\u00XX`, everything else as it is. For documents written
/// on a hot path, where building a Poco object and stringifying it costs far more.
void appendJsonString(std::string& out, std::string_view text);

} // namespace aih::util
