// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Dynamic/Var.h>
#include <string>

namespace aih::util {

/// Compact JSON text of a Poco JSON value (object, array or scalar), strings escaped.
std::string toJsonText(const Poco::Dynamic::Var& value);

} // namespace aih::util
