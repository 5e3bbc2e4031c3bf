// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <iosfwd>

namespace aih::util {

/// Writes a body to a stream as it goes (a large export), instead of building it in memory.
using StreamWriter = std::function<void(std::ostream&)>;

} // namespace aih::util
