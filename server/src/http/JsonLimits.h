// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string_view>

namespace aih::http {

struct JsonLimits
{
    std::size_t maxDepth = 32;
    std::size_t maxStringBytes = std::size_t{64} * 1024;
};

/// Checks a JSON text against the limits before any parser sees it: valid UTF-8, no raw NUL
/// bytes, nesting and string sizes bounded. A hostile body must not cost us deep recursion or
/// huge allocations, and Poco's parser is not trusted to enforce either. Throws errors::ApiError(400).
void checkJsonWithinLimits(std::string_view text, const JsonLimits& limits = {});

} // namespace aih::http
